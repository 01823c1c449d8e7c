#pragma once

class QTableView;

namespace tieout::ui {

// Column widths for dense report tables: each column as wide as its contents or its header
// text, whichever is wider — without the room QHeaderView otherwise keeps on every section for
// a sort arrow, so wide grids fit the window.
class TableColumns final
{
public:
    static void fitToContents(QTableView *view);
};

} // namespace tieout::ui
