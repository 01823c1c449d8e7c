#include "ui/common/MonthEdit.h"

namespace tieout::ui {

MonthEdit::MonthEdit(QWidget *parent) : QDateEdit(parent)
{
    setDisplayFormat(QStringLiteral("yyyy-MM"));
    setCalendarPopup(false);
    setCurrentSection(QDateTimeEdit::MonthSection);
    setMinimumDate(QDate(2020, 1, 1));
}

YearMonth MonthEdit::month() const
{
    return YearMonth::of(date());
}

void MonthEdit::setMonth(YearMonth month)
{
    if (month.isValid())
        setDate(month.firstDay());
}

void MonthEdit::setMonthRange(YearMonth minimum, YearMonth maximum)
{
    setDateRange(minimum.firstDay(), maximum.lastDay());
}

} // namespace tieout::ui
