#include "core/report/VerifyService.h"

#include "core/reconcile/ReconcileChecks.h"
#include "core/store/Database.h"
#include "core/store/StoreChecks.h"

namespace tieout {

namespace {

constexpr int MaxExamples = 20;

VerifyCheck fromStore(const StoreCheckResult &check)
{
    return VerifyCheck{check.name,    check.title,         check.passed,
                       check.summary, check.offendingCount, check.columns,
                       check.examples, VerifyCheck::Severity::Integrity};
}

VerifyCheck fromReconcile(const CheckResult &check)
{
    VerifyCheck result;
    result.id = check.id;
    result.title = check.title;
    result.passed = check.passed;
    result.severity = check.id == QLatin1String("allocation_ties") ? VerifyCheck::Severity::Integrity
                                                                    : VerifyCheck::Severity::Advisory;
    result.offendingCount = check.findings.size();
    result.columns = {QStringLiteral("bu"), QStringLiteral("month"), QStringLiteral("workspace"), QStringLiteral("model"),
                      QStringLiteral("usd"), QStringLiteral("tokens"), QStringLiteral("detail")};
    for (const CheckFinding &finding : check.findings) {
        if (result.examples.size() >= MaxExamples)
            break;
        result.examples.append({finding.businessUnit, finding.month.isValid() ? finding.month.toString() : QString(),
                                finding.workspaceId.isNull() ? QStringLiteral("(default)") : finding.workspaceId,
                                finding.model, finding.amount.toDecimalString(6), QString::number(finding.tokens),
                                finding.detail});
    }
    result.summary = check.passed ? QStringLiteral("ok")
                                  : QStringLiteral("%1 offending row(s)").arg(result.offendingCount);
    return result;
}

} // namespace

bool VerifyReport::passed() const
{
    return failedCount() == 0;
}

int VerifyReport::failedCount() const
{
    int failed = 0;
    for (const VerifyCheck &check : checks)
        failed += check.fails() ? 1 : 0;
    return failed;
}

int VerifyReport::warningCount() const
{
    int warnings = 0;
    for (const VerifyCheck &check : checks)
        warnings += check.warns() ? 1 : 0;
    return warnings;
}

Result<VerifyReport> VerifyService::run(Database *database, const ReconcileRequest &request,
                                        const QStringList &fetchingBusinessUnits)
{
    VerifyReport report;
    DateRange range{request.from.firstDay(), request.to.next().firstDay()};
    // Days after coverageThrough cannot have been fetched yet; they are not missing.
    if (request.coverageThrough.isValid() && range.toExclusive > request.coverageThrough.addDays(1))
        range.toExclusive = qMax(range.from, request.coverageThrough.addDays(1));

    if (database) {
        auto db = database->connection();
        if (!db)
            return db.error();
        auto store = StoreChecks(*db, MaxExamples).runAll(range, fetchingBusinessUnits, request.checks.largestLineThreshold);
        if (!store)
            return store.error();
        for (const StoreCheckResult &check : *store)
            report.checks.append(fromStore(check));
    } else {
        report.checks.append(VerifyCheck{QStringLiteral("completeness"), QStringLiteral("every day fetched for every BU"),
                                         range.isEmpty() || fetchingBusinessUnits.isEmpty(),
                                         QStringLiteral("nothing has been stored yet: run backfill --execute"),
                                         range.dayCount() * fetchingBusinessUnits.size(), {}, {},
                                         VerifyCheck::Severity::Integrity});
    }

    auto reconciled = ReconcileService::run(database, request);
    if (!reconciled)
        return reconciled.error();
    for (const CheckResult &check : ReconcileChecks::run(reconciled->result))
        report.checks.append(fromReconcile(check));
    return report;
}

} // namespace tieout
