#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace tieout::fuzz {

// One fuzz target per parser or writer that takes outside input. Each takes one input, must
// never crash, hang or trip a sanitizer on it, and checks a property of what it produced; a
// property that does not hold aborts through violated(). Two faces run the same functions:
// libFuzzer (fuzz_<name>, clang only, scripts/fuzz.sh) and tst_fuzz_regressions, which replays
// the committed corpus under every build. The return value is libFuzzer's: always 0.
int costPage(const uint8_t *data, size_t size);
int usagePage(const uint8_t *data, size_t size);
int claudeCodePage(const uint8_t *data, size_t size);
int directoryPage(const uint8_t *data, size_t size);
int money(const uint8_t *data, size_t size);
int config(const uint8_t *data, size_t size);
int csv(const uint8_t *data, size_t size);

struct Target
{
    const char *name; // folder under tests/fuzz and tests/data/fuzz
    int (*run)(const uint8_t *data, size_t size);
};

inline constexpr Target Targets[] = {
    {"cost_page", &costPage},   {"usage_page", &usagePage}, {"claude_code_page", &claudeCodePage},
    {"directory_page", &directoryPage}, {"money", &money},  {"config", &config},
    {"csv", &csv},
};

// The input as a QByteArray without copying.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Prints "fuzz <target>: property violated: <what>" and aborts, so libFuzzer saves the input.
[[noreturn]] void violated(const char *target, const QString &what);

} // namespace tieout::fuzz
