// The Tie-out page's item models over a real reconciliation (synthetic, messy data: credits,
// an unpriced model, fallback tiers, overrides): the month × BU grid is exactly the recon
// export's footed rows, sorts by exact values and filters; the drill-down models show names
// and never $0 for a model without a price. Every model runs under QAbstractItemModelTester.
#include "core/export/ReconExporter.h"
#include "core/reconcile/ReconcileReports.h"
#include "core/reconcile/Reconciler.h"
#include "core/reconcile/ReconcileTestData.h"
#include "core/reconcile/SyntheticData.h"
#include "ui/common/DisplayFormat.h"
#include "ui/tieout/BreakdownModel.h"
#include "ui/tieout/ReconFilterProxy.h"
#include "ui/tieout/ReconTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace tieout;
using tieout::ui::BreakdownModel;
using tieout::ui::ReconFilterProxy;
using tieout::ui::ReconTableModel;

namespace {

std::shared_ptr<const ReconcileResult> syntheticResult()
{
    test::SyntheticOptions options;
    options.businessUnits = 3;
    ReconcileInputBuilder builder(options.from, options.to);
    QHash<QString, QString> overrides;
    test::generateSynthetic(options, [&](const QString &bu, const CostLine &line) { builder.addCost(bu, line); },
                            [&](const QString &bu, const UsageLine &line) { builder.addUsage(bu, line); },
                            &overrides);
    builder.setOverrides(overrides);
    return std::make_shared<const ReconcileResult>(
        Reconciler(test::bundledBook()).run(std::make_shared<const ReconcileInput>(builder.build())));
}

qint64 cents(const QString &printed)
{
    return Money::parseDollars(printed)->nanos / Money::NanosPerCent;
}

} // namespace

class TestTieoutModels final : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const ReconcileResult> m_result;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_result = syntheticResult();
        QVERIFY(m_result->months.size() == 2);
        QVERIFY(m_result->businessUnits.size() >= 3);
        QVERIFY(!m_result->unpricedModels.isEmpty());
    }

    void gridIsTheReconExport()
    {
        ReconTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(m_result, {});
        const QList<ReconLine> lines = ReconExporter::lines(*m_result);
        QCOMPARE(model.rowCount(), lines.size());
        QCOMPARE(model.rowCount(), m_result->months.size() * (m_result->businessUnits.size() + 1));
        QCOMPARE(model.columnCount(), int(ReconTableModel::ColumnCount));
        for (int row = 0; row < model.rowCount(); ++row) {
            const ReconLine &line = lines.at(row);
            const auto text = [&](int column) {
                return model.index(row, column).data(ReconTableModel::PlainTextRole).toString();
            };
            QCOMPARE(text(ReconTableModel::Month), line.month);
            QCOMPARE(text(ReconTableModel::BusinessUnit), line.businessUnit);
            QCOMPARE(text(ReconTableModel::Billed), line.billed);
            QCOMPARE(text(ReconTableModel::ListPrice), line.listPrice);
            QCOMPARE(text(ReconTableModel::Difference), line.difference);
            QCOMPARE(text(ReconTableModel::Ratio), line.ratio);
            QCOMPARE(text(ReconTableModel::UnpricedBilled), line.unpricedBilled);
            QCOMPARE(text(ReconTableModel::Fallback), line.fallback);
            QCOMPARE(text(ReconTableModel::Status), line.status);
            // On screen: the same cents in the user's locale.
            QCOMPARE(model.index(row, ReconTableModel::Billed).data().toString(), ui::DisplayFormat::decimal(line.billed));
            QCOMPARE(model.index(row, ReconTableModel::Month).data(ReconTableModel::IsTotalRole).toBool(), line.isTotal);
        }
        // A BU row's status tooltip explains it.
        const QString why = model.index(0, ReconTableModel::Status).data(Qt::ToolTipRole).toString();
        QVERIFY2(!why.isEmpty(), "no status explanation");
    }

    void filteredGridStillFoots()
    {
        ReconTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList shown{m_result->businessUnits.at(0), m_result->businessUnits.at(2)};
        model.setResult(m_result, shown);
        QCOMPARE(model.rowCount(), m_result->months.size() * 3);
        for (int month = 0; month < m_result->months.size(); ++month) {
            const ReconLine &first = model.line(month * 3);
            const ReconLine &second = model.line(month * 3 + 1);
            const ReconLine &total = model.line(month * 3 + 2);
            QCOMPARE(first.businessUnit, shown.at(0));
            QCOMPARE(second.businessUnit, shown.at(1));
            QVERIFY(total.isTotal);
            QCOMPARE(cents(first.billed) + cents(second.billed), cents(total.billed));
            QCOMPARE(cents(first.listPrice) + cents(second.listPrice), cents(total.listPrice));
            // The total of the BUs shown, exactly: both rows' exact figures, rounded once.
            ReconFigures exact = m_result->row(month, 0).figures;
            exact += m_result->row(month, 2).figures;
            QCOMPARE(total.billed, exact.billed.toDecimalString(2));
            QCOMPARE(total.ratio, exact.ratio().toDecimalString(4));
        }
    }

    void sortsByExactValuesAndFilters()
    {
        ReconTableModel model;
        ReconFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(m_result, {});
        proxy.sort(ReconTableModel::Billed, Qt::DescendingOrder);
        for (int row = 1; row < proxy.rowCount(); ++row) {
            const auto previous = proxy.index(row - 1, ReconTableModel::Billed).data(ReconTableModel::SortRole).toLongLong();
            const auto current = proxy.index(row, ReconTableModel::Billed).data(ReconTableModel::SortRole).toLongLong();
            QVERIFY(previous >= current);
        }
        // The largest value is a month's TOTAL; without totals, a BU row.
        QVERIFY(proxy.index(0, 0).data(ReconTableModel::IsTotalRole).toBool());
        proxy.setShowTotals(false);
        QCOMPARE(proxy.rowCount(), m_result->months.size() * m_result->businessUnits.size());
        QVERIFY(!proxy.index(0, 0).data(ReconTableModel::IsTotalRole).toBool());

        const QString bu = m_result->businessUnits.at(1);
        proxy.setFilterFixedString(bu);
        QCOMPARE(proxy.rowCount(), m_result->months.size());
        proxy.setFilterFixedString(QString());
        proxy.setShowTotals(true);

        proxy.setStatusFilter(ReconStatus::Failed);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QCOMPARE(proxy.index(row, 0).data(ReconTableModel::StatusRole).toInt(), int(ReconStatus::Failed));
        proxy.setStatusFilter(std::nullopt);
        QCOMPARE(proxy.rowCount(), model.rowCount());
    }

    void drillDownModels_data()
    {
        QTest::addColumn<int>("dimension");
        QTest::newRow("model") << int(BreakdownModel::Dimension::Model);
        QTest::newRow("workspace") << int(BreakdownModel::Dimension::Workspace);
        QTest::newRow("api key") << int(BreakdownModel::Dimension::ApiKey);
        QTest::newRow("token type") << int(BreakdownModel::Dimension::TokenType);
    }

    void drillDownModels()
    {
        QFETCH(int, dimension);
        const auto which = BreakdownModel::Dimension(dimension);
        const YearMonth month = m_result->months.constLast();
        const QString bu = m_result->businessUnits.constFirst();
        const DrillDown drill = ReconcileReports::drillDown(*m_result, month, bu);
        const QList<BreakdownRow> rows = which == BreakdownModel::Dimension::Model       ? drill.byModel
                                         : which == BreakdownModel::Dimension::Workspace ? drill.byWorkspace
                                         : which == BreakdownModel::Dimension::ApiKey    ? drill.byApiKey
                                                                                         : drill.byTokenType;
        BreakdownModel model(which);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(rows, m_result->modelFamilies);
        QCOMPARE(model.rowCount(), rows.size());
        QVERIFY(model.rowCount() > 0);
        // The drill-down adds up to its grid cell, exactly.
        ReconFigures sum;
        for (int row = 0; row < model.rowCount(); ++row) {
            sum += model.rows().at(row).figures;
            QVERIFY(!model.index(row, BreakdownModel::Name).data().toString().isEmpty());
            QCOMPARE(model.index(row, BreakdownModel::Billed).data().toString(),
                     ui::DisplayFormat::money(model.rows().at(row).figures.billed));
            QCOMPARE(model.index(row, BreakdownModel::Billed).data(BreakdownModel::SortRole).toLongLong(),
                     model.rows().at(row).figures.billed.nanos());
        }
        const BuMonthRow &cell = m_result->row(m_result->monthIndex(month), m_result->buIndex(bu));
        QCOMPARE(sum.billed, cell.figures.billed);
        QCOMPARE(sum.listPrice, cell.figures.listPrice);

        if (which == BreakdownModel::Dimension::Model) {
            // The unpriced model: its list price says so, never 0.00.
            bool found = false;
            for (int row = 0; row < model.rowCount(); ++row) {
                if (!m_result->unpricedModels.contains(model.rows().at(row).key))
                    continue;
                found = true;
                QCOMPARE(model.index(row, BreakdownModel::ListPrice).data().toString(), QStringLiteral("no price"));
                QCOMPARE(model.index(row, BreakdownModel::Id).data().toString(), QStringLiteral("unpriced"));
            }
            QVERIFY(found);
        }
    }
};

QTEST_MAIN(TestTieoutModels)
#include "tst_tieoutmodels.moc"
