// The composition root: from a config file the CLI would read to a working window — pages,
// the database opened off the GUI thread and named in the status bar, the config's BUs in the
// Backfill and Settings pages, a preview against a real sandbox — in English and in German.
#include "app/gui/GuiComposition.h"
#include "app/gui/GuiOptions.h"

#include "core/config/ConfigFile.h"
#include "core/sandbox/SandboxServer.h"
#include "ui/backfill/BackfillController.h"
#include "ui/backfill/BackfillPage.h"
#include "ui/backfill/ConfirmReplaceDialog.h"
#include "ui/common/MonthEdit.h"
#include "ui/common/UiTranslations.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/settings/SettingsPage.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tieout;
using State = tieout::ui::BackfillController::State;

namespace {

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("TIEOUT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace

class TestGuiComposition final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QString m_configPath;

    gui::GuiOptions options(const QStringList &extra = {}) const
    {
        QStringList arguments{QStringLiteral("tieout"), QStringLiteral("--config"), m_configPath,
                              QStringLiteral("--db"),
                              QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("tieout.sqlite"))};
        auto parsed = gui::GuiOptions::parse(arguments + extra, QProcessEnvironment());
        Q_ASSERT(parsed.ok());
        return *parsed;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Tieout"));
        QCoreApplication::setApplicationName(QStringLiteral("tieout-composition-test"));
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxProfile::demo());
        QVERIFY(m_server->listen().ok());

        AppConfig config;
        for (const QString &name :
             {QStringLiteral("DevFactory"), QStringLiteral("Education"), QStringLiteral("Research")}) {
            BusinessUnitConfig unit;
            unit.name = name;
            unit.apiBaseUrl = m_server->baseUrl();
            const QString variable = QStringLiteral("TIEOUT_TEST_") + name.toUpper() + QStringLiteral("_KEY");
            unit.adminKey = SecretRef{SecretRef::Kind::Environment, variable};
            // The composition root reads the process environment, as the CLI does.
            qputenv(variable.toLatin1().constData(), sandbox::SandboxProfile::defaultAdminKey(name).toUtf8());
            config.businessUnits.append(unit);
        }
        config.overrides.append(KeyOverride{QStringLiteral("apikey_01shared"), QStringLiteral("Research")});
        m_configPath = m_dir.filePath(QStringLiteral("tieout.json"));
        QVERIFY(ConfigFile::save(config, m_configPath).ok());
    }

    void optionsFollowTheCli()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("TIEOUT_CONFIG"), QStringLiteral("/etc/tieout/shared.json"));
        environment.insert(QStringLiteral("TIEOUT_LANG"), QStringLiteral("de"));
        auto fromEnvironment = gui::GuiOptions::parse({QStringLiteral("tieout")}, environment);
        QVERIFY(fromEnvironment.ok());
        QCOMPARE(fromEnvironment->configPath, QStringLiteral("/etc/tieout/shared.json"));
        QCOMPARE(fromEnvironment->language, QStringLiteral("de"));

        auto explicitFile = gui::GuiOptions::parse({QStringLiteral("tieout"), QStringLiteral("--config"),
                                                    QStringLiteral("/tmp/x.json"), QStringLiteral("--lang"),
                                                    QStringLiteral("en")},
                                                   environment);
        QVERIFY(explicitFile.ok());
        QCOMPARE(explicitFile->configPath, QStringLiteral("/tmp/x.json"));
        QCOMPARE(explicitFile->language, QStringLiteral("en"));

        auto byDefault = gui::GuiOptions::parse({QStringLiteral("tieout")}, QProcessEnvironment());
        QVERIFY(byDefault.ok());
        QVERIFY(byDefault->configPath.endsWith(QStringLiteral("/tieout.json")));
        QCOMPARE(byDefault->configPath, gui::GuiOptions::defaultConfigPath());

        QVERIFY(!gui::GuiOptions::parse({QStringLiteral("tieout"), QStringLiteral("--bogus")}, {}).ok());
        QVERIFY(!gui::GuiOptions::parse({QStringLiteral("tieout"), QStringLiteral("stray")}, {}).ok());
    }

    void composesAWorkingWindow()
    {
        ui::UiTranslations::install(QLocale(QLocale::English, QLocale::UnitedStates));
        gui::GuiComposition root(options());
        root.start();
        ui::MainWindow *window = root.window();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->pageCount(), 4);
        QStringList titles;
        for (int i = 0; i < window->pageCount(); ++i)
            titles.append(window->page(i)->title());
        QCOMPARE(titles, (QStringList{QStringLiteral("Tie-out"), QStringLiteral("Backfill"),
                                      QStringLiteral("Data health"), QStringLiteral("Settings")}));

        // The database opens off the GUI thread; the status bar then names it.
        auto *status = window->findChild<QLabel *>(QStringLiteral("databaseStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Database: SQLite database ")) &&
                                     !status->text().contains(QStringLiteral("opening")),
                                 30'000);

        auto *backfill = window->findChild<ui::BackfillPage *>();
        auto *units = backfill->findChild<QListWidget *>(QStringLiteral("backfillBusinessUnits"));
        QCOMPARE(units->count(), 3);
        auto *settings = window->findChild<ui::SettingsPage *>();
        QCOMPARE(settings->findChild<QTableView *>(QStringLiteral("businessUnitsTable"))->model()->rowCount(),
                 3);

        // A preview through the composed services (key resolver, client pool, runner, store).
        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window->currentPageIndex(), 1);
        backfill->findChild<ui::MonthEdit *>(QStringLiteral("backfillFromMonth"))
            ->setMonth(YearMonth(2025, 9));
        backfill->findChild<ui::MonthEdit *>(QStringLiteral("backfillToMonth"))
            ->setMonth(YearMonth(2025, 10));
        QTest::mouseClick(backfill->findChild<QPushButton *>(QStringLiteral("backfillPreviewButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(backfill->controller()->state(), State::Previewed, 120'000);
        QVERIFY(backfill->controller()->canExecute());
        screenshot(window, QStringLiteral("main-backfill-preview-en"));
        QTest::keyClick(window, Qt::Key_4, Qt::ControlModifier);
        screenshot(window, QStringLiteral("main-settings-en"));
        QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
        screenshot(window, QStringLiteral("main-tieout-en"));
        window->close();
    }

    void composesInGerman()
    {
        ui::UiTranslations::install(QLocale(QLocale::German, QLocale::Germany));
        gui::GuiComposition root(options({QStringLiteral("--lang"), QStringLiteral("de")}));
        root.start();
        ui::MainWindow *window = root.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->page(1)->title(), QStringLiteral("Nachladen"));
        QCOMPARE(window->page(3)->title(), QStringLiteral("Einstellungen"));
        auto *status = window->findChild<QLabel *>(QStringLiteral("databaseStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Datenbank: ")) &&
                                     !status->text().contains(QStringLiteral("geöffnet")),
                                 30'000);
        window->showPage(1);
        auto *backfill = window->findChild<ui::BackfillPage *>();
        backfill->findChild<ui::MonthEdit *>(QStringLiteral("backfillFromMonth"))
            ->setMonth(YearMonth(2025, 9));
        backfill->findChild<ui::MonthEdit *>(QStringLiteral("backfillToMonth"))->setMonth(YearMonth(2025, 9));
        QTest::mouseClick(backfill->findChild<QPushButton *>(QStringLiteral("backfillPreviewButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(backfill->controller()->state(), State::Previewed, 120'000);
        // German numbers in the table: a thousands separator is a dot.
        const QString fetched = backfill->findChild<QTableView *>()->model()->index(0, 5).data().toString();
        QVERIFY2(fetched.contains(u'.'), qPrintable(fetched));
        screenshot(window, QStringLiteral("main-backfill-preview-de"));
        if (auto *dialog = backfill->openConfirmDialog()) {
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QCOMPARE(dialog->windowTitle(), QStringLiteral("Gespeicherte Daten ersetzen?"));
            screenshot(dialog, QStringLiteral("confirm-de"));
            dialog->reject();
        }
        window->showPage(3);
        screenshot(window, QStringLiteral("main-settings-de"));
        window->close();
        ui::UiTranslations::install(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QTEST_MAIN(TestGuiComposition)
#include "tst_guicomposition.moc"
