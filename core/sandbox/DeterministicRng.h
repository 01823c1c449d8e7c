#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QStringView>
#include <QtGlobal>

namespace tieout::sandbox {

// splitmix64's finaliser: a strong 64-bit mix, so that hash(seed, BU, date) streams are
// independent. Ours rather than QRandomGenerator so the sandbox's data is identical on every
// platform and Qt version.
constexpr quint64 mix64(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

constexpr quint64 combineHash(quint64 a, quint64 b)
{
    return mix64(a ^ (mix64(b) + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2)));
}

// FNV-1a over UTF-16 code units: names and keys into hashes.
inline quint64 fnv1a64(QStringView text)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (QChar c : text) {
        hash ^= c.unicode();
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

inline quint64 fnv1a64(QByteArrayView bytes)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (char c : bytes) {
        hash ^= static_cast<quint8>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

inline quint64 dayHash(quint64 orgSeed, QDate day, quint64 salt)
{
    return combineHash(combineHash(orgSeed, static_cast<quint64>(day.toJulianDay())), salt);
}

// A splitmix64 stream. Every draw is integer arithmetic except unit(), which only the fault
// injector uses (a probability, never money).
class DeterministicRng final
{
public:
    explicit DeterministicRng(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        return mix64(m_state);
    }
    // Uniform in [lo, hi]; the modulo bias is irrelevant for synthetic data.
    qint64 between(qint64 lo, qint64 hi)
    {
        if (hi <= lo)
            return lo;
        return lo + static_cast<qint64>(next() % static_cast<quint64>(hi - lo + 1));
    }
    bool chance(int permille) { return static_cast<int>(next() % 1000) < permille; }
    int pick(int count) { return count <= 1 ? 0 : static_cast<int>(next() % static_cast<quint64>(count)); }
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

private:
    quint64 m_state;
};

} // namespace tieout::sandbox
