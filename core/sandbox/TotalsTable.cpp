#include "core/sandbox/TotalsTable.h"

#include "core/sandbox/SyntheticOrganization.h"

#include <memory>
#include <vector>

namespace tieout::sandbox {

QString TotalsTable::render(const SandboxProfile &profile, YearMonth from, YearMonth to)
{
    std::vector<std::unique_ptr<SyntheticOrganization>> organizations;
    for (const SandboxBusinessUnit &unit : profile.businessUnits)
        organizations.push_back(std::make_unique<SyntheticOrganization>(profile, unit));

    const auto row = [](const QString &unit, const YearMonth &month, const OrganizationTotals &t) {
        return QStringLiteral("%1,%2,%3,%4,%5\n")
            .arg(unit, month.toString())
            .arg(t.usageRows)
            .arg(t.costLines)
            .arg(t.billed.toDecimalString(9));
    };
    QString text = QStringLiteral("business_unit,month,usage_rows,cost_lines,billed_usd\n");
    for (const YearMonth &month : YearMonth::range(from, to)) {
        const DateRange range{month.firstDay(), month.next().firstDay()};
        OrganizationTotals all;
        for (const auto &org : organizations) {
            const OrganizationTotals totals = org->totals(range);
            text += row(org->businessUnit(), month, totals);
            all += totals;
        }
        text += row(QStringLiteral("TOTAL"), month, all);
    }
    return text;
}

} // namespace tieout::sandbox
