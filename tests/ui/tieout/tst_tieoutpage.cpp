// The Tie-out page end to end: the demo sandbox backfilled into a real SQLite store, the page
// reconciling it off the GUI thread, and what a user sees checked against core: the headline
// figures, the chart bars and ratio line (their display conversion of the grid's printed
// cents), the drill-down, the unpriced banner leading to the price book, and Export CSV writing
// the recon format whose TOTAL rows tie — for every BU and for a BU filter.
#include "core/common/Clock.h"
#include "core/export/ReconExporter.h"
#include "core/reconcile/ReconcileReports.h"
#include "core/sandbox/SandboxServer.h"
#include "ui/common/DisplayFormat.h"
#include "ui/settings/UiSettings.h"
#include "ui/support/DemoPageTest.h"
#include "ui/tieout/BusinessUnitFilter.h"
#include "ui/tieout/ComparisonChart.h"
#include "ui/tieout/DrillDownPanel.h"
#include "ui/tieout/FigureTile.h"
#include "ui/tieout/HeadlineFigures.h"
#include "ui/tieout/ReconTableModel.h"
#include "ui/tieout/TieoutCharts.h"
#include "ui/tieout/TieoutController.h"
#include "ui/tieout/TieoutPage.h"
#include "ui/tieout/UnpricedBanner.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QDateEdit>
#include <QFile>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tieout;
using tieout::ui::ReconTableModel;
using tieout::ui::TieoutPage;

namespace {

constexpr int Timeout = 120'000;
const QString DevFactory = QStringLiteral("DevFactory");
const QString Education = QStringLiteral("Education");

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> rows;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            rows.append(QString::fromUtf8(line).trimmed().split(u','));
    }
    return rows;
}

qint64 cents(const QString &printed)
{
    return Money::parseDollars(printed)->nanos / Money::NanosPerCent;
}

} // namespace

class TestTieoutPage final : public test::DemoPageTest
{
    Q_OBJECT

private:
    FixedClock m_clock{QDateTime(QDate(2025, 10, 5), QTime(9, 0), Qt::UTC)};

    std::unique_ptr<TieoutPage> openPage(ui::UiSettings *settings)
    {
        auto page = std::make_unique<TieoutPage>(&m_clock, settings);
        page->resize(1200, 800);
        page->setConfig(m_config);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            return nullptr;
        page->setDatabase(m_database); // shown: computes at once
        return page;
    }

private slots:
    void initTestCase()
    {
        QProcessEnvironment environment;
        const QString started = setUpDemo({DevFactory, Education}, &environment);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString problem =
            test::backfillDemo(m_database, m_config, environment, YearMonth(2025, 8), YearMonth(2025, 9), m_clock);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void rendersTheTieOut()
    {
        ui::UiSettings settings(m_dir.filePath(QStringLiteral("ui.ini")));
        settings.setTieoutRange(YearMonth(2025, 8), YearMonth(2025, 9));
        auto page = openPage(&settings);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->isPresented(), Timeout);
        const auto run = page->controller()->lastRun();
        QVERIFY(run);
        const ReconcileResult &result = run->result;
        QCOMPARE(result.months, (QList<YearMonth>{YearMonth(2025, 8), YearMonth(2025, 9)}));
        QCOMPARE(result.businessUnits, (QStringList{DevFactory, Education}));
        QVERIFY(run->costLines > 0 && run->usageRows > 0);

        // The grid: 2 months × (2 BUs + TOTAL), the recon export's rows.
        QCOMPARE(page->tableModel()->rowCount(), 6);
        const QList<ReconLine> exported = ReconExporter::lines(result);
        for (int row = 0; row < 6; ++row) {
            const ReconLine &shown = page->tableModel()->line(row);
            QCOMPARE(shown.businessUnit, exported.at(row).businessUnit);
            QCOMPARE(shown.billed, exported.at(row).billed);
            QCOMPARE(shown.listPrice, exported.at(row).listPrice);
            QCOMPARE(shown.ratio, exported.at(row).ratio);
            QCOMPARE(shown.status, exported.at(row).status);
        }

        // Headline figures: exact core totals, rounded once for display.
        const SummaryReport summary = ReconcileReports::summary(result);
        ui::HeadlineFigures *figures = page->figures();
        QCOMPARE(figures->billed()->value(), ui::DisplayFormat::money(summary.figures.billed));
        QCOMPARE(figures->listPrice()->value(), ui::DisplayFormat::money(summary.figures.listPrice));
        QCOMPARE(figures->difference()->value(), ui::DisplayFormat::signedMoney(summary.figures.difference()));
        QCOMPARE(figures->ratio()->value(), ui::DisplayFormat::decimal(summary.figures.ratio().toDecimalString(4)));
        QCOMPARE(figures->unpriced()->value(), ui::DisplayFormat::money(summary.figures.unpricedBilled));
        QCOMPARE(figures->fallback()->value(), ui::DisplayFormat::money(summary.figures.fallback()));
        QCOMPARE(figures->allocation()->value(), QStringLiteral("0.00")); // allocated − billed
        QVERIFY(summary.figures.unpricedBilled > Money()); // the sandbox bills an unknown model

        // Monthly chart: a bar per month for list price and billed, the ratio on its own axis.
        ui::ComparisonChart *monthly = page->charts()->monthlyChart();
        QCOMPARE(monthly->categoryAxis()->categories(), (QStringList{QStringLiteral("2025-08"), QStringLiteral("2025-09")}));
        QCOMPARE(monthly->listPriceSet()->count(), 2);
        QCOMPARE(monthly->billedSet()->count(), 2);
        QCOMPARE(monthly->ratioLine()->count(), 2);
        for (int month = 0; month < 2; ++month) {
            const ReconFigures &exact = result.monthTotals.at(month).figures;
            QCOMPARE(monthly->billedSet()->at(month), ui::ChartPoint::amountValue(exact.billed.toDecimalString(2)));
            QCOMPARE(monthly->listPriceSet()->at(month),
                     ui::ChartPoint::amountValue(exact.listPrice.toDecimalString(2)));
            QCOMPARE(monthly->ratioLine()->at(month).y(), exact.ratio().ratioForDisplay());
            QVERIFY(monthly->billedSet()->at(month) > 1000.0); // dollars, not cents or nanos
        }
        // Per BU, for the selected (by default the last) month.
        ui::ComparisonChart *byUnit = page->charts()->businessUnitChart();
        QCOMPARE(page->charts()->selectedMonth(), QStringLiteral("2025-09"));
        QCOMPARE(byUnit->categoryAxis()->categories(), (QStringList{DevFactory, Education}));
        QCOMPARE(byUnit->billedSet()->at(1), ui::ChartPoint::amountValue(page->tableModel()->line(4).billed));
        QCOMPARE(byUnit->ratioLine()->at(0).y(), result.row(1, 0).figures.ratio().ratioForDisplay());

        // Selecting a row drills into that month and BU.
        page->table()->selectRow(3); // 2025-09 DevFactory
        QCOMPARE(page->charts()->selectedMonth(), QStringLiteral("2025-09"));
        QTRY_VERIFY_WITH_TIMEOUT(!page->drillDown()->isComputing(), Timeout);
        const DrillDown drill = ReconcileReports::drillDown(result, YearMonth(2025, 9), DevFactory);
        QCOMPARE(page->drillDown()->model(ui::BreakdownModel::Dimension::Model)->rows().size(), drill.byModel.size());
        QCOMPARE(page->drillDown()->model(ui::BreakdownModel::Dimension::ApiKey)->rows().size(), drill.byApiKey.size());

        // The unpriced model is named, and "Add a price…" asks for the price book with it.
        ui::UnpricedBanner *banner = page->unpricedBanner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->models(), result.unpricedModels);
        QSignalSpy asked(page.get(), &TieoutPage::priceRequested);
        QTest::mouseClick(banner->addPriceButton(), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.constFirst().constFirst().toString(), result.unpricedModels.constFirst());
    }

    void exportsWhatIsShown()
    {
        ui::UiSettings settings(m_dir.filePath(QStringLiteral("ui-export.ini")));
        settings.setTieoutRange(YearMonth(2025, 8), YearMonth(2025, 9));
        auto page = openPage(&settings);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->isPresented(), Timeout);
        const ReconcileResult &result = page->controller()->lastRun()->result;

        // Every BU: exactly the CLI's recon export.
        const QString all = m_dir.filePath(QStringLiteral("recon-all.csv"));
        auto written = page->exportCsv(ui::CsvExport::Format::Recon, all);
        QTRY_VERIFY_WITH_TIMEOUT(written.isFinished(), Timeout);
        QVERIFY2(written.result().ok(), qPrintable(written.result().ok() ? QString() : written.result().error().message()));
        QList<QStringList> rows = readCsv(all);
        QCOMPARE(rows.constFirst(), ReconExporter::header());
        QCOMPARE(rows.size(), 1 + 2 * 3);
        for (int month = 0; month < 2; ++month) {
            const QStringList &total = rows.at(1 + month * 3 + 2);
            QCOMPARE(total.at(1), QStringLiteral("TOTAL"));
            QCOMPARE(cents(rows.at(1 + month * 3).at(2)) + cents(rows.at(2 + month * 3).at(2)), cents(total.at(2)));
            QCOMPARE(total.at(2), result.monthTotals.at(month).figures.billed.toDecimalString(2));
        }

        // A BU filter: the export follows it; its TOTAL is that BU's.
        page->businessUnitFilter()->setSelection({Education});
        QTRY_VERIFY_WITH_TIMEOUT(page->isPresented(), Timeout);
        QCOMPARE(page->tableModel()->rowCount(), 4);
        const QString one = m_dir.filePath(QStringLiteral("recon-education.csv"));
        written = page->exportCsv(ui::CsvExport::Format::Recon, one);
        QTRY_VERIFY_WITH_TIMEOUT(written.isFinished(), Timeout);
        QVERIFY(written.result().ok());
        rows = readCsv(one);
        QCOMPARE(rows.size(), 1 + 2 * 2);
        for (int month = 0; month < 2; ++month) {
            QCOMPARE(rows.at(1 + month * 2).at(1), Education);
            QCOMPARE(rows.at(2 + month * 2).at(1), QStringLiteral("TOTAL"));
            QCOMPARE(rows.at(2 + month * 2).at(2), rows.at(1 + month * 2).at(2));
        }
        // The remembered filter.
        QCOMPARE(settings.tieoutBusinessUnits(), QStringList{Education});

        // Detail and FOCUS write through the same path.
        for (const auto format : {ui::CsvExport::Format::Detail, ui::CsvExport::Format::Focus}) {
            const QString path = m_dir.filePath(ui::CsvExport::formatId(format) + QStringLiteral(".csv"));
            written = page->exportCsv(format, path);
            QTRY_VERIFY_WITH_TIMEOUT(written.isFinished(), Timeout);
            QVERIFY(written.result().ok());
            const QList<QStringList> lines = readCsv(path);
            QVERIFY(lines.size() > 10);
            if (format == ui::CsvExport::Format::Detail) {
                QCOMPARE(lines.constFirst().at(1), QStringLiteral("business_unit"));
                for (qsizetype i = 1; i < lines.size(); ++i)
                    QCOMPARE(lines.at(i).at(1), Education);
            } else {
                QCOMPARE(lines.constFirst().constFirst(), QStringLiteral("BilledCost"));
            }
        }
    }

    void recomputesWhenStale()
    {
        ui::UiSettings settings(m_dir.filePath(QStringLiteral("ui-stale.ini")));
        settings.setTieoutRange(YearMonth(2025, 9), YearMonth(2025, 9));
        auto page = openPage(&settings);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->isPresented(), Timeout);
        QSignalSpy computed(page->controller(), &ui::TieoutController::resultChanged);
        page->hide();
        page->markStale(); // hidden: nothing yet
        QTest::qWait(50);
        QCOMPARE(computed.size(), 0);
        page->show();
        page->activate(); // what the main window does when the page is shown
        QTRY_COMPARE_WITH_TIMEOUT(computed.size(), 1, Timeout);
        // Refresh (F5) recomputes too.
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("tieoutRefreshButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(computed.size(), 2, Timeout);
    }

    void showsAComputedRangeAgainAtOnce()
    {
        ui::UiSettings settings(m_dir.filePath(QStringLiteral("ui-ranges.ini")));
        settings.setTieoutRange(YearMonth(2025, 8), YearMonth(2025, 9));
        auto page = openPage(&settings);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->isPresented(), Timeout);
        ui::TieoutController *controller = page->controller();
        const auto twoMonths = controller->lastRun();
        auto *fromEdit = page->findChild<QDateEdit *>(QStringLiteral("tieoutFromMonth"));
        QVERIFY(fromEdit);

        // A new range is computed (after the edit settles) ...
        QSignalSpy computed(controller, &ui::TieoutController::resultChanged);
        fromEdit->setDate(QDate(2025, 9, 1));
        QVERIFY(controller->isStale());
        QTRY_COMPARE_WITH_TIMEOUT(computed.size(), 1, Timeout);
        QCOMPARE(controller->lastRun()->result.months, QList<YearMonth>{YearMonth(2025, 9)});

        // ... and going back shows the range computed before, without reconciling again.
        fromEdit->setDate(QDate(2025, 8, 1));
        QCOMPARE(computed.size(), 2);
        QVERIFY(!controller->isStale());
        QVERIFY(!controller->isBusy());
        QCOMPARE(controller->lastRun(), twoMonths);
        QTRY_VERIFY_WITH_TIMEOUT(page->isPresented(), Timeout);
        QCOMPARE(page->tableModel()->rowCount(), 6);
        QTest::qWait(400); // past the range edit's settling delay: still no recompute
        QVERIFY(!controller->isBusy());
        QCOMPARE(computed.size(), 2);

        // A write (or a settings change) forgets every computed range.
        page->markStale(); // shown: recomputes the current range
        QTRY_COMPARE_WITH_TIMEOUT(computed.size(), 3, Timeout);
        QVERIFY(controller->lastRun() != twoMonths);
        fromEdit->setDate(QDate(2025, 9, 1));
        QVERIFY(controller->isStale());
        QCOMPARE(computed.size(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(computed.size(), 4, Timeout);
    }
};

QTEST_MAIN(TestTieoutPage)
#include "tst_tieoutpage.moc"
