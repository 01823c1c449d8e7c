#pragma once

#include "core/common/Result.h"

#include <QStringView>
#include <QtGlobal>

namespace tieout {

// Parses a plain decimal number ("-12.5", "0.1", "1500", "1.5e2") into an integer scaled by
// 10^scale, exactly, rounding half-even when the text has more fractional digits than the
// scale holds. Shared by money (scale 9) and unit prices. Rejects empty text, stray
// characters, NaN/Inf and values that do not fit in 64 bits.
struct ScaledDecimal
{
    qint64 value = 0;
    bool rounded = false;
};

Result<ScaledDecimal> parseScaledDecimal(QStringView text, int scale);

} // namespace tieout
