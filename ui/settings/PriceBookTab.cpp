#include "ui/settings/PriceBookTab.h"

#include "ui/common/FilterBarParts.h"
#include "ui/settings/PriceBookModel.h"
#include "ui/settings/PriceEntryDialog.h"
#include "ui/settings/StoredPriceBook.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace tieout::ui {

PriceBookTab::PriceBookTab(StoredPriceBook *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new PriceBookModel(this)), m_table(new QTableView(this)),
      m_add(new QPushButton(tr("&Add entry…"), this)), m_status(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("priceBookTable"));
    m_table->setAccessibleName(tr("Price book entries"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *help =
        new QLabel(tr("List prices in USD per million tokens. Shipped entries are the public list prices; "
                      "your entries win on the days they cover. A model that matches no family is "
                      "reported as unpriced, never as $0."),
                   this);
    help->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("addPriceEntryButton"));
    m_add->setToolTip(
        tr("Your entries are stored in the database, so the command line and everyone sharing the "
           "database price with them too."));
    connect(m_add, &QPushButton::clicked, this, [this] { openAddDialog(); });
    FilterBarParts::setUpStatusLine(m_status, QStringLiteral("priceBookStatus"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_store, &StoredPriceBook::databaseChanged, this, &PriceBookTab::reload);
    reload();
}

void PriceBookTab::reload()
{
    m_add->setEnabled(false);
    m_store->load().then(this, [this](Result<PriceBook> book) {
        m_add->setEnabled(m_store->hasDatabase());
        if (!book) {
            showStatus(tr("The price book could not be loaded: %1").arg(book.error().message()), true);
            return;
        }
        m_book = *book;
        m_model->setEntries(m_book.entries());
        if (!m_store->hasDatabase())
            showStatus(tr("No database is open: showing the shipped prices only."), false);
        emit loaded();
    });
}

QString PriceBookTab::familyForModel(const QString &model)
{
    static const QRegularExpression dated(QStringLiteral("-\\d{8}$"));
    QString family = model;
    family.remove(dated);
    return family;
}

PriceEntryDialog *PriceBookTab::openAddDialog(const QString &family)
{
    if (!m_store->hasDatabase())
        return nullptr;
    auto *dialog = new PriceEntryDialog(m_book.families(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!family.isEmpty())
        dialog->setFamily(family);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { store(dialog->entry()); });
    dialog->open();
    return dialog;
}

void PriceBookTab::store(const PriceEntry &entry)
{
    m_add->setEnabled(false);
    m_store->addUserEntry(entry).then(this, [this, family = entry.family](Status stored) {
        if (!stored) {
            m_add->setEnabled(true);
            showStatus(tr("The price entry was not stored: %1").arg(stored.error().message()), true);
            return;
        }
        const QString message = tr("Price entry for %1 stored in the database.").arg(family);
        emit entryStored();
        emit statusMessage(message);
        reload();
        showStatus(message, false);
    });
}

void PriceBookTab::showStatus(const QString &text, bool problem)
{
    FilterBarParts::showStatus(m_status, text, problem);
}

} // namespace tieout::ui
