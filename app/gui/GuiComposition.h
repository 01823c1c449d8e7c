#pragma once

#include "GuiOptions.h"

#include "core/common/Clock.h"
#include "core/config/AppConfig.h"
#include "ui/common/DatabaseHandle.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace tieout {
class AdminKeyResolver;
class DatabaseUrl;
class KeychainSecretStore;
namespace backfill {
class ClientPool;
}
namespace ui {
class BackfillPage;
class ConnectionProbe;
class DataHealthPage;
class MainWindow;
class RunnerBackfillEngine;
class SettingsController;
class SettingsPage;
class StoredPriceBook;
class TieoutPage;
class UiSettings;
} // namespace ui
} // namespace tieout

namespace tieout::gui {

// The composition root of the desktop app: builds the services (clock, keychain, network, key
// resolver, API client pool, backfill engine, the stored price book, settings), the main window and its
// pages, and wires them: a backfill, a saved config or a new price makes the Tie-out and Data health
// pages recompute. It also owns the open database: opened off the GUI thread at start
// and again when the saved settings name another one. Nothing else lives here.
class GuiComposition final : public QObject
{
    Q_OBJECT

public:
    explicit GuiComposition(GuiOptions options, QObject *parent = nullptr);
    ~GuiComposition() override;

    // `sinceLaunch` runs from the top of main(): with --measure-startup the app prints the time to
    // the first painted Tie-out page with data, and quits.
    void setLaunchTimer(const QElapsedTimer &sinceLaunch) { m_sinceLaunch = sinceLaunch; }
    void start();
    ui::MainWindow *window() const { return m_window.get(); }
    ui::TieoutPage *tieoutPage() const { return m_tieoutPage; }
    ui::DataHealthPage *healthPage() const { return m_healthPage; }

private:
    void loadConfig();
    void buildWindow();
    void openDatabase();
    void openDatabaseOffThread(const DatabaseUrl &url, std::optional<QString> keychainPassword,
                               int generation);
    void onConfigSaved(const AppConfig &config);
    // Every user of the store: the backfill engine, the price book, the report pages.
    void useDatabase(ui::DatabaseHandle database, const QString &description);
    void openPriceBookFor(const QString &model);
    void reportStartup();
    QString databaseText() const;

    GuiOptions m_options;
    QProcessEnvironment m_environment;
    SystemClock m_clock;
    AppConfig m_config;
    QString m_configProblem;
    int m_databaseGeneration = 0; // only the newest open may take effect
    QString m_openedDatabase;     // the text the open database came from
    QElapsedTimer m_sinceLaunch;
    qint64 m_databaseOpenMs = -1; // since launch, for --measure-startup

    // Declared in dependency order: destroyed in reverse, the window first.
    std::unique_ptr<ui::UiSettings> m_uiSettings;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AdminKeyResolver> m_resolver;
    std::unique_ptr<backfill::ClientPool> m_clients;
    std::unique_ptr<ui::RunnerBackfillEngine> m_engine;
    std::unique_ptr<ui::StoredPriceBook> m_priceBook;
    std::unique_ptr<ui::ConnectionProbe> m_probe;
    std::unique_ptr<ui::SettingsController> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::TieoutPage *m_tieoutPage = nullptr;
    ui::BackfillPage *m_backfillPage = nullptr;
    ui::DataHealthPage *m_healthPage = nullptr;
    ui::SettingsPage *m_settingsPage = nullptr;
    int m_settingsIndex = -1;
};

} // namespace tieout::gui
