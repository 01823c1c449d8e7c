#include "core/cli/ReconcileCommand.h"

#include "core/cli/CliContext.h"
#include "core/cli/TextTable.h"
#include "core/export/ReconExporter.h"
#include "core/reconcile/ReconcileReports.h"

#include <QTextStream>

namespace tieout::cli {

void ReconcileCommand::start()
{
    reconcileThen([this](const ReconcileRun &run) {
        print(run);
        succeed();
    });
}

void ReconcileCommand::print(const ReconcileRun &run)
{
    QTextStream &out = m_context.out();
    const ReconcileResult &result = run.result;
    out << "Tie-out " << m_context.options.from.toString() << " to " << m_context.options.to.toString()
        << " (USD; list price at list rates for priced usage; billed = the bill, allocated to effective BUs)\n";
    if (m_context.options.grouping == ReconcileGrouping::MonthBu)
        printMonthByBu(result);
    else
        printBreakdown(result);
    printBridge(result);
    m_context.progress(QStringLiteral("reconciled %1 cost lines and %2 usage rows (scan %3 ms, reconcile %4 ms)")
                           .arg(run.costLines)
                           .arg(run.usageRows)
                           .arg(run.scanMs)
                           .arg(run.reconcileMs));
}

void ReconcileCommand::printMonthByBu(const ReconcileResult &result)
{
    using Align = TextTable::Align;
    TextTable table({QStringLiteral("MONTH"), QStringLiteral("BU"), QStringLiteral("BILLED"), QStringLiteral("LIST PRICE"),
                     QStringLiteral("DIFFERENCE"), QStringLiteral("RATIO"), QStringLiteral("UNPRICED"),
                     QStringLiteral("FALLBACK"), QStringLiteral("STATUS")},
                    {Align::Left, Align::Left, Align::Right, Align::Right, Align::Right, Align::Right, Align::Right,
                     Align::Right, Align::Left});
    const QList<ReconLine> lines = ReconExporter::lines(result);
    for (const ReconLine &line : lines) {
        table.addRow({line.month, line.businessUnit, line.billed, line.listPrice, line.difference,
                      line.ratio.isEmpty() ? QStringLiteral("-") : line.ratio, line.unpricedBilled, line.fallback,
                      line.status});
        if (line.isTotal && &line != &lines.constLast())
            table.addSeparator();
    }
    table.print(m_context.out());
}

void ReconcileCommand::printBreakdown(const ReconcileResult &result)
{
    QList<BreakdownRow> rows;
    QString dimension;
    switch (m_context.options.grouping) {
    case ReconcileGrouping::Model:
        rows = ReconcileReports::byModel(result);
        dimension = QStringLiteral("MODEL");
        break;
    case ReconcileGrouping::Workspace:
        rows = ReconcileReports::byWorkspace(result);
        dimension = QStringLiteral("WORKSPACE");
        break;
    case ReconcileGrouping::ApiKey:
        rows = ReconcileReports::byApiKey(result);
        dimension = QStringLiteral("API KEY");
        break;
    case ReconcileGrouping::TokenType:
        rows = ReconcileReports::byTokenType(result);
        dimension = QStringLiteral("TOKEN TYPE");
        break;
    case ReconcileGrouping::MonthBu:
        return;
    }
    using Align = TextTable::Align;
    TextTable table({QStringLiteral("BU"), dimension, QStringLiteral("NAME"), QStringLiteral("TOKENS"),
                     QStringLiteral("BILLED"), QStringLiteral("LIST PRICE"), QStringLiteral("DIFFERENCE"),
                     QStringLiteral("RATIO"), QStringLiteral("UNPRICED")},
                    {Align::Left, Align::Left, Align::Left, Align::Right, Align::Right, Align::Right, Align::Right,
                     Align::Right, Align::Right});
    for (const BreakdownRow &row : rows) {
        const QString key = row.unattributed ? QStringLiteral("(unattributed)")
                            : row.key.isNull() ? QStringLiteral("(none)")
                                               : row.key;
        const QString ratio = row.figures.ratio().toDecimalString(4);
        table.addRow({row.businessUnit, key, row.name, QString::number(row.figures.tokens),
                      row.figures.billed.toDecimalString(2), row.figures.listPrice.toDecimalString(2),
                      row.figures.difference().toDecimalString(2), ratio.isEmpty() ? QStringLiteral("-") : ratio,
                      row.figures.unpricedBilled.toDecimalString(2)});
    }
    table.print(m_context.out());
}

void ReconcileCommand::printBridge(const ReconcileResult &result)
{
    const Bridge bridge = ReconcileReports::bridge(result);
    const SummaryReport summary = ReconcileReports::summary(result);
    QTextStream &out = m_context.out();
    out << "\nBridge: list price - billed = " << summary.figures.difference().toDecimalString(2) << '\n';
    out << "  unpriced models          " << bridge.unpricedModels.toDecimalString(2) << '\n';
    out << "  non-token charges        " << bridge.nonTokenCharges.toDecimalString(2) << '\n';
    out << "  usage with no cost       " << bridge.usageWithoutCost.toDecimalString(2) << '\n';
    out << "  residual on priced cells " << bridge.residualOnPricedCells.toDecimalString(2) << '\n';
    out << "Rows: " << summary.tiedRows << " tied, " << summary.warningRows << " warning, " << summary.failedRows
        << " failed\n";
    if (!summary.unpricedModels.isEmpty())
        out << "Unpriced models (no list price; add one to the price book): "
            << summary.unpricedModels.join(QStringLiteral(", ")) << '\n';
}

} // namespace tieout::cli
