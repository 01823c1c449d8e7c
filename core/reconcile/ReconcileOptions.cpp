#include "core/reconcile/ReconcileOptions.h"

#include "core/money/DecimalParser.h"

namespace tieout {

Status ReconcileOptions::setRatioBand(QStringView low, QStringView high)
{
    const auto lowValue = parseScaledDecimal(low, RatioBandScale);
    const auto highValue = parseScaledDecimal(high, RatioBandScale);
    if (!lowValue || !highValue || lowValue->rounded || highValue->rounded)
        return Error(ErrorCode::Config, QStringLiteral("ratio band \"%1\"–\"%2\": expected decimals with at most %3 digits")
                                            .arg(low.toString(), high.toString())
                                            .arg(RatioBandScale));
    if (lowValue->value > highValue->value)
        return Error(ErrorCode::Config, QStringLiteral("ratio band: low %1 is above high %2").arg(low.toString(), high.toString()));
    ratioBandLow = lowValue->value;
    ratioBandHigh = highValue->value;
    return okStatus();
}

} // namespace tieout
