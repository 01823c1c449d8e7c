#pragma once

#include <QString>
#include <QStringList>

namespace tieout {

// The verdict on a month × BU row (SPEC §5), ordered so that max() is "the worst".
enum class ReconStatus : quint8 { Tied = 0, Warning = 1, Failed = 2 };

// Why a row is not tied; several can hold at once.
enum StatusReason : quint16 {
    NoReason = 0,
    AllocationNotTied = 1 << 0, // failed: allocated dollars differ from billed
    MissingDays = 1 << 1,       // failed: a day of the month was never fetched for a feeding BU
    UnpricedDollars = 1 << 2,   // warning: billed dollars of unpriced models
    UnpricedUsage = 1 << 3,     // warning: tokens of unpriced models (no list price)
    FallbackDollars = 1 << 4,   // warning: dollars placed by fallback tiers 1–3
    RatioOutOfBand = 1 << 5,    // warning: list ÷ priced billed outside the band
    RatioUndefined = 1 << 6,    // warning: list price but nothing priced billed to compare with
};
using StatusReasons = quint16;

QString statusName(ReconStatus status); // "tied", "warning", "failed" (the export spelling)
ReconStatus statusFor(StatusReasons reasons);
QStringList reasonNames(StatusReasons reasons); // "allocation_not_tied", "missing_days", …

} // namespace tieout
