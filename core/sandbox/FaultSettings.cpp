#include "core/sandbox/FaultSettings.h"

namespace tieout::sandbox {

QString faultKindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::RateLimited:
        return QStringLiteral("429");
    case FaultKind::ServerError:
        return QStringLiteral("500");
    case FaultKind::Overloaded:
        return QStringLiteral("529");
    case FaultKind::Timeout:
        return QStringLiteral("504");
    case FaultKind::Slow:
        return QStringLiteral("slow");
    case FaultKind::Truncated:
        return QStringLiteral("truncated");
    case FaultKind::Malformed:
        return QStringLiteral("malformed");
    }
    return {};
}

QStringList FaultSettings::kindNames()
{
    QStringList names;
    for (int i = 0; i < FaultKindCount; ++i)
        names.append(faultKindName(static_cast<FaultKind>(i)));
    return names;
}

Result<QList<FaultKind>> FaultSettings::parseKinds(QStringView text)
{
    QList<FaultKind> kinds;
    const auto parts = text.split(u',', Qt::SkipEmptyParts);
    for (QStringView raw : parts) {
        const QString name = raw.trimmed().toString().toLower();
        if (name == u"all") {
            for (int i = 0; i < FaultKindCount; ++i) {
                if (!kinds.contains(static_cast<FaultKind>(i)))
                    kinds.append(static_cast<FaultKind>(i));
            }
            continue;
        }
        const int index = kindNames().indexOf(name);
        if (index < 0)
            return Error(ErrorCode::Usage, QStringLiteral("unknown fault \"%1\" (expected %2 or all)")
                                               .arg(name, kindNames().join(u',')));
        if (!kinds.contains(static_cast<FaultKind>(index)))
            kinds.append(static_cast<FaultKind>(index));
    }
    if (kinds.isEmpty())
        return Error(ErrorCode::Usage, QStringLiteral("--faults names no fault"));
    return kinds;
}

} // namespace tieout::sandbox
