#include "core/config/AppConfig.h"

#include <algorithm>

namespace tieout {

const BusinessUnitConfig *AppConfig::findBusinessUnit(const QString &name) const
{
    for (const BusinessUnitConfig &bu : businessUnits) {
        if (bu.name == name)
            return &bu;
    }
    return nullptr;
}

QStringList AppConfig::reportBusinessUnits() const
{
    QStringList names;
    for (const BusinessUnitConfig &bu : businessUnits)
        names.append(bu.name);
    for (const KeyOverride &override : overrides)
        names.append(override.businessUnit);
    // Code-point order, not locale order: QString::operator< compares UTF-16 code units, which
    // differs from code points only for characters outside the BMP, so compare as UCS-4.
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.toUcs4() < b.toUcs4();
    });
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

} // namespace tieout
