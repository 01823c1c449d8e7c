#include "core/reconcile/ReconStatus.h"

namespace tieout {

QString statusName(ReconStatus status)
{
    switch (status) {
    case ReconStatus::Tied: return QStringLiteral("tied");
    case ReconStatus::Warning: return QStringLiteral("warning");
    case ReconStatus::Failed: return QStringLiteral("failed");
    }
    return QString();
}

ReconStatus statusFor(StatusReasons reasons)
{
    if (reasons & (AllocationNotTied | MissingDays))
        return ReconStatus::Failed;
    if (reasons != NoReason)
        return ReconStatus::Warning;
    return ReconStatus::Tied;
}

QStringList reasonNames(StatusReasons reasons)
{
    static const std::pair<StatusReason, const char *> names[] = {
        {AllocationNotTied, "allocation_not_tied"}, {MissingDays, "missing_days"},
        {UnpricedDollars, "unpriced_dollars"},      {UnpricedUsage, "unpriced_usage"},
        {FallbackDollars, "fallback_dollars"},      {RatioOutOfBand, "ratio_out_of_band"},
        {RatioUndefined, "ratio_undefined"},
    };
    QStringList list;
    for (const auto &[reason, name] : names) {
        if (reasons & reason)
            list.append(QString::fromLatin1(name));
    }
    return list;
}

} // namespace tieout
