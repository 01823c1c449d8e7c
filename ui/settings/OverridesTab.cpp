#include "ui/settings/OverridesTab.h"

#include "ui/settings/KeyOverridesModel.h"
#include "ui/settings/SettingsController.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tieout::ui {

OverridesTab::OverridesTab(SettingsController *settings, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_model(new KeyOverridesModel(this)),
      m_table(new QTableView(this))
{
    m_table->setObjectName(QStringLiteral("overridesTable"));
    m_table->setAccessibleName(tr("Key to business unit overrides"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto *help = new QLabel(
        tr("Usage of an API key counts for the business unit named here, whichever business unit's "
           "admin key fetched it. The business unit does not have to be configured."),
        this);
    help->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    add->setObjectName(QStringLiteral("addOverrideButton"));
    remove->setObjectName(QStringLiteral("removeOverrideButton"));
    add->setAccessibleName(tr("Add override"));
    remove->setAccessibleName(tr("Remove override"));
    connect(add, &QPushButton::clicked, this, &OverridesTab::addRow);
    connect(remove, &QPushButton::clicked, this, &OverridesTab::removeSelected);
    connect(m_model, &KeyOverridesModel::overridesEdited, this,
            [this] { m_settings->setOverrides(m_model->completeOverrides()); });
    connect(m_settings, &SettingsController::draftChanged, this, &OverridesTab::reload);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addLayout(row, 1);
    reload();
}

void OverridesTab::reload()
{
    // Rows still being typed (one cell empty) are not in the draft yet: only reload when the
    // draft changed for another reason (import, revert, a BU rename).
    if (m_model->completeOverrides() != m_settings->draft().overrides)
        m_model->setOverrides(m_settings->draft().overrides);
}

void OverridesTab::addRow()
{
    const int row = m_model->rowCount();
    m_model->insertRows(row, 1);
    const QModelIndex cell = m_model->index(row, KeyOverridesModel::ApiKeyIdColumn);
    m_table->setCurrentIndex(cell);
    m_table->edit(cell);
}

void OverridesTab::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    m_model->removeRows(rows.constFirst().row(), 1);
}

} // namespace tieout::ui
