// MainWindow: pages in a sidebar, Ctrl+<n> to reach them, remembered layout, the database in
// the status bar, and a German interface when asked for.
#include "core/common/Clock.h"
#include "ui/common/UiTranslations.h"
#include "ui/health/DataHealthPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/Page.h"
#include "ui/settings/UiSettings.h"
#include "ui/tieout/TieoutPage.h"

#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace tieout::ui;

namespace {

// A page that refuses to close while "busy", like the Backfill page during a run.
class BusyPage final : public Page
{
public:
    QString title() const override { return QStringLiteral("Busy"); }
    QIcon icon() const override { return {}; }
    bool canClose() override { return !busy; }
    void activate() override { ++activations; }
    bool busy = false;
    int activations = 0;
};

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    tieout::FixedClock m_clock{QDateTime(QDate(2025, 10, 5), QTime(9, 0), Qt::UTC)};

    QString settingsFile() const { return m_dir.filePath(QStringLiteral("ui.ini")); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UiTranslations::install(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void pagesAndShortcuts()
    {
        UiSettings settings(settingsFile());
        MainWindow window(&settings);
        auto *busy = new BusyPage;
        window.addPage(new TieoutPage(&m_clock, &settings));
        window.addPage(busy);
        window.addPage(new DataHealthPage(&m_clock, &settings));
        window.restoreLayout();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), MainWindow::DefaultSize); // nothing saved yet
        QCOMPARE(window.pageCount(), 3);
        QCOMPARE(window.currentPageIndex(), 0);

        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("pageNavigation"));
        QCOMPARE(navigation->count(), 3);
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Tie-out"));
        QVERIFY(!navigation->accessibleName().isEmpty());

        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPageIndex(), 1);
        QCOMPARE(busy->activations, 1);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPageIndex(), 2);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPageIndex(), 0);
        QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier); // no such page: nothing happens
        QCOMPARE(window.currentPageIndex(), 0);

        // A busy page keeps the window open and is shown to say why.
        busy->busy = true;
        QVERIFY(!window.close());
        QCOMPARE(window.currentPageIndex(), 1);
        busy->busy = false;
        window.showPage(2);
        window.resize(1000, 700);
        QVERIFY(window.close());
    }

    void layoutIsRemembered()
    {
        UiSettings settings(settingsFile());
        MainWindow window(&settings);
        window.addPage(new TieoutPage(&m_clock, &settings));
        window.addPage(new DataHealthPage(&m_clock, &settings));
        window.addPage(new TieoutPage(&m_clock, &settings));
        window.restoreLayout();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPageIndex(), 2);
        QCOMPARE(window.size(), QSize(1000, 700));
    }

    void statusBarNamesTheDatabase()
    {
        UiSettings settings(m_dir.filePath(QStringLiteral("status.ini")));
        MainWindow window(&settings);
        window.setDatabaseDescription(QStringLiteral("SQLite database /data/tieout.sqlite"));
        auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("databaseStatus"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Database: SQLite database /data/tieout.sqlite"));
        QVERIFY(!label->accessibleName().isEmpty());
    }

    void speaksGerman()
    {
        QVERIFY(UiTranslations::install(QLocale(QLocale::German, QLocale::Germany)));
        UiSettings settings(m_dir.filePath(QStringLiteral("de.ini")));
        MainWindow window(&settings);
        window.addPage(new TieoutPage(&m_clock, &settings));
        window.addPage(new DataHealthPage(&m_clock, &settings));
        window.setDatabaseDescription(QStringLiteral("x"));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("pageNavigation"));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Abgleich"));
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("Datenzustand"));
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&Datei"));
        QCOMPARE(window.statusBar()->findChild<QLabel *>(QStringLiteral("databaseStatus"))->text(),
                 QStringLiteral("Datenbank: x"));
        UiTranslations::install(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
