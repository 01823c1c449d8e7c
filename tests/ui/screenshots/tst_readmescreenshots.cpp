// The README screenshots, from the real composed window: the demo sandbox, a backfill of three
// months into a temporary SQLite store, then each page rendered offscreen at 1280×800 —
// Tie-out with data and a drill-down, Backfill after a preview, Data health, Settings. Run with
// TIEOUT_SCREENSHOT_DIR=docs/screenshots to write tieout.png, backfill.png, health.png and
// settings.png there (TIEOUT_SCREENSHOT_LANG=de: the German UI, as tieout-de.png, …); without it
// the test only checks that every page shows data.
#include "app/gui/GuiComposition.h"
#include "app/gui/GuiOptions.h"

#include "core/config/ConfigFile.h"
#include "core/sandbox/SandboxServer.h"
#include "ui/backfill/BackfillController.h"
#include "ui/backfill/BackfillPage.h"
#include "ui/common/MonthEdit.h"
#include "ui/common/UiTranslations.h"
#include "ui/health/CoverageModel.h"
#include "ui/health/DataHealthPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/settings/UiSettings.h"
#include "ui/tieout/DrillDownPanel.h"
#include "ui/tieout/ReconFilterProxy.h"
#include "ui/tieout/ReconTableModel.h"
#include "ui/tieout/TieoutPage.h"
#include "ui/tieout/UnpricedBanner.h"
#include "ui/support/DemoStore.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tieout;
using State = tieout::ui::BackfillController::State;

namespace {

constexpr int Timeout = 120'000;

QString language()
{
    return qEnvironmentVariable("TIEOUT_SCREENSHOT_LANG", QStringLiteral("en"));
}

void save(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("TIEOUT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // Every page fits the README size in every language: no minimum width pushed the window wider.
    QCOMPARE(window->size(), ui::MainWindow::DefaultSize);
    // Every page fits the README size in every language: no minimum width pushed the window wider.
    QCOMPARE(window->size(), ui::MainWindow::DefaultSize);
    QDir().mkpath(dir);
    const QString suffix = language() == u"en" ? QString() : u'-' + language();
    const QString path = QDir(dir).filePath(name + suffix + QStringLiteral(".png"));
    QVERIFY2(window->grab().save(path, "PNG"), qPrintable(path));
}

} // namespace

class TestReadmeScreenshots final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/tieout-demo-XXXXXX")};
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QString m_configPath;
    QString m_databasePath;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Tieout"));
        QCoreApplication::setApplicationName(QStringLiteral("tieout-screenshots"));
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
        QVERIFY(m_dir.isValid());
        ui::UiTranslations::install(ui::UiTranslations::chooseLocale(language() == u"en" ? QStringLiteral("en_US")
                                                                                        : language()));

        m_server = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxProfile::demo());
        QVERIFY(m_server->listen().ok());
        QProcessEnvironment environment;
        AppConfig config = test::demoConfig(
            m_server->baseUrl(), {QStringLiteral("DevFactory"), QStringLiteral("Education"), QStringLiteral("Research")},
            &environment);
        m_configPath = m_dir.filePath(QStringLiteral("tieout.json"));
        m_databasePath = m_dir.filePath(QStringLiteral("tieout.sqlite"));
        config.database = QStringLiteral("sqlite:") + m_databasePath;
        QVERIFY(ConfigFile::save(config, m_configPath).ok());

        // Three months stored, as after "Backfill › Execute"; November is left for the preview.
        SystemClock clock;
        const QString problem = test::backfillDemo(test::openStore(m_databasePath), config, environment,
                                                   YearMonth(2025, 8), YearMonth(2025, 10), clock);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        ui::UiSettings settings; // the app's own store (test mode): the ranges the pages open with
        QFile::remove(settings.fileName());
        settings.setTieoutRange(YearMonth(2025, 8), YearMonth(2025, 10));
        settings.setHealthRange(YearMonth(2025, 8), YearMonth(2025, 11));
        settings.setBackfillRange(YearMonth(2025, 8), YearMonth(2025, 11));
        settings.setCurrentPage(0);
        settings.sync();
    }

    void renderPages()
    {
        auto options = gui::GuiOptions::parse({QStringLiteral("tieout"), QStringLiteral("--config"), m_configPath,
                                               QStringLiteral("--lang"), language()},
                                              QProcessEnvironment());
        QVERIFY(options.ok());
        gui::GuiComposition root(*options);
        root.start();
        ui::MainWindow *window = root.window();
        window->resize(ui::MainWindow::DefaultSize);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // Tie-out: computed off-thread once the database is open; then drill into one cell.
        ui::TieoutPage *tieout = root.tieoutPage();
        QTRY_VERIFY_WITH_TIMEOUT(tieout->isPresented(), Timeout);
        QCOMPARE(tieout->tableModel()->rowCount(), 3 * 4); // 3 months × (3 BUs + TOTAL)
        QVERIFY(tieout->unpricedBanner()->isVisible());
        QTableView *table = tieout->table();
        for (int row = 0; row < tieout->tableProxy()->rowCount(); ++row) {
            const QModelIndex index = tieout->tableProxy()->index(row, ui::ReconTableModel::BusinessUnit);
            if (index.data(ui::ReconTableModel::MonthRole) == QStringLiteral("2025-10") &&
                index.data(ui::ReconTableModel::BusinessUnitRole) == QStringLiteral("Education"))
                table->selectRow(row);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!tieout->drillDown()->isComputing(), Timeout);
        QTRY_VERIFY(tieout->drillDown()->model(ui::BreakdownModel::Dimension::Model)->rowCount() > 0);
        QTest::qWait(100);
        save(window, QStringLiteral("tieout"));

        // Backfill: a preview of August to November (November is new).
        window->showPage(1);
        auto *backfill = window->findChild<ui::BackfillPage *>();
        backfill->findChild<ui::MonthEdit *>(QStringLiteral("backfillFromMonth"))->setMonth(YearMonth(2025, 8));
        backfill->findChild<ui::MonthEdit *>(QStringLiteral("backfillToMonth"))->setMonth(YearMonth(2025, 11));
        QTest::mouseClick(backfill->findChild<QPushButton *>(QStringLiteral("backfillPreviewButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(backfill->controller()->state(), State::Previewed, Timeout);
        QVERIFY(backfill->controller()->canExecute());
        QTest::qWait(100);
        save(window, QStringLiteral("backfill"));

        // Data health: August to October fetched, November never fetched.
        window->showPage(2);
        ui::DataHealthPage *health = root.healthPage();
        QTRY_VERIFY_WITH_TIMEOUT(health->hasReport() && !health->isBusy(), Timeout);
        using Cell = ui::CoverageModel::CellState;
        const QModelIndex august = health->coverageModel()->indexOf(QStringLiteral("DevFactory"), QDate(2025, 8, 4));
        QVERIFY(august.isValid());
        QVERIFY(august.data(ui::CoverageModel::StateRole).toInt() == int(Cell::FetchedWithRows) ||
                august.data(ui::CoverageModel::StateRole).toInt() == int(Cell::FetchedEmpty));
        const QModelIndex november =
            health->coverageModel()->indexOf(QStringLiteral("Research"), QDate(2025, 11, 12));
        QCOMPARE(november.data(ui::CoverageModel::StateRole).toInt(), int(Cell::NeverFetched));
        QTest::qWait(100);
        save(window, QStringLiteral("health"));

        window->showPage(3);
        QTest::qWait(300);
        save(window, QStringLiteral("settings"));
        window->close();
    }
};

QTEST_MAIN(TestReadmeScreenshots)
#include "tst_readmescreenshots.moc"
