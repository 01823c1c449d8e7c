#include "core/sandbox/DayGenerator.h"

#include "core/sandbox/DeterministicRng.h"

#include <tuple>

namespace tieout::sandbox {

namespace {

constexpr quint64 QuietSalt = 0x9017;
constexpr quint64 ExtrasSalt = 0xE7A5;

bool isWeekend(QDate day)
{
    return day.dayOfWeek() >= 6;
}

qint64 fraction(DeterministicRng &rng, qint64 base, qint64 minPermille, qint64 maxPermille)
{
    return std::max<qint64>(1, base * rng.between(minPermille, maxPermille) / 1000);
}

} // namespace

bool DayGenerator::isQuietDay(QDate day) const
{
    DeterministicRng rng(dayHash(m_layout.seedFor(day), day, QuietSalt));
    return rng.chance(m_layout.quietDayPermille);
}

DayData DayGenerator::generate(QDate day) const
{
    DayData data;
    data.day = day;
    if (!day.isValid() || isQuietDay(day))
        return data;
    addUsage(data, day);
    addTokenCosts(data);
    addOtherCosts(data, day);
    return data;
}

void DayGenerator::addUsage(DayData &data, QDate day) const
{
    const int activity = isWeekend(day) ? m_layout.weekendActivityPermille : m_layout.weekdayActivityPermille;
    data.usage.reserve(m_layout.streams.size() * activity / 1000 + 8);
    for (int i = 0; i < m_layout.streams.size(); ++i) {
        const UsageStream &stream = m_layout.streams[i];
        DeterministicRng rng(dayHash(m_layout.seedFor(day), day, static_cast<quint64>(i) + 1));
        if (!rng.chance(activity))
            continue;
        UsageCell cell;
        cell.stream = i;
        const qint64 input = fraction(rng, stream.inputScale, 400, 1600);
        const auto set = [&](TokenType type, qint64 count) {
            if (stream.tokenMask & (1u << static_cast<int>(type)))
                cell.tokens[static_cast<size_t>(type)] = count;
        };
        set(TokenType::UncachedInput, input);
        set(TokenType::Output, fraction(rng, input, 80, 350));
        set(TokenType::CacheRead, fraction(rng, input, 800, 4000));
        set(TokenType::CacheWrite5m, fraction(rng, input, 100, 600));
        set(TokenType::CacheWrite1h, fraction(rng, input, 50, 300));
        if (stream.webSearch)
            cell.webSearchRequests = rng.between(0, 80);
        data.usage.append(cell);
    }
}

void DayGenerator::addTokenCosts(DayData &data) const
{
    // Streams are sorted by (workspace, model, tier, window, geo, key), so the rows of one cost
    // cell are adjacent: sum their tokens, then bill once per token type.
    const auto cellOf = [this](const UsageCell &c) {
        const UsageStream &s = m_layout.streams[c.stream];
        return std::make_tuple(s.workspace, s.model, s.tier, s.window, s.geo);
    };
    for (qsizetype begin = 0; begin < data.usage.size();) {
        const auto cell = cellOf(data.usage[begin]);
        std::array<qint64, TokenTypeCount> sums{};
        qsizetype end = begin;
        for (; end < data.usage.size() && cellOf(data.usage[end]) == cell; ++end) {
            for (int t = 0; t < TokenTypeCount; ++t)
                sums[static_cast<size_t>(t)] += data.usage[end].tokens[static_cast<size_t>(t)];
        }
        const auto &[workspace, model, tier, window, geo] = cell;
        if (tier != ServiceTier::Priority) {
            for (TokenType type : AllTokenTypes) {
                const qint64 tokens = sums[static_cast<size_t>(type)];
                if (tokens == 0)
                    continue;
                const qint64 unit = RateCard::unitNanosPerMTok(model, tier, window, type);
                data.cost.append({workspace, CostKind::Tokens, model, tier, window, geo, type,
                                  RateCard::billedNanos(tokens, unit, m_layout.negotiatedFactorBasisPoints)});
            }
        }
        begin = end;
    }
}

void DayGenerator::addOtherCosts(DayData &data, QDate day) const
{
    // Per workspace-day: web search at $10 per 1,000 billed requests (priority excluded, as all
    // of its usage is), an occasional code-execution charge, and now and then a small credit.
    QList<qint64> searches(m_layout.workspaces.size(), 0);
    QList<bool> used(m_layout.workspaces.size(), false);
    for (const UsageCell &cell : std::as_const(data.usage)) {
        const UsageStream &s = m_layout.streams[cell.stream];
        used[s.workspace] = true;
        if (s.tier != ServiceTier::Priority)
            searches[s.workspace] += cell.webSearchRequests;
    }
    DeterministicRng rng(dayHash(m_layout.seedFor(day), day, ExtrasSalt));
    bool credited = false;
    for (int w = 0; w < m_layout.workspaces.size(); ++w) {
        if (searches[w] > 0) {
            CostCell c;
            c.workspace = w;
            c.kind = CostKind::WebSearch;
            c.nanos = searches[w] * RateCard::WebSearchNanosPerRequest;
            data.cost.append(c);
        }
        if (!used[w])
            continue;
        if (rng.chance(60)) {
            CostCell c;
            c.workspace = w;
            c.kind = CostKind::CodeExecution;
            c.nanos = rng.between(50, 5000) * 1'000'000; // $0.05 .. $5
            data.cost.append(c);
        }
        if (!credited && rng.chance(8)) {
            CostCell c;
            c.workspace = w;
            c.kind = CostKind::Credit;
            c.nanos = -rng.between(50, 2500) * 10'000'000; // -$0.50 .. -$25
            data.cost.append(c);
            credited = true;
        }
    }
}

} // namespace tieout::sandbox
