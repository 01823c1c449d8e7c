#pragma once

#include "core/common/Result.h"

#include <QDate>

namespace tieout {

// Knobs of a reconciliation run. The ratio band is exact: bounds are integers scaled by 10^4
// (0.80 = 8000), parsed from decimal text, so "ratio outside the band" never depends on a double.
struct ReconcileOptions
{
    static constexpr int RatioBandScale = 4;
    qint64 ratioBandLow = 8'000;   // 0.80
    qint64 ratioBandHigh = 15'000; // 1.50
    // Last day that is expected to have been fetched (normally yesterday, UTC); later days of the
    // range do not fail coverage. Null: every day of the range is expected.
    QDate coverageThrough;
    // Allocation solves large inputs on two threads (identical result); false forces one pass.
    bool parallelAllocation = true;

    // "0.80", "1.5": at most 4 decimals, low <= high.
    Status setRatioBand(QStringView low, QStringView high);
};

} // namespace tieout
