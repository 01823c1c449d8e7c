#pragma once

#include "ui/mainwindow/Page.h"

class QLabel;
class QPushButton;
class QTabWidget;

namespace tieout::ui {

class BusinessUnitsTab;
class ConnectionProbe;
class DatabaseTab;
class OverridesTab;
class PriceBookTab;
class PriceEntryDialog;
class SettingsController;
class StoredPriceBook;
class UiSettings;

// The admin's Settings page (SPEC §10): business units with their admin keys (OS keychain) and
// a connection test, the database, key->BU overrides and the price book; import and export of
// the config file, and Save, which writes the file the CLI reads too.
class SettingsPage final : public Page
{
    Q_OBJECT

public:
    SettingsPage(SettingsController *settings, ConnectionProbe *probe, StoredPriceBook *priceBook,
                 UiSettings *uiSettings, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    bool canClose() override;

    // The config file could not be read at start: say so, and that Save replaces it.
    void setLoadProblem(const QString &message);

    SettingsController *controller() const { return m_settings; }
    BusinessUnitsTab *businessUnitsTab() const { return m_businessUnits; }
    DatabaseTab *databaseTab() const { return m_database; }
    OverridesTab *overridesTab() const { return m_overrides; }
    PriceBookTab *priceBookTab() const { return m_priceBook; }

    bool save();
    // Shows the Price book tab and opens "Add entry" for `model` (an unpriced model).
    PriceEntryDialog *addPriceFor(const QString &model);

private:
    void importConfig();
    void exportConfig();
    void updateModified();
    void showResult(const QString &text, bool problem);

    SettingsController *m_settings;
    UiSettings *m_uiSettings;
    QTabWidget *m_tabs;
    BusinessUnitsTab *m_businessUnits;
    DatabaseTab *m_database;
    OverridesTab *m_overrides;
    PriceBookTab *m_priceBook;
    QLabel *m_loadProblem;
    QLabel *m_configFile;
    QLabel *m_result;
    QPushButton *m_revert;
    QPushButton *m_save;
};

} // namespace tieout::ui
