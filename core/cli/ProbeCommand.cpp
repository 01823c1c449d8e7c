#include "core/cli/ProbeCommand.h"

#include "core/api/AdminApiClient.h"
#include "core/backfill/ClientPool.h"
#include "core/backfill/WindowDiff.h"
#include "core/cli/CliContext.h"

#include <QTextStream>

namespace tieout::cli {

ProbeCommand::ProbeCommand(CliContext &context, backfill::ClientPool *clients, QObject *parent)
    : CliCommand(context, parent)
    , m_clients(clients)
{
}

void ProbeCommand::start()
{
    auto units = m_context.selectedBusinessUnits();
    if (!units)
        return fail(units.error());
    const BusinessUnitConfig unit = units->constFirst();
    const QDate day = m_context.options.date;
    if (day > m_context.services.clock->todayUtc())
        return fail(Error(ErrorCode::Usage, QStringLiteral("--date %1 is in the future").arg(day.toString(Qt::ISODate))));

    m_context.progress(QStringLiteral("probe: %1 at %2 for %3 (read-only)")
                           .arg(unit.name, unit.apiBaseUrl.toString(), day.toString(Qt::ISODate)));
    m_clients->prepare({unit}).then(this, [this, unit, day](Status prepared) {
        if (!prepared)
            return fail(prepared.error());
        api::AdminApiClient *client = m_clients->client(unit.name);
        const DateRange range{day, day.addDays(1)};
        client->costReport(range).then(this, [this, client, range, unit](Result<CostLines> cost) {
            if (!cost)
                return fail(cost.error());
            client->usageReport(range).then(this, [this, cost, unit, range](Result<UsageLines> usage) {
                if (!usage)
                    return fail(usage.error());
                qint64 tokens = 0;
                for (const UsageLine &line : *usage)
                    tokens += line.totalTokens();
                QTextStream &out = m_context.out();
                out << "probe " << unit.name << ' ' << range.from.toString(Qt::ISODate) << ": served\n";
                out << "  cost lines:  " << cost->size() << "  billed USD " << backfill::billedTotal(*cost).toDecimalString(9)
                    << '\n';
                out << "  usage rows:  " << usage->size() << "  tokens " << tokens << '\n';
                if (cost->isEmpty() && usage->isEmpty())
                    out << "  (the API answered, with no usage and no cost on that day)\n";
                succeed();
            });
        });
    });
}

} // namespace tieout::cli
