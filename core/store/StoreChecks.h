#pragma once

#include "core/common/Result.h"
#include "core/money/DateRange.h"
#include "core/money/Money.h"
#include "core/store/CoverageEndpoint.h"
#include "core/store/StoreCheckResult.h"

#include <QSqlDatabase>

namespace tieout {

// Read-only verification of what the store holds over a date range (normally whole months):
// duplicates at each table's grain, completeness of fetch coverage, amounts that look like cents
// stored as dollars, and money or token columns that crept into the productivity table.
// A Result error means the check could not run; a failed check is a result with passed=false.
class StoreChecks final
{
public:
    static constexpr int DefaultMaxExamples = 20;

    explicit StoreChecks(QSqlDatabase db, int maxExamples = DefaultMaxExamples);

    // One result per table with a grain (tables without a date column are checked whole).
    Result<StoreCheckResults> duplicates(const DateRange &range);
    Result<StoreCheckResult> duplicatesIn(const QString &table, const DateRange &range);
    // Every day of the range has coverage for every one of `businessUnits` and `endpoints`.
    Result<StoreCheckResult> completeness(const DateRange &range, const QStringList &businessUnits,
                                          const QList<CoverageEndpoint> &endpoints = allCoverageEndpoints());
    // No single cost line at or above `threshold` in absolute value (default $10,000): a cents
    // string stored as dollars would be 100 times too large.
    Result<StoreCheckResult> amountsLookLikeDollars(const DateRange &range,
                                                    Money threshold = Money::fromDollars(10'000));
    // The live schema of the productivity table has no money or token column.
    Result<StoreCheckResult> productivityHasNoMoney();

    // All of the above.
    Result<StoreCheckResults> runAll(const DateRange &range, const QStringList &businessUnits,
                                     Money threshold = Money::fromDollars(10'000));

private:
    QSqlDatabase m_db;
    int m_maxExamples;
};

} // namespace tieout
