#include "ui/settings/SettingsPage.h"

#include "ui/common/Notices.h"
#include "ui/common/PageHeader.h"
#include "ui/settings/BusinessUnitsTab.h"
#include "ui/settings/DatabaseTab.h"
#include "ui/settings/OverridesTab.h"
#include "ui/settings/PriceBookTab.h"
#include "ui/settings/SettingsController.h"
#include "ui/settings/UiSettings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tieout::ui {

SettingsPage::SettingsPage(SettingsController *settings, ConnectionProbe *probe, StoredPriceBook *priceBook,
                           UiSettings *uiSettings, QWidget *parent)
    : Page(parent), m_settings(settings), m_uiSettings(uiSettings), m_tabs(new QTabWidget(this)),
      m_businessUnits(new BusinessUnitsTab(settings, probe, this)),
      m_database(new DatabaseTab(settings, uiSettings, this)), m_overrides(new OverridesTab(settings, this)),
      m_priceBook(new PriceBookTab(priceBook, this)), m_loadProblem(new QLabel(this)),
      m_configFile(new QLabel(this)), m_result(new QLabel(this)),
      m_revert(new QPushButton(tr("Re&vert"), this)), m_save(new QPushButton(tr("&Save"), this))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(m_businessUnits, tr("&Business units"));
    m_tabs->addTab(m_database, tr("&Database"));
    m_tabs->addTab(m_overrides, tr("&Key overrides"));
    m_tabs->addTab(m_priceBook, tr("&Price book"));

    m_loadProblem->setObjectName(QStringLiteral("configLoadProblem"));
    m_loadProblem->setWordWrap(true);
    m_loadProblem->setTextFormat(Qt::PlainText);
    m_loadProblem->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_loadProblem->hide();
    m_configFile->setTextFormat(Qt::PlainText);
    m_configFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setObjectName(QStringLiteral("settingsResult"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);

    auto *importButton = new QPushButton(tr("&Import…"), this);
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    importButton->setToolTip(tr("Load a config file into the form (not saved until Save)."));
    exportButton->setToolTip(tr("Write the form to a config file elsewhere. Admin keys are never in it."));
    m_save->setObjectName(QStringLiteral("saveSettingsButton"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Write the config file that Tieout and tieout-cli read (%1).")
                           .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    connect(importButton, &QPushButton::clicked, this, &SettingsPage::importConfig);
    connect(exportButton, &QPushButton::clicked, this, &SettingsPage::exportConfig);
    connect(m_revert, &QPushButton::clicked, m_settings, &SettingsController::revert);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_settings, &SettingsController::draftChanged, this, &SettingsPage::updateModified);
    connect(m_businessUnits, &BusinessUnitsTab::statusMessage, this, &Page::statusMessage);
    connect(m_database, &DatabaseTab::statusMessage, this, &Page::statusMessage);
    connect(m_priceBook, &PriceBookTab::statusMessage, this, &Page::statusMessage);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_configFile, 1);
    bottom->addWidget(importButton);
    bottom->addWidget(exportButton);
    bottom->addWidget(m_revert);
    bottom->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        title(), tr("Business units and their admin keys, the database, key overrides and the price book."),
        this));
    layout->addWidget(m_loadProblem);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_result);
    layout->addLayout(bottom);
    updateModified();
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

QIcon SettingsPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("preferences-system"),
                            style()->standardIcon(QStyle::SP_ComputerIcon));
}

void SettingsPage::setLoadProblem(const QString &message)
{
    m_loadProblem->setText(
        tr("The config file could not be read, so the form starts empty. Saving replaces the "
           "file.\n%1")
            .arg(message));
    m_loadProblem->setVisible(!message.isEmpty());
}

void SettingsPage::updateModified()
{
    const bool modified = m_settings->isModified();
    const QString path = QDir::toNativeSeparators(m_settings->configPath());
    m_configFile->setText(modified ? tr("Config file: %1 (unsaved changes)").arg(path)
                                   : tr("Config file: %1").arg(path));
    m_revert->setEnabled(modified);
}

PriceEntryDialog *SettingsPage::addPriceFor(const QString &model)
{
    m_tabs->setCurrentWidget(m_priceBook);
    PriceEntryDialog *dialog = m_priceBook->openAddDialog(PriceBookTab::familyForModel(model));
    if (!dialog)
        showResult(tr("Open a database first: price entries are stored in it."), true);
    return dialog;
}

bool SettingsPage::save()
{
    if (auto saved = m_settings->save(); !saved) {
        showResult(tr("Not saved: %1").arg(saved.error().message()), true);
        return false;
    }
    m_loadProblem->hide();
    showResult(tr("Saved to %1.").arg(QDir::toNativeSeparators(m_settings->configPath())), false);
    emit statusMessage(tr("Settings saved."));
    return true;
}

void SettingsPage::importConfig()
{
    auto *dialog = new QFileDialog(this, tr("Import config file"), m_uiSettings->lastDirectory(),
                                   tr("Tieout config (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_uiSettings->setLastDirectory(QFileInfo(file).absolutePath());
        if (auto imported = m_settings->importFrom(file); !imported) {
            showResult(tr("Not imported: %1").arg(imported.error().message()), true);
            return;
        }
        showResult(tr("Imported %1. Review the settings, then Save.").arg(QDir::toNativeSeparators(file)),
                   false);
    });
    dialog->open();
}

void SettingsPage::exportConfig()
{
    auto *dialog = new QFileDialog(this, tr("Export config file"), m_uiSettings->lastDirectory(),
                                   tr("Tieout config (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_uiSettings->setLastDirectory(QFileInfo(file).absolutePath());
        if (auto exported = m_settings->exportTo(file); !exported) {
            showResult(tr("Not exported: %1").arg(exported.error().message()), true);
            return;
        }
        showResult(tr("Exported to %1.").arg(QDir::toNativeSeparators(file)), false);
    });
    dialog->open();
}

void SettingsPage::showResult(const QString &text, bool problem)
{
    m_result->setText(text);
    m_result->setStyleSheet(problem ? QStringLiteral("color: #c01c28;") : QString());
}

bool SettingsPage::canClose()
{
    if (!m_settings->isModified())
        return true;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved settings"),
                                tr("The settings have unsaved changes."),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box](int) {
        const QMessageBox::StandardButton choice = box->standardButton(box->clickedButton());
        if (choice == QMessageBox::Save && !save())
            return;
        if (choice == QMessageBox::Discard)
            m_settings->revert();
        if (choice == QMessageBox::Save || choice == QMessageBox::Discard)
            window()->close(); // asks every page again; this one now agrees
    });
    box->open();
    return false;
}

} // namespace tieout::ui
