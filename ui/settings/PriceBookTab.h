#pragma once

#include "core/pricing/PriceBook.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace tieout::ui {

class PriceBookModel;
class PriceEntryDialog;
class StoredPriceBook;

// Settings > Price book: every entry of the price book in force (shipped list prices and the
// user's own, as the reconciliation uses them) read-only, and "Add entry…" for a user entry,
// which wins over shipped prices on the days it covers and is stored in the database at once.
class PriceBookTab final : public QWidget
{
    Q_OBJECT

public:
    explicit PriceBookTab(StoredPriceBook *store, QWidget *parent = nullptr);

    // `family`: filled in (an unpriced model's family, from the Tie-out page); empty = none.
    PriceEntryDialog *openAddDialog(const QString &family = QString());
    // The price-book family for a model id: the id without its "-YYYYMMDD" date suffix.
    static QString familyForModel(const QString &model);
    PriceBookModel *model() const { return m_model; }
    const PriceBook &priceBook() const { return m_book; }

signals:
    // The entries shown were (re)loaded: after start, a database change or an addition.
    void loaded();
    // A user entry was stored: reconciliations priced before it are out of date.
    void entryStored();
    void statusMessage(const QString &text);

private:
    void reload();
    void store(const PriceEntry &entry);
    void showStatus(const QString &text, bool problem);

    StoredPriceBook *m_store;
    PriceBook m_book;
    PriceBookModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QLabel *m_status;
};

} // namespace tieout::ui
