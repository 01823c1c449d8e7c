// The Settings page driven like an admin would: add a BU with its admin key, save, test the
// connection against a real sandbox, edit overrides, add a price. Admin keys must end up in
// the keychain and nowhere else — not in QSettings, not in the config file.
#include "core/common/Clock.h"
#include "core/config/AdminKeyResolver.h"
#include "core/config/MemorySecretStore.h"
#include "core/pricing/PriceBook.h"
#include "core/sandbox/SandboxServer.h"
#include "core/store/Database.h"
#include "core/store/DatabaseUrl.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/settings/BusinessUnitDialog.h"
#include "ui/settings/BusinessUnitsTab.h"
#include "ui/settings/ConnectionProbe.h"
#include "ui/settings/DatabaseTab.h"
#include "ui/settings/KeyOverridesModel.h"
#include "ui/settings/OverridesTab.h"
#include "ui/settings/PriceBookModel.h"
#include "ui/settings/PriceBookTab.h"
#include "ui/settings/PriceEntryDialog.h"
#include "ui/settings/SettingsController.h"
#include "ui/settings/SettingsPage.h"
#include "ui/settings/StoredPriceBook.h"
#include "ui/settings/UiSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tieout;
using namespace tieout::ui;

namespace {

const QString Key = QStringLiteral("sk-ant-admin01-page-test-DO-NOT-LEAK-42");

// Every file under `root` whose bytes contain `needle`.
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits.append(file.fileName());
    }
    return hits;
}

BusinessUnitDialog *addBusinessUnit(SettingsPage &page, const QString &name, const QString &url,
                                    const QString &key)
{
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("addBusinessUnitButton")), Qt::LeftButton);
    auto *dialog = page.findChild<BusinessUnitDialog *>();
    if (!dialog)
        return nullptr;
    QTest::keyClicks(dialog->nameEdit(), name);
    auto *urlEdit = dialog->findChild<QLineEdit *>(QStringLiteral("buUrlEdit"));
    urlEdit->clear();
    QTest::keyClicks(urlEdit, url);
    QTest::keyClicks(dialog->keyEdit(), key);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("buDialogOk")), Qt::LeftButton);
    return dialog;
}

QString statusText(const SettingsPage &page)
{
    return page.findChild<QLabel *>(QStringLiteral("businessUnitsStatus"))->text();
}

} // namespace

class TestSettingsPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2025, 8, 10), QTime(9, 0), Qt::UTC)};

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCoreApplication::setOrganizationName(QStringLiteral("Tieout"));
        QCoreApplication::setApplicationName(QStringLiteral("tieout-ui-test"));
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
        QVERIFY(m_dir.isValid());
    }

    void adminKeyNeverReachesSettingsOrConfig()
    {
        MemorySecretStore keychain;
        const QString configPath = m_dir.filePath(QStringLiteral("config/tieout.json"));
        SettingsController controller(&keychain, configPath);
        controller.load({});
        UiSettings uiSettings; // the real QSettings location, redirected by test mode
        QVERIFY(uiSettings.fileName().contains(QStringLiteral(".qttest")));

        StoredPriceBook prices;
        MainWindow window(&uiSettings);
        auto *page = new SettingsPage(&controller, nullptr, &prices, &uiSettings);
        window.addPage(page);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QVERIFY(addBusinessUnit(*page, QStringLiteral("DevFactory"),
                                QStringLiteral("https://api.anthropic.com"), Key));
        QTRY_COMPARE(controller.draft().businessUnits.size(), 1);
        QCOMPARE(keychain.size(), 1);
        QCOMPARE(*keychain.read(QStringLiteral("tieout/DevFactory")).result(), Key);
        QVERIFY(!statusText(*page).contains(Key));

        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("saveSettingsButton")),
                          Qt::LeftButton);
        QVERIFY(!controller.isModified());
        QVERIFY(QFile::exists(configPath));
        window.close(); // saves geometry, state and the current page through UiSettings
        uiSettings.sync();
        QVERIFY(QFile::exists(uiSettings.fileName()));

        const QByteArray needle = Key.toUtf8();
        QStringList leaks = filesContaining(QFileInfo(uiSettings.fileName()).absolutePath(), needle);
        leaks +=
            filesContaining(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), needle);
        leaks +=
            filesContaining(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation), needle);
        leaks += filesContaining(m_dir.path(), needle);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u' ')));
        QFile config(configPath);
        QVERIFY(config.open(QIODevice::ReadOnly));
        QVERIFY(config.readAll().contains("tieout/DevFactory"));
    }

    void keychainUnavailableIsSaidAndStoresNothing()
    {
        MemorySecretStore keychain;
        keychain.setAvailable(false);
        SettingsController controller(&keychain, m_dir.filePath(QStringLiteral("unavailable.json")));
        controller.load({});
        UiSettings uiSettings(m_dir.filePath(QStringLiteral("unavailable.ini")));
        StoredPriceBook prices;
        SettingsPage page(&controller, nullptr, &prices, &uiSettings);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        QVERIFY(addBusinessUnit(page, QStringLiteral("DevFactory"),
                                QStringLiteral("https://api.anthropic.com"), Key));
        QTRY_VERIFY(page.findChild<QMessageBox *>() != nullptr);
        auto *box = page.findChild<QMessageBox *>();
        QVERIFY(box->text().contains(QStringLiteral("not stored anywhere")));
        QVERIFY(!box->text().contains(Key));
        QVERIFY(statusText(page).contains(QStringLiteral("not stored anywhere")));
        QCOMPARE(keychain.size(), 0);
        QVERIFY(controller.draft().businessUnits.isEmpty());
        QVERIFY(!controller.isModified());
        box->close();
        uiSettings.sync();
        QVERIFY(filesContaining(m_dir.path(), Key.toUtf8()).isEmpty());
    }

    void testConnectionAgainstTheSandbox()
    {
        sandbox::SandboxServer server(sandbox::SandboxProfile::demo());
        QVERIFY(server.listen().ok());
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("EDU_KEY"),
                           sandbox::SandboxProfile::defaultAdminKey(QStringLiteral("Education")));
        environment.insert(QStringLiteral("WRONG_KEY"), QStringLiteral("sk-ant-admin01-wrong-key-xyz"));
        MemorySecretStore keychain;
        AdminKeyResolver resolver(environment, &keychain);
        QNetworkAccessManager network;
        ConnectionProbe probe(&network, &resolver, &m_clock);

        AppConfig config;
        for (const auto &[name, variable] :
             {std::pair{QStringLiteral("Education"), QStringLiteral("EDU_KEY")},
              std::pair{QStringLiteral("Research"), QStringLiteral("WRONG_KEY")}}) {
            BusinessUnitConfig unit;
            unit.name = name;
            unit.apiBaseUrl = server.baseUrl();
            unit.adminKey = SecretRef{SecretRef::Kind::Environment, variable};
            config.businessUnits.append(unit);
        }
        SettingsController controller(&keychain, m_dir.filePath(QStringLiteral("probe.json")));
        controller.load(config);
        UiSettings uiSettings(m_dir.filePath(QStringLiteral("probe.ini")));
        StoredPriceBook prices;
        SettingsPage page(&controller, &probe, &prices, &uiSettings);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *test = page.findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
        QVERIFY(!test->isEnabled()); // nothing selected

        page.businessUnitsTab()->selectBusinessUnit(QStringLiteral("Education"));
        QVERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(statusText(page).contains(QStringLiteral("connected")), 30'000);
        QVERIFY2(statusText(page).contains(QStringLiteral("2025-08-09")), qPrintable(statusText(page)));

        page.businessUnitsTab()->selectBusinessUnit(QStringLiteral("Research"));
        QTRY_VERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(statusText(page).contains(QStringLiteral("failed")), 30'000);
        QVERIFY(!statusText(page).contains(QStringLiteral("wrong-key")));
        if (const QString dir = qEnvironmentVariable("TIEOUT_SCREENSHOT_DIR"); !dir.isEmpty())
            page.grab().save(dir + QStringLiteral("/settings-business-units.png"));
    }

    void overridesDatabaseAndPrices()
    {
        MemorySecretStore keychain;
        SettingsController controller(&keychain, m_dir.filePath(QStringLiteral("other.json")));
        controller.load({});
        UiSettings uiSettings(m_dir.filePath(QStringLiteral("other.ini")));
        const DatabaseUrl pricesUrl = DatabaseUrl::sqlite(m_dir.filePath(QStringLiteral("prices.sqlite")));
        auto opened = Database::open(pricesUrl);
        QVERIFY(opened.ok());
        std::shared_ptr<Database> database(std::move(*opened));
        database->closeThreadConnection();
        StoredPriceBook prices;
        SettingsPage page(&controller, nullptr, &prices, &uiSettings);
        QSignalSpy loaded(page.priceBookTab(), &PriceBookTab::loaded);
        QTRY_VERIFY(page.priceBookTab()->model()->rowCount() > 0); // the shipped prices, without a database
        QVERIFY(page.priceBookTab()->openAddDialog() == nullptr);  // nowhere to store an entry
        prices.setDatabase(database);
        QTRY_COMPARE(loaded.size(), 1);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // Overrides reach the draft once both cells are filled in.
        KeyOverridesModel *overrides = page.overridesTab()->model();
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("addOverrideButton")), Qt::LeftButton);
        QCOMPARE(overrides->rowCount(), 1);
        overrides->setData(overrides->index(0, KeyOverridesModel::ApiKeyIdColumn),
                           QStringLiteral("apikey_01abc"));
        QVERIFY(controller.draft().overrides.isEmpty());
        overrides->setData(overrides->index(0, KeyOverridesModel::BusinessUnitColumn),
                           QStringLiteral("Education"));
        QCOMPARE(controller.draft().overrides.size(), 1);
        QCOMPARE(controller.draft().overrides.constFirst().businessUnit, QStringLiteral("Education"));

        // The database URL is checked as it is typed, with the store's parser.
        QLineEdit *url = page.databaseTab()->urlEdit();
        QTest::keyClicks(url, QStringLiteral("postgresql://tieout:secret@db/tieout"));
        QCOMPARE(page.databaseTab()->validationLabel()->styleSheet().contains(QStringLiteral("#c01c28")),
                 true);
        url->clear();
        QTest::keyClicks(url, QStringLiteral("postgresql://tieout@db.example.com:5432/tieout"));
        QVERIFY(page.databaseTab()->validationLabel()->text().contains(QStringLiteral("PostgreSQL")));
        QCOMPARE(controller.draft().database,
                 QStringLiteral("postgresql://tieout@db.example.com:5432/tieout"));

        // A user price entry, typed as exact decimals, stored in the database.
        const int shipped = page.priceBookTab()->model()->rowCount();
        PriceEntryDialog *dialog = page.priceBookTab()->openAddDialog();
        QVERIFY(dialog);
        dialog->familyCombo()->setCurrentText(QStringLiteral("claude-future-5"));
        const QList<std::pair<TokenType, QString>> entryPrices{
            {TokenType::UncachedInput, QStringLiteral("2.5")},
            {TokenType::Output, QStringLiteral("12.50")},
            {TokenType::CacheRead, QStringLiteral("0.25")},
            {TokenType::CacheWrite5m, QStringLiteral("3.125")},
            {TokenType::CacheWrite1h, QStringLiteral("5")}};
        for (const auto &[type, text] : entryPrices)
            QTest::keyClicks(dialog->priceEdit(type), text);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(page.priceBookTab()->model()->rowCount(), shipped + 1);
        const auto family =
            page.priceBookTab()->priceBook().familyIndex(QStringLiteral("claude-future-5-20260101"));
        QVERIFY(family.has_value());
        const PriceEntry *added = page.priceBookTab()->priceBook().entryFor(*family, QDate(2026, 1, 1));
        QVERIFY(added);
        QCOMPARE(added->origin, PriceOrigin::User);
        QCOMPARE(added->standard.of(TokenType::CacheWrite5m), qint64(3'125'000'000));

        // What the CLI's reconcile would load: bundled + the stored rows.
        StoredPriceBook fresh;
        fresh.setDatabase(database);
        auto reloaded = fresh.load();
        QTRY_VERIFY(reloaded.isFinished());
        QVERIFY(reloaded.result().ok());
        QVERIFY(reloaded.result()->familyIndex(QStringLiteral("claude-future-5")).has_value());

        // From the Tie-out page's unpriced banner: the price book, with the model's family filled in
        // and an entry stored announced (the tie-out then recomputes).
        QSignalSpy stored(page.priceBookTab(), &PriceBookTab::entryStored);
        PriceEntryDialog *forModel = page.addPriceFor(QStringLiteral("claude-nimbus-1-20260101"));
        QVERIFY(forModel);
        QCOMPARE(page.findChild<QTabWidget *>()->currentWidget(), page.priceBookTab());
        QCOMPARE(forModel->familyCombo()->currentText(), QStringLiteral("claude-nimbus-1"));
        for (const auto &[type, text] : entryPrices)
            QTest::keyClicks(forModel->priceEdit(type), text);
        forModel->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(stored.size(), 1);
        QCOMPARE(PriceBookTab::familyForModel(QStringLiteral("claude-opus-4-6")), QStringLiteral("claude-opus-4-6"));
        QCOMPARE(PriceBookTab::familyForModel(QStringLiteral("claude-sonnet-4-5-20250929")),
                 QStringLiteral("claude-sonnet-4-5"));
        if (const QString dir = qEnvironmentVariable("TIEOUT_SCREENSHOT_DIR"); !dir.isEmpty()) {
            page.findChild<QTabWidget *>()->setCurrentWidget(page.priceBookTab());
            page.grab().save(dir + QStringLiteral("/settings-price-book.png"));
        }
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
