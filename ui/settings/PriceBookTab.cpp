#include "ui/settings/PriceBookTab.h"

#include "core/pricing/PriceBook.h"
#include "ui/settings/PriceBookModel.h"
#include "ui/settings/PriceEntryDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tieout::ui {

PriceBookTab::PriceBookTab(PriceBook *book, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_model(new PriceBookModel(this))
    , m_table(new QTableView(this))
{
    m_table->setObjectName(QStringLiteral("priceBookTable"));
    m_table->setAccessibleName(tr("Price book entries"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *help = new QLabel(tr("List prices in USD per million tokens. Shipped entries are the public list prices; "
                               "your entries win on the days they cover. A model that matches no family is "
                               "reported as unpriced, never as $0."),
                            this);
    help->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add entry…"), this);
    add->setObjectName(QStringLiteral("addPriceEntryButton"));
    add->setEnabled(m_book != nullptr);
    connect(add, &QPushButton::clicked, this, &PriceBookTab::openAddDialog);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    if (!m_book) {
        auto *missing = new QLabel(tr("The price book could not be loaded."), this);
        missing->setStyleSheet(QStringLiteral("color: #c01c28;"));
        layout->addWidget(missing);
    }
    reload();
}

void PriceBookTab::reload()
{
    m_model->setEntries(m_book ? m_book->entries() : QList<PriceEntry>());
}

PriceEntryDialog *PriceBookTab::openAddDialog()
{
    if (!m_book)
        return nullptr;
    auto *dialog = new PriceEntryDialog(m_book->families(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const PriceEntry entry = dialog->entry();
        m_book->addEntry(entry);
        reload();
        emit userEntriesChanged();
        emit statusMessage(tr("Price entry for %1 added.").arg(entry.family));
    });
    dialog->open();
    return dialog;
}

} // namespace tieout::ui
