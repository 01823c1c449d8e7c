#pragma once

#include "core/common/Result.h"
#include "core/report/ReconcileService.h"

#include <QStringList>

namespace tieout {

// One check of `verify`, whatever layer ran it (store or reconciliation): pass or fail, what it
// checked, and the offending rows (a few examples and the full count).
struct VerifyCheck
{
    // Integrity checks say the data cannot be trusted (duplicates, missing days, cents stored as
    // dollars, money in the productivity table, allocation that does not tie): a failure fails
    // verify. Advisory checks are findings for the analyst (ratio band, usage without cost, cost
    // without usage, unpriced models): SPEC §5 makes them a row's `warning`, not `failed`, so they
    // are reported with their rows but do not fail verify.
    enum class Severity { Integrity, Advisory };

    QString id;
    QString title;
    bool passed = true;
    QString summary;
    qint64 offendingCount = 0;
    QStringList columns;
    QList<QStringList> examples;
    Severity severity = Severity::Integrity;

    bool fails() const { return !passed && severity == Severity::Integrity; }
    bool warns() const { return !passed && severity == Severity::Advisory; }
};

struct VerifyReport
{
    QList<VerifyCheck> checks;
    bool passed() const; // no integrity check failed
    int failedCount() const;
    int warningCount() const;
};

// The read-only checks of SPEC §5 over a month range: no duplicates at any table's grain,
// completeness (every day fetched for every BU, through the request's coverageThrough), amounts
// that look like dollars, no money in the productivity table, and — from a reconciliation of the
// same range — allocation ties exactly, ratio band, usage without cost, cost without usage,
// unpriced models. Call on the database thread; `database` may be null (nothing stored yet).
class VerifyService final
{
public:
    static Result<VerifyReport> run(Database *database, const ReconcileRequest &request,
                                    const QStringList &fetchingBusinessUnits);
};

} // namespace tieout
