#include "core/cli/PlanCommand.h"

#include "core/backfill/BackfillPlan.h"
#include "core/cli/CliContext.h"
#include "core/cli/TextTable.h"

#include <QTextStream>

namespace tieout::cli {

void PlanCommand::start()
{
    // plan works from --bu names alone when there is no config, so an operator can sketch a run.
    QStringList names = m_context.options.businessUnits;
    if (!m_context.config.businessUnits.isEmpty()) {
        auto units = m_context.selectedBusinessUnits();
        if (!units)
            return fail(units.error());
        names.clear();
        for (const BusinessUnitConfig &unit : *units)
            names.append(unit.name);
    }
    auto plan = backfill::BackfillPlan::make(names, m_context.options.from, m_context.options.to,
                                             m_context.services.clock->todayUtc());
    if (!plan)
        return fail(plan.error());

    using Align = TextTable::Align;
    TextTable table({QStringLiteral("BU"), QStringLiteral("MONTH"), QStringLiteral("FROM"), QStringLiteral("TO (EXCL.)"),
                     QStringLiteral("DAYS"), QStringLiteral("NOTE")},
                    {Align::Left, Align::Left, Align::Left, Align::Left, Align::Right, Align::Left});
    for (const backfill::PlannedWindow &window : *plan) {
        table.addRow({window.businessUnit, window.month.toString(), window.range.from.toString(Qt::ISODate),
                      window.range.toExclusive.toString(Qt::ISODate), QString::number(window.range.dayCount()),
                      window.partial ? QStringLiteral("month in progress: through today") : QString()});
    }
    m_context.out() << "Plan (dry run: no network, no writes): " << names.size() << " BU(s), "
                    << YearMonth::range(m_context.options.from, m_context.options.to).size() << " month(s), "
                    << plan->size() << " window(s)\n";
    table.print(m_context.out());
    m_context.out() << "Run 'tieout-cli backfill --from " << m_context.options.from.toString() << " --to "
                    << m_context.options.to.toString()
                    << "' to preview, then add --execute to write.\n";
    succeed();
}

} // namespace tieout::cli
