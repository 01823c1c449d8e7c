#include "core/cli/SyncCommand.h"

#include "core/backfill/BackfillRunner.h"
#include "core/backfill/ClientPool.h"
#include "core/cli/CliContext.h"
#include "core/cli/DatabaseAccess.h"

#include <QTextStream>

namespace tieout::cli {

SyncCommand::SyncCommand(CliContext &context, backfill::ClientPool *clients, QObject *parent)
    : CliCommand(context, parent)
    , m_clients(clients)
{
}

void SyncCommand::start()
{
    auto units = m_context.selectedBusinessUnits();
    if (!units)
        return fail(units.error());
    const int lookback = m_context.options.lookbackDays.value_or(m_context.config.checks.lookbackDays);
    const QDate today = m_context.services.clock->todayUtc();
    const DateRange range{today.addDays(-lookback), today.addDays(1)};

    QList<backfill::PlannedWindow> windows;
    for (const BusinessUnitConfig &unit : *units)
        windows.append({unit.name, YearMonth::of(range.from), range, true});

    auto database = openDatabaseFor(m_context, DatabaseUse::Write);
    if (!database)
        return fail(database.error());
    m_context.progress(QStringLiteral("sync: %1 to %2 (lookback %3 days) for %4 BU(s) into %5")
                           .arg(range.from.toString(Qt::ISODate), today.toString(Qt::ISODate))
                           .arg(lookback)
                           .arg(units->size())
                           .arg(databaseDisplayName(m_context)));

    m_runner = new backfill::BackfillRunner(m_clients, *database, *m_context.services.clock, this);
    m_runner->setActor(QStringLiteral("tieout-cli sync"));
    connect(m_runner, &backfill::BackfillRunner::windowFinished, this, &SyncCommand::onWindowFinished);
    connect(m_runner, &backfill::BackfillRunner::finished, this, &SyncCommand::onRunFinished);
    m_clients->prepare(*units).then(this, [this, windows](Status prepared) {
        if (!prepared)
            return fail(prepared.error());
        m_runner->start(windows, backfill::BackfillRunner::Mode::Sync);
    });
}

void SyncCommand::cancel()
{
    if (!m_runner || !m_runner->isRunning())
        return CliCommand::cancel();
    m_context.progress(QStringLiteral("cancelling: no new window starts; finished windows are kept"));
    m_runner->cancel();
}

void SyncCommand::onWindowFinished(const backfill::WindowReport &report)
{
    if (report.error) {
        m_context.progress(QStringLiteral("SYNC BU %1 failed: %2 (nothing was changed for it)")
                               .arg(report.window.businessUnit, report.error->message()));
        return;
    }
    QTextStream &out = m_context.out();
    out << "SYNC BU " << report.window.businessUnit << ' ' << report.window.range.from.toString(Qt::ISODate) << ".."
        << report.window.range.toExclusive.addDays(-1).toString(Qt::ISODate) << " done: fetched=" << report.fetched
        << " deleted=" << report.deleted << " inserted=" << report.inserted << " revisions=" << report.revisions.size()
        << '\n';
    for (const RevisionRecord &revision : report.revisions) {
        ++m_revisions;
        out << "  REVISION " << revision.businessUnit << ' ' << revision.date.toString(Qt::ISODate)
            << " billed_usd=" << revision.billedBefore.toDecimalString(9) << "->"
            << revision.billedAfter.toDecimalString(9) << " tokens=" << revision.usageTokensBefore << "->"
            << revision.usageTokensAfter << '\n';
    }
    out.flush();
}

void SyncCommand::onRunFinished(const backfill::RunSummary &summary)
{
    m_context.progress(QStringLiteral("sync: %1 of %2 BU(s) done in %3 ms, %4 restated day(s) recorded")
                           .arg(summary.windowsDone())
                           .arg(summary.windows.size())
                           .arg(summary.elapsedMs)
                           .arg(m_revisions));
    if (const auto error = summary.firstError())
        return fail(*error);
    finish(summary.cancelled ? 1 : 0);
}

} // namespace tieout::cli
