// The Data health page over a real store with gaps: DevFactory's August backfilled from the
// demo sandbox, Education never fetched, one endpoint of one day removed, a restatement
// recorded. The grid must show each day as what it is — with rows, empty, partly fetched,
// never fetched, not due yet — with the endpoints in the tooltip; duplicates, revisions, last
// fetch and recent writes come from the same read-only HealthService.
#include "core/common/Clock.h"
#include "core/report/HealthService.h"
#include "core/sandbox/SandboxServer.h"
#include "core/store/CoverageRepository.h"
#include "core/store/RevisionRepository.h"
#include "ui/health/AuditModel.h"
#include "ui/health/CoverageModel.h"
#include "ui/health/DataHealthPage.h"
#include "ui/health/LastFetchModel.h"
#include "ui/health/RevisionsModel.h"
#include "ui/settings/UiSettings.h"
#include "ui/support/DemoPageTest.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tieout;
using Cell = tieout::ui::CoverageModel::CellState;

namespace {

constexpr int Timeout = 120'000;
const QString DevFactory = QStringLiteral("DevFactory");
const QString Education = QStringLiteral("Education");

} // namespace

class TestDataHealthPage final : public test::DemoPageTest
{
    Q_OBJECT

private:
    FixedClock m_clock{QDateTime(QDate(2025, 9, 20), QTime(9, 0), Qt::UTC)};

private slots:
    void initTestCase()
    {
        QProcessEnvironment environment;
        const QString started = setUpDemo({DevFactory, Education}, &environment);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        AppConfig onlyDevFactory = m_config;
        onlyDevFactory.businessUnits.removeLast();
        const QString problem = test::backfillDemo(m_database, onlyDevFactory, environment, YearMonth(2025, 8),
                                                   YearMonth(2025, 8), m_clock);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // One endpoint of one day missing, and a restatement found by sync.
        {
            auto db = m_database->connection();
            QVERIFY(db.ok());
            QVERIFY(CoverageRepository(*db)
                        .deleteWindow(DevFactory, DateRange{QDate(2025, 8, 10), QDate(2025, 8, 11)},
                                      {CoverageEndpoint::ClaudeCodeUsage})
                        .ok());
            QVERIFY(RevisionRepository(*db)
                        .insert({RevisionRecord{DevFactory, QDate(2025, 8, 5), QDateTime(QDate(2025, 8, 9), QTime(6, 0), Qt::UTC),
                                                Money::fromDollars(10), Money::fromDollars(12), 100, 120}})
                        .ok());
        }
        m_database->closeThreadConnection();
    }

    void showsEachDayAsWhatItIs()
    {
        ui::UiSettings settings(m_dir.filePath(QStringLiteral("ui.ini")));
        settings.setHealthRange(YearMonth(2025, 8), YearMonth(2025, 9));
        ui::DataHealthPage page(&m_clock, &settings);
        page.resize(1200, 800);
        page.setConfig(m_config);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setDatabase(m_database);
        QTRY_VERIFY_WITH_TIMEOUT(page.hasReport() && !page.isBusy(), Timeout);

        ui::CoverageModel *grid = page.coverageModel();
        QAbstractItemModelTester tester(grid, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(grid->rowCount(), 4); // 2 months × 2 BUs
        QCOMPARE(grid->columnCount(), 31);
        QCOMPARE(grid->headerData(0, Qt::Vertical).toString(), QStringLiteral("2025-08  DevFactory"));
        const auto state = [grid](const QString &bu, QDate day) {
            return Cell(grid->indexOf(bu, day).data(ui::CoverageModel::StateRole).toInt());
        };
        // Fetched: with rows (or, on a quiet day, empty — but fetched).
        QVERIFY(state(DevFactory, QDate(2025, 8, 4)) == Cell::FetchedWithRows ||
                state(DevFactory, QDate(2025, 8, 4)) == Cell::FetchedEmpty);
        // A day whose Claude Code fetch is missing.
        QCOMPARE(state(DevFactory, QDate(2025, 8, 10)), Cell::Partial);
        // Never fetched: the BU nobody backfilled, and September before today.
        const QModelIndex never = grid->indexOf(Education, QDate(2025, 8, 4));
        QCOMPARE(Cell(never.data(ui::CoverageModel::StateRole).toInt()), Cell::NeverFetched);
        QCOMPARE(never.data().toString(), QStringLiteral("×"));
        QCOMPARE(never.data(Qt::BackgroundRole).value<QColor>(), ui::CoverageModel::color(Cell::NeverFetched));
        const QString tip = never.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Education, 2025-08-04: never fetched")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Cost report: never fetched")), qPrintable(tip));
        QCOMPARE(state(DevFactory, QDate(2025, 9, 10)), Cell::NeverFetched);
        // Today and later: not due yet; the 31st of September does not exist.
        QCOMPARE(state(DevFactory, QDate(2025, 9, 25)), Cell::NotDueYet);
        QCOMPARE(Cell(grid->index(2, 30).data(ui::CoverageModel::StateRole).toInt()), Cell::NoSuchDay);
        // A fetched day's tooltip names each endpoint with its rows and fetch time.
        const QString fetched = grid->indexOf(DevFactory, QDate(2025, 8, 4)).data(Qt::ToolTipRole).toString();
        QVERIFY2(fetched.contains(QStringLiteral("Cost report: ")) && fetched.contains(QStringLiteral(" UTC")),
                 qPrintable(fetched));

        // Duplicates: every table checked, none found.
        QTreeWidget *duplicates = page.duplicatesView();
        QVERIFY(duplicates->topLevelItemCount() >= 5);
        for (int i = 0; i < duplicates->topLevelItemCount(); ++i)
            QCOMPARE(duplicates->topLevelItem(i)->text(0), QStringLiteral("no duplicates"));

        // Revisions: billed and tokens before → after.
        QAbstractItemModelTester revisionsTester(page.revisionsModel(),
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.revisionsModel()->rowCount(), 1);
        QCOMPARE(page.revisionsModel()->index(0, ui::RevisionsModel::BilledBefore).data().toString(),
                 QStringLiteral("10.00"));
        QCOMPARE(page.revisionsModel()->index(0, ui::RevisionsModel::BilledAfter).data().toString(),
                 QStringLiteral("12.00"));
        QCOMPARE(page.revisionsModel()->index(0, ui::RevisionsModel::TokensAfter).data().toString(),
                 QStringLiteral("120"));

        // Last fetch: DevFactory's three endpoints, none for Education.
        QAbstractItemModelTester lastTester(page.lastFetchModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.lastFetchModel()->rowCount(), 3);
        QCOMPARE(page.lastFetchModel()->index(0, ui::LastFetchModel::BusinessUnit).data().toString(), DevFactory);
        QCOMPARE(page.lastFetchModel()->index(0, ui::LastFetchModel::LatestDay).data().toString(),
                 QStringLiteral("2025-08-31"));
        QCOMPARE(page.lastFetchModel()->index(0, ui::LastFetchModel::DaysInRange).data().toString(),
                 QStringLiteral("31 of 61"));
        QCOMPARE(page.lastFetchModel()->index(2, ui::LastFetchModel::DaysInRange).data().toString(),
                 QStringLiteral("30 of 61"));

        // Recent writes: the backfill's window.
        QAbstractItemModelTester auditTester(page.auditModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page.auditModel()->rowCount() >= 1);
        QCOMPARE(page.auditModel()->index(0, ui::AuditModel::BusinessUnit).data().toString(), DevFactory);
    }

    void serviceWithoutDatabase()
    {
        // Nothing stored yet: every requested BU-day is never fetched, nothing else.
        const DateRange range{QDate(2025, 8, 1), QDate(2025, 9, 1)};
        auto report = HealthService::run(nullptr, range, {Education});
        QVERIFY(report.ok());
        QCOMPARE(report->coverage.size(), 1);
        QCOMPARE(report->coverage.constFirst().neverFetched, 31);
        QVERIFY(report->duplicates.isEmpty());
        QVERIFY(report->lastFetches.isEmpty());
    }
};

QTEST_MAIN(TestDataHealthPage)
#include "tst_datahealthpage.moc"
