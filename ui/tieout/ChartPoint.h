#pragma once

#include "core/reconcile/Ratio.h"

#include <QLocale>
#include <QString>

namespace tieout::ui {

// One category of a comparison chart (a month, or a BU of a month): the amounts exactly as the
// grid prints them ('.' decimal point, 2 decimals) and the exact ratio. The conversion to a
// double for the chart's geometry happens here, at the very end, and nowhere near money paths.
struct ChartPoint
{
    QString label;
    QString listPrice; // printed, e.g. "1234.56"
    QString billed;
    Ratio ratio;

    // Bar heights and line values for QtCharts: display conversions only.
    static double amountValue(const QString &printed) { return QLocale::c().toDouble(printed); }
    static double ratioValue(const Ratio &ratio) { return ratio.isDefined() ? ratio.ratioForDisplay() : 0.0; }
};

} // namespace tieout::ui
