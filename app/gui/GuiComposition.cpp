#include "GuiComposition.h"

#include "core/backfill/ClientPool.h"
#include "core/common/LogCategories.h"
#include "core/config/AdminKeyResolver.h"
#include "core/config/ConfigFile.h"
#include "core/config/KeychainSecretStore.h"
#include "core/store/Database.h"
#include "core/store/DatabaseUrl.h"
#include "ui/backfill/BackfillPage.h"
#include "ui/backfill/RunnerBackfillEngine.h"
#include "ui/health/DataHealthPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/settings/ConnectionProbe.h"
#include "ui/settings/SettingsController.h"
#include "ui/settings/SettingsPage.h"
#include "ui/settings/StoredPriceBook.h"
#include "ui/settings/UiSettings.h"
#include "ui/tieout/TieoutPage.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QtConcurrent/QtConcurrentRun>

namespace tieout::gui {

GuiComposition::GuiComposition(GuiOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_environment(QProcessEnvironment::systemEnvironment()),
      m_uiSettings(std::make_unique<ui::UiSettings>()), m_keychain(std::make_unique<KeychainSecretStore>()),
      m_network(std::make_unique<QNetworkAccessManager>()),
      m_resolver(std::make_unique<AdminKeyResolver>(m_environment, m_keychain.get())),
      m_clients(std::make_unique<backfill::ClientPool>(m_network.get(), m_resolver.get())),
      m_engine(std::make_unique<ui::RunnerBackfillEngine>(m_clients.get(), m_clock)),
      m_priceBook(std::make_unique<ui::StoredPriceBook>()),
      m_probe(std::make_unique<ui::ConnectionProbe>(m_network.get(), m_resolver.get(), &m_clock)),
      m_settings(std::make_unique<ui::SettingsController>(m_keychain.get(), m_options.configPath))
{
    const QString user =
        m_environment.value(QStringLiteral("USER"), m_environment.value(QStringLiteral("USERNAME")));
    m_engine->setActor(user.isEmpty() ? QStringLiteral("tieout") : QStringLiteral("tieout:") + user);
}

GuiComposition::~GuiComposition() = default;

void GuiComposition::start()
{
    loadConfig();
    m_settings->load(m_config);
    buildWindow();
    openDatabase();
}

void GuiComposition::loadConfig()
{
    const QString &path = m_options.configPath;
    if (!QFileInfo::exists(path)) {
        // No file yet: the form starts empty and Save creates it where the CLI looks too.
        qCInfo(lcUi).noquote() << "no config file at" << path;
        return;
    }
    auto config = ConfigFile::load(path);
    if (!config) {
        m_configProblem = config.error().message();
        qCWarning(lcUi).noquote() << m_configProblem;
        return;
    }
    m_config = *config;
}

void GuiComposition::buildWindow()
{
    m_window = std::make_unique<ui::MainWindow>(m_uiSettings.get());
    m_window->addPage(new ui::TieoutPage);
    m_backfillPage = new ui::BackfillPage(m_engine.get(), &m_clock, m_config, m_uiSettings.get());
    m_window->addPage(m_backfillPage);
    m_window->addPage(new ui::DataHealthPage);
    m_settingsPage =
        new ui::SettingsPage(m_settings.get(), m_probe.get(), m_priceBook.get(), m_uiSettings.get());
    m_window->addPage(m_settingsPage);
    if (!m_configProblem.isEmpty())
        m_settingsPage->setLoadProblem(m_configProblem);

    connect(m_settings.get(), &ui::SettingsController::configSaved, this, &GuiComposition::onConfigSaved);

    m_window->restoreLayout();
    m_window->show();
}

void GuiComposition::onConfigSaved(const AppConfig &config)
{
    m_config = config;
    m_backfillPage->setConfig(config);
    if (databaseText() != m_openedDatabase)
        openDatabase();
}

QString GuiComposition::databaseText() const
{
    if (!m_options.databaseUrl.isEmpty())
        return m_options.databaseUrl;
    if (!m_config.database.isEmpty())
        return m_config.database;
    return QStringLiteral("sqlite:") + DatabaseUrl::defaultSqlitePath();
}

void GuiComposition::openDatabase()
{
    const int generation = ++m_databaseGeneration;
    m_openedDatabase = databaseText();
    auto url = DatabaseUrl::parse(m_openedDatabase, ErrorCode::Config);
    if (!url) {
        m_engine->setDatabase(nullptr, {});
        m_priceBook->setDatabase(nullptr);
        m_window->setDatabaseDescription(tr("not usable: %1").arg(url.error().message()), false);
        return;
    }
    m_window->setDatabaseDescription(tr("%1 (opening…)").arg(url->describe()), false);
    if (url->engine() != DatabaseEngine::Postgres)
        return openDatabaseOffThread(*url, std::nullopt, generation);
    // The store looks the PostgreSQL password up synchronously; the keychain answers
    // asynchronously, so ask it first and hand the answer in.
    const DatabaseUrl target = *url;
    m_keychain->read(target.keychainEntry()).then(this, [this, target, generation](Result<QString> password) {
        openDatabaseOffThread(target, password ? std::optional<QString>(*password) : std::nullopt,
                              generation);
    });
}

void GuiComposition::openDatabaseOffThread(const DatabaseUrl &url, std::optional<QString> keychainPassword,
                                           int generation)
{
    DatabaseOptions options;
    options.environment = m_environment;
    options.keychainLookup = [keychainPassword](const QString &) { return keychainPassword; };
    // Opening migrates the schema and may wait for a server: never on the GUI thread.
    QtConcurrent::run([url, options]() -> Result<ui::DatabaseHandle> {
        auto opened = Database::open(url, options);
        if (!opened)
            return opened.error();
        ui::DatabaseHandle handle(std::move(*opened));
        handle->closeThreadConnection(); // the runner opens its own on its database thread
        return handle;
    }).then(this, [this, url, generation](Result<ui::DatabaseHandle> opened) {
        if (generation != m_databaseGeneration)
            return; // the settings changed meanwhile; a newer open is under way
        if (!opened) {
            m_engine->setDatabase(nullptr, {});
            m_priceBook->setDatabase(nullptr);
            m_window->setDatabaseDescription(
                tr("%1 — not available: %2").arg(url.describe(), opened.error().message()), false);
            return;
        }
        m_engine->setDatabase(*opened, url.describe());
        m_priceBook->setDatabase(*opened);
        m_window->setDatabaseDescription(url.describe(), true);
    });
}

} // namespace tieout::gui
