#pragma once

#include "core/money/YearMonth.h"

#include <QDateEdit>

namespace tieout::ui {

// A month picker ("2025-07"): a date edit showing only year and month, so the arrow keys and
// the mouse wheel step whole months and the operator cannot pick a day by mistake.
class MonthEdit final : public QDateEdit
{
    Q_OBJECT

public:
    explicit MonthEdit(QWidget *parent = nullptr);

    YearMonth month() const;
    void setMonth(YearMonth month);
    void setMonthRange(YearMonth minimum, YearMonth maximum);
};

} // namespace tieout::ui
