#include "core/cli/VerifyCommand.h"

#include "core/cli/CliContext.h"
#include "core/cli/TextTable.h"
#include "core/store/DatabaseWorker.h"
#include "core/report/VerifyService.h"

#include <QTextStream>

namespace tieout::cli {

void VerifyCommand::start()
{
    auto units = m_context.selectedBusinessUnits();
    if (!units)
        return fail(units.error());
    QStringList fetching;
    for (const BusinessUnitConfig &unit : *units)
        fetching.append(unit.name);
    if (!openDatabase())
        return;
    const ReconcileRequest request = this->request();
    worker()
        .run([request, fetching](Database *database) { return VerifyService::run(database, request, fetching); })
        .then(this, [this](Result<VerifyReport> report) {
            if (!report)
                return fail(report.error());
            print(*report);
            finish(report->passed() ? 0 : 1);
        });
}

void VerifyCommand::print(const VerifyReport &report)
{
    QTextStream &out = m_context.out();
    out << "Verify " << m_context.options.from.toString() << " to " << m_context.options.to.toString()
        << " (read-only)\n";
    for (const VerifyCheck &check : report.checks) {
        out << (check.passed ? "PASS  " : check.fails() ? "FAIL  " : "WARN  ") << check.id << ": " << check.title;
        if (!check.summary.isEmpty())
            out << " — " << check.summary;
        out << '\n';
        if (check.passed || check.examples.isEmpty())
            continue;
        TextTable table(check.columns);
        for (const QStringList &example : check.examples)
            table.addRow(example);
        QString text;
        QTextStream buffer(&text);
        table.print(buffer);
        buffer.flush();
        for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
            out << "        " << line << '\n';
        if (check.offendingCount > check.examples.size())
            out << "        … and " << (check.offendingCount - check.examples.size()) << " more\n";
    }
    const qsizetype total = report.checks.size();
    out << "Result: " << (report.passed() ? "PASS" : "FAIL") << " — " << total - report.failedCount() - report.warningCount()
        << " passed, " << report.warningCount() << " warning(s) for the analyst, " << report.failedCount()
        << " integrity failure(s) of " << total << " checks\n";
}

} // namespace tieout::cli
