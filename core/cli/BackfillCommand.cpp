#include "core/cli/BackfillCommand.h"

#include "core/backfill/BackfillRunner.h"
#include "core/backfill/ClientPool.h"
#include "core/cli/CliContext.h"
#include "core/cli/TextTable.h"
#include "core/cli/DatabaseAccess.h"

#include <QTextStream>

namespace tieout::cli {

namespace {

QString signedDollars(Money amount)
{
    const QString text = amount.toDecimalString(2);
    return amount.isNegative() || text == QLatin1String("0.00") ? text : u'+' + text;
}

} // namespace

BackfillCommand::BackfillCommand(CliContext &context, backfill::ClientPool *clients, QObject *parent)
    : CliCommand(context, parent)
    , m_clients(clients)
{
}

void BackfillCommand::start()
{
    m_execute = m_context.options.execute;
    auto units = m_context.selectedBusinessUnits();
    if (!units)
        return fail(units.error());
    QStringList names;
    for (const BusinessUnitConfig &unit : *units)
        names.append(unit.name);
    auto plan = backfill::BackfillPlan::make(names, m_context.options.from, m_context.options.to,
                                             m_context.services.clock->todayUtc());
    if (!plan)
        return fail(plan.error());

    auto database = openDatabaseFor(m_context, m_execute ? DatabaseUse::Write : DatabaseUse::ReadOnly);
    if (!database)
        return fail(database.error());

    m_context.progress(QStringLiteral("backfill %1: %2 window(s) for %3 into %4")
                           .arg(m_execute ? QStringLiteral("--execute") : QStringLiteral("preview (read-only)"))
                           .arg(plan->size())
                           .arg(names.join(QStringLiteral(", ")), databaseDisplayName(m_context)));

    m_runner = new backfill::BackfillRunner(m_clients, *database, *m_context.services.clock, this);
    connect(m_runner, &backfill::BackfillRunner::windowStarted, this, [this](const backfill::PlannedWindow &window) {
        m_context.progress(QStringLiteral("fetching %1 %2 (%3 days)...")
                               .arg(window.businessUnit, window.month.toString())
                               .arg(window.range.dayCount()));
    });
    connect(m_runner, &backfill::BackfillRunner::windowFinished, this, &BackfillCommand::onWindowFinished);
    connect(m_runner, &backfill::BackfillRunner::finished, this, &BackfillCommand::onRunFinished);

    const QList<backfill::PlannedWindow> windows = *plan;
    const auto runMode = m_execute ? backfill::BackfillRunner::Mode::Execute : backfill::BackfillRunner::Mode::Preview;
    m_clients->prepare(*units).then(this, [this, windows, runMode](Status prepared) {
        if (!prepared)
            return fail(prepared.error());
        m_runner->start(windows, runMode);
    });
}

void BackfillCommand::cancel()
{
    if (!m_runner || !m_runner->isRunning())
        return CliCommand::cancel();
    m_context.progress(QStringLiteral("cancelling: no new window starts; finished windows are kept"));
    m_runner->cancel();
}

void BackfillCommand::onWindowFinished(const backfill::WindowReport &report)
{
    if (report.error) {
        m_context.progress(QStringLiteral("MONTH %1 BU %2 failed: %3 (the window is unchanged)")
                               .arg(report.window.month.toString(), report.window.businessUnit, report.error->message()));
        return;
    }
    if (!m_execute)
        return;
    const backfill::WindowDiff &diff = report.diff;
    m_context.out() << "MONTH " << report.window.month.toString() << " BU " << report.window.businessUnit
                    << " done: fetched=" << report.fetched << " deleted=" << report.deleted
                    << " inserted=" << report.inserted << " changed=-" << diff.rowsRemoved() << "/+"
                    << diff.rowsAdded() << " billed_usd=" << diff.billedBefore.toDecimalString(2) << "->"
                    << diff.billedAfter.toDecimalString(2) << '\n';
    m_context.out().flush();
}

void BackfillCommand::printPreview(const backfill::RunSummary &summary)
{
    using Align = TextTable::Align;
    TextTable table({QStringLiteral("BU"), QStringLiteral("MONTH"), QStringLiteral("STORED"), QStringLiteral("FETCHED"),
                     QStringLiteral("DELETE"), QStringLiteral("INSERT"), QStringLiteral("REMOVED"),
                     QStringLiteral("ADDED"), QStringLiteral("BILLED BEFORE"), QStringLiteral("BILLED AFTER"),
                     QStringLiteral("CHANGE")},
                    {Align::Left, Align::Left, Align::Right, Align::Right, Align::Right, Align::Right, Align::Right,
                     Align::Right, Align::Right, Align::Right, Align::Right});
    for (const backfill::WindowReport &report : summary.windows) {
        if (!report.ok())
            continue;
        const backfill::WindowDiff &diff = report.diff;
        table.addRow({report.window.businessUnit, report.window.month.toString(), QString::number(diff.rowsBefore()),
                      QString::number(diff.rowsAfter()), QString::number(diff.rowsBefore()),
                      QString::number(diff.rowsAfter()), QString::number(diff.rowsRemoved()),
                      QString::number(diff.rowsAdded()), diff.billedBefore.toDecimalString(2),
                      diff.billedAfter.toDecimalString(2), signedDollars(diff.billedAfter - diff.billedBefore)});
    }
    QTextStream &out = m_context.out();
    out << "Preview (read-only: nothing was written). DELETE/INSERT are the rows each window's transaction would "
           "replace;\nREMOVED/ADDED are the rows that actually differ. Amounts in USD.\n";
    table.print(out);
    const Money before = summary.billedBefore();
    const Money after = summary.billedAfter();
    out << "Total billed " << before.toDecimalString(2) << " -> " << after.toDecimalString(2) << " ("
        << signedDollars(after - before) << ")\n";
    out << "Nothing was written. Add --execute to apply.\n";
}

void BackfillCommand::onRunFinished(const backfill::RunSummary &summary)
{
    if (!m_execute)
        printPreview(summary);
    m_context.progress(QStringLiteral("backfill: %1 of %2 window(s) done in %3 ms%4")
                           .arg(summary.windowsDone())
                           .arg(summary.windows.size())
                           .arg(summary.elapsedMs)
                           .arg(summary.cancelled ? QStringLiteral(", cancelled") : QString()));
    if (const auto error = summary.firstError())
        return fail(*error);
    finish(summary.cancelled ? 1 : 0);
}

} // namespace tieout::cli
