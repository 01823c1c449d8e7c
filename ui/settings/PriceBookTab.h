#pragma once

#include <QWidget>

class QTableView;

namespace tieout {
class PriceBook;
}

namespace tieout::ui {

class PriceBookModel;
class PriceEntryDialog;

// Settings > Price book: every entry of the price book (shipped list prices and the user's own)
// read-only, and "Add entry…" for a user entry, which wins over shipped prices on the days it
// covers. The book belongs to the composition root, which persists the user entries when
// userEntriesChanged() is emitted.
class PriceBookTab final : public QWidget
{
    Q_OBJECT

public:
    // `book` may be null when the bundled price book could not be loaded.
    explicit PriceBookTab(PriceBook *book, QWidget *parent = nullptr);

    PriceEntryDialog *openAddDialog();
    PriceBookModel *model() const { return m_model; }

signals:
    void userEntriesChanged();
    void statusMessage(const QString &text);

private:
    void reload();

    PriceBook *m_book;
    PriceBookModel *m_model;
    QTableView *m_table;
};

} // namespace tieout::ui
