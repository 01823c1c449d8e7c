#include "ui/settings/BusinessUnitsTab.h"

#include "ui/common/DisplayFormat.h"
#include "ui/common/Notices.h"
#include "ui/settings/BusinessUnitDialog.h"
#include "ui/settings/BusinessUnitsModel.h"
#include "ui/settings/SettingsController.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tieout::ui {

BusinessUnitsTab::BusinessUnitsTab(SettingsController *settings, ConnectionProbe *probe, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_probe(probe), m_model(new BusinessUnitsModel(this)),
      m_table(new QTableView(this)), m_add(new QPushButton(tr("&Add…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)), m_remove(new QPushButton(tr("&Remove"), this)),
      m_test(new QPushButton(tr("&Test connection"), this)), m_status(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("businessUnitsTable"));
    m_table->setAccessibleName(tr("Business units"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_add->setObjectName(QStringLiteral("addBusinessUnitButton"));
    m_edit->setObjectName(QStringLiteral("editBusinessUnitButton"));
    m_remove->setObjectName(QStringLiteral("removeBusinessUnitButton"));
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setToolTip(tr("Fetch yesterday's cost report for the selected business unit (read-only)."));
    m_test->setVisible(m_probe != nullptr);
    m_status->setObjectName(QStringLiteral("businessUnitsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_add, &QPushButton::clicked, this, [this] { openDialog(false); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openDialog(true); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { openDialog(true); });
    connect(m_remove, &QPushButton::clicked, this, &BusinessUnitsTab::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &BusinessUnitsTab::testSelected);
    connect(m_settings, &SettingsController::draftChanged, this, &BusinessUnitsTab::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BusinessUnitsTab::updateButtons);
    if (m_probe)
        connect(m_probe, &ConnectionProbe::finished, this, &BusinessUnitsTab::onProbeFinished);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_edit, m_remove, m_test})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_table, 1);
    top->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_status);
    reload();
}

void BusinessUnitsTab::reload()
{
    const int row = selectedRow();
    const QString selected = row >= 0 ? m_model->businessUnit(row).name : QString();
    m_model->setBusinessUnits(m_settings->draft().businessUnits);
    // The reset clears the selection: restore it so Edit and Test still act on the same BU.
    if (!selected.isEmpty())
        selectBusinessUnit(selected);
    updateButtons();
}

int BusinessUnitsTab::selectedRow() const
{
    const QModelIndexList rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void BusinessUnitsTab::selectBusinessUnit(const QString &name)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->businessUnit(row).name == name) {
            m_table->selectRow(row);
            return;
        }
    }
}

void BusinessUnitsTab::updateButtons()
{
    const bool selected = selectedRow() >= 0;
    m_add->setEnabled(!m_busy);
    m_edit->setEnabled(selected && !m_busy);
    m_remove->setEnabled(selected && !m_busy);
    m_test->setEnabled(selected && !m_busy && m_probe && !m_probe->isRunning());
}

BusinessUnitDialog *BusinessUnitsTab::openAddDialog()
{
    auto *dialog = new BusinessUnitDialog(m_settings, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyDialog(dialog); });
    dialog->open();
    return dialog;
}

BusinessUnitDialog *BusinessUnitsTab::openEditDialog()
{
    const int row = selectedRow();
    if (row < 0)
        return nullptr;
    const BusinessUnitConfig unit = m_model->businessUnit(row);
    auto *dialog = new BusinessUnitDialog(m_settings, &unit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyDialog(dialog); });
    dialog->open();
    return dialog;
}

void BusinessUnitsTab::openDialog(bool edit)
{
    if (m_busy)
        return;
    if (edit)
        openEditDialog();
    else
        openAddDialog();
}

void BusinessUnitsTab::applyDialog(BusinessUnitDialog *dialog)
{
    const BusinessUnitConfig unit = dialog->businessUnit();
    const QString key = dialog->adminKey();
    dialog->keyEdit()->clear(); // the keychain has it from here on
    m_busy = true;
    updateButtons();
    if (!key.isEmpty())
        showStatus(tr("Saving the admin key of %1 in the OS keychain…").arg(unit.name), false);
    const bool newKey = !key.isEmpty();
    m_settings->applyBusinessUnit(dialog->originalName(), unit, key)
        .then(this, [this, unit, newKey](Status applied) {
            m_busy = false;
            updateButtons();
            if (!applied) {
                showStatus(applied.error().message(), true);
                Notices::warning(this, tr("Admin key not saved"), applied.error().message());
                return;
            }
            selectBusinessUnit(unit.name);
            showStatus(!newKey
                           ? tr("Business unit %1 updated. Save to write the config file.").arg(unit.name)
                           : tr("The admin key of %1 is in the OS keychain. Save to write the config file.")
                                 .arg(unit.name),
                       false);
        });
}

void BusinessUnitsTab::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString name = m_model->businessUnit(row).name;
    m_settings->removeBusinessUnit(name);
    showStatus(tr("Business unit %1 removed. Save to write the config file.").arg(name), false);
}

void BusinessUnitsTab::testSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_probe || m_probe->isRunning())
        return;
    const BusinessUnitConfig unit = m_model->businessUnit(row);
    showStatus(tr("Testing %1: fetching one day of the cost report…").arg(unit.name), false);
    m_probe->probe(unit);
    updateButtons();
}

void BusinessUnitsTab::onProbeFinished(const ConnectionProbe::Outcome &outcome)
{
    updateButtons();
    const QString day = outcome.day.toString(Qt::ISODate);
    if (!outcome.ok) {
        showStatus(tr("%1: connection failed for %2.\n%3").arg(outcome.businessUnit, day, outcome.error),
                   true);
        return;
    }
    showStatus(tr("%1: connected. The API served %2: %3 cost lines, billed %4.")
                   .arg(outcome.businessUnit, day, DisplayFormat::count(outcome.costLines),
                        DisplayFormat::usd(outcome.billed)),
               false);
    emit statusMessage(tr("Connection to %1 works.").arg(outcome.businessUnit));
}

void BusinessUnitsTab::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #c01c28;") : QString());
}

} // namespace tieout::ui
