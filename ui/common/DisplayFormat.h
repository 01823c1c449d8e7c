#pragma once

#include "core/money/Money.h"
#include "core/money/YearMonth.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace tieout::ui {

// Turns core values into text for the screen, following the user's locale (digit grouping and
// decimal point). Exports never use this: they write '.' and no separators (SPEC §9). No money
// arithmetic happens here, only re-spelling the exact decimal text that Money produces.
class DisplayFormat final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    // 1234.5 -> "1,234.50" (en) / "1.234,50" (de); exact, rounded half-even by Money.
    static QString money(Money amount, int decimals = 2, const QLocale &locale = QLocale());
    // As money(), with an explicit plus sign for increases: a change, not a balance.
    static QString signedMoney(Money amount, int decimals = 2, const QLocale &locale = QLocale());
    // money() with the currency: "1,234.50 USD".
    static QString usd(Money amount, int decimals = 2, const QLocale &locale = QLocale());
    // A plain decimal string ("-1234.5678") re-spelt for the locale.
    static QString decimal(const QString &plainDecimal, const QLocale &locale = QLocale());
    static QString count(qint64 value, const QLocale &locale = QLocale());
    // Months stay ISO ("2025-07") everywhere: finance and operators read them that way.
    static QString month(YearMonth month) { return month.toString(); }
};

} // namespace tieout::ui
