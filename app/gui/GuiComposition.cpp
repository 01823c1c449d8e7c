#include "GuiComposition.h"

#include "core/backfill/ClientPool.h"
#include "core/common/LogCategories.h"
#include "core/config/AdminKeyResolver.h"
#include "core/config/ConfigFile.h"
#include "core/config/KeychainSecretStore.h"
#include "core/store/Database.h"
#include "core/store/DatabaseUrl.h"
#include "ui/backfill/BackfillController.h"
#include "ui/backfill/BackfillPage.h"
#include "ui/backfill/RunnerBackfillEngine.h"
#include "ui/health/DataHealthPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/settings/ConnectionProbe.h"
#include "ui/settings/PriceBookTab.h"
#include "ui/settings/SettingsController.h"
#include "ui/settings/SettingsPage.h"
#include "ui/settings/StoredPriceBook.h"
#include "ui/settings/UiSettings.h"
#include "ui/tieout/TieoutController.h"
#include "ui/tieout/TieoutPage.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>
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
    m_tieoutPage = new ui::TieoutPage(&m_clock, m_uiSettings.get());
    m_tieoutPage->setConfig(m_config);
    m_window->addPage(m_tieoutPage);
    m_backfillPage = new ui::BackfillPage(m_engine.get(), &m_clock, m_config, m_uiSettings.get());
    m_window->addPage(m_backfillPage);
    m_healthPage = new ui::DataHealthPage(&m_clock, m_uiSettings.get());
    m_healthPage->setConfig(m_config);
    m_window->addPage(m_healthPage);
    m_settingsPage =
        new ui::SettingsPage(m_settings.get(), m_probe.get(), m_priceBook.get(), m_uiSettings.get());
    m_settingsIndex = m_window->pageCount();
    m_window->addPage(m_settingsPage);
    if (!m_configProblem.isEmpty())
        m_settingsPage->setLoadProblem(m_configProblem);

    connect(m_settings.get(), &ui::SettingsController::configSaved, this, &GuiComposition::onConfigSaved);
    // Stored data or pricing changed: the report pages recompute (now if shown, else when shown).
    connect(m_backfillPage->controller(), &ui::BackfillController::stateChanged, this,
            [this](ui::BackfillController::State state) {
                if (state == ui::BackfillController::State::Executed) {
                    m_tieoutPage->markStale();
                    m_healthPage->markStale();
                }
            });
    connect(m_settingsPage->priceBookTab(), &ui::PriceBookTab::entryStored, m_tieoutPage, &ui::TieoutPage::markStale);
    connect(m_tieoutPage, &ui::TieoutPage::priceRequested, this, &GuiComposition::openPriceBookFor);

    m_window->restoreLayout();
    if (m_options.measureStartup) {
        m_window->showPage(0); // the Tie-out page, whichever page was shown last
        connect(m_tieoutPage, &ui::TieoutPage::dataPainted, this, &GuiComposition::reportStartup,
                Qt::SingleShotConnection);
    }
    m_window->show();
}

void GuiComposition::openPriceBookFor(const QString &model)
{
    m_window->showPage(m_settingsIndex);
    m_settingsPage->addPriceFor(model);
}

void GuiComposition::useDatabase(ui::DatabaseHandle database, const QString &description)
{
    m_engine->setDatabase(database, description);
    m_priceBook->setDatabase(database);
    m_tieoutPage->setDatabase(database);
    m_healthPage->setDatabase(std::move(database));
}

void GuiComposition::reportStartup()
{
    const auto run = m_tieoutPage->controller()->lastRun();
    QTextStream out(stdout);
    out << "tieout: startup: Tie-out page painted with data " << m_sinceLaunch.elapsed()
        << " ms after main() (database open at " << m_databaseOpenMs << " ms; reconcile "
        << m_tieoutPage->controller()->from().toString() << ".." << m_tieoutPage->controller()->to().toString()
        << ": scan " << (run ? run->scanMs : -1) << " ms + reconcile " << (run ? run->reconcileMs : -1) << " ms, "
        << (run ? run->costLines : 0) << " cost lines, " << (run ? run->usageRows : 0) << " usage rows)\n";
    out.flush();
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
}

void GuiComposition::onConfigSaved(const AppConfig &config)
{
    m_config = config;
    m_backfillPage->setConfig(config);
    m_tieoutPage->setConfig(config);
    m_healthPage->setConfig(config);
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
        useDatabase(nullptr, {});
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
            useDatabase(nullptr, {});
            m_window->setDatabaseDescription(
                tr("%1 — not available: %2").arg(url.describe(), opened.error().message()), false);
            return;
        }
        if (m_sinceLaunch.isValid() && m_databaseOpenMs < 0)
            m_databaseOpenMs = m_sinceLaunch.elapsed();
        useDatabase(*opened, url.describe());
        m_window->setDatabaseDescription(url.describe(), true);
    });
}

} // namespace tieout::gui
