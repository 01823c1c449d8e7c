#include "core/export/BusinessUnitScope.h"

namespace tieout {

std::vector<quint8> BusinessUnitScope::flags(const ReconcileInput &in, const QStringList &businessUnits)
{
    std::vector<quint8> inScope(size_t(in.businessUnits.size()), businessUnits.isEmpty() ? 1 : 0);
    for (const QString &bu : businessUnits) {
        if (const qsizetype index = in.businessUnits.indexOf(bu); index >= 0)
            inScope[size_t(index)] = 1;
    }
    return inScope;
}

} // namespace tieout
