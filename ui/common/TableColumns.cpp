#include "ui/common/TableColumns.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>

namespace tieout::ui {

void TableColumns::fitToContents(QTableView *view)
{
    if (!view->model())
        return;
    const QFontMetrics header(view->horizontalHeader()->font());
    const QAbstractItemView *base = view; // sizeHintForColumn() is public there
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        if (view->isColumnHidden(column))
            continue;
        const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
        view->setColumnWidth(column, qMax(base->sizeHintForColumn(column), header.horizontalAdvance(title) + 16));
    }
}

} // namespace tieout::ui
