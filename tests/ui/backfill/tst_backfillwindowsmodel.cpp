// BackfillWindowsModel: a well-behaved table model whose cells say what a window's replacement means.
#include "FakeBackfillEngine.h"

#include "ui/backfill/BackfillWindowsModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace tieout;
using tieout::test::FakeBackfillEngine;
using tieout::ui::BackfillEngine;
using tieout::ui::BackfillWindowsModel;

namespace {

backfill::PlannedWindow window(const QString &unit, int month)
{
    const YearMonth ym(2025, month);
    return backfill::PlannedWindow{unit, ym, DateRange{ym.firstDay(), ym.next().firstDay()}, false};
}

QString cell(const BackfillWindowsModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestBackfillWindowsModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void walksThroughTheWorkflow()
    {
        BackfillWindowsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(BackfillWindowsModel::ColumnCount));
        model.setPlan(
            {window(QStringLiteral("A"), 6), window(QStringLiteral("A"), 7), window(QStringLiteral("B"), 6)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 1, BackfillWindowsModel::MonthColumn), QStringLiteral("2025-07"));
        QCOMPARE(cell(model, 1, BackfillWindowsModel::DaysColumn), QStringLiteral("31"));
        QCOMPARE(cell(model, 0, BackfillWindowsModel::StatusColumn), QStringLiteral("Planned"));
        QVERIFY(cell(model, 0, BackfillWindowsModel::StoredColumn).isEmpty());

        model.queueAll();
        model.markRunning(window(QStringLiteral("B"), 6));
        QCOMPARE(model.state(2), BackfillWindowsModel::WindowState::Running);

        backfill::WindowReport preview = FakeBackfillEngine::defaultReport(window(QStringLiteral("B"), 6),
                                                                           BackfillEngine::RunMode::Preview);
        preview.diff.billedAfter = Money::fromNanos(1'234'567'890'000);
        model.setReport(preview);
        QCOMPARE(cell(model, 2, BackfillWindowsModel::StatusColumn), QStringLiteral("Previewed: changes"));
        QCOMPARE(cell(model, 2, BackfillWindowsModel::StoredColumn), QStringLiteral("10"));
        QCOMPARE(cell(model, 2, BackfillWindowsModel::DeleteColumn), QStringLiteral("10"));
        QCOMPARE(cell(model, 2, BackfillWindowsModel::InsertColumn), QStringLiteral("12"));
        QCOMPARE(cell(model, 2, BackfillWindowsModel::RemovedColumn), QStringLiteral("1"));
        QCOMPARE(cell(model, 2, BackfillWindowsModel::AddedColumn), QStringLiteral("3"));
        QCOMPARE(cell(model, 2, BackfillWindowsModel::BilledBeforeColumn), QStringLiteral("100.00"));
        QCOMPARE(cell(model, 2, BackfillWindowsModel::BilledAfterColumn), QStringLiteral("1,234.57"));
        QCOMPARE(cell(model, 2, BackfillWindowsModel::ChangeColumn), QStringLiteral("+1,134.57"));
        QCOMPARE(model.index(2, BackfillWindowsModel::BilledAfterColumn)
                     .data(Qt::TextAlignmentRole)
                     .value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);

        backfill::WindowReport executed = FakeBackfillEngine::defaultReport(window(QStringLiteral("A"), 6),
                                                                            BackfillEngine::RunMode::Execute);
        executed.deleted = 11;
        model.setReport(executed);
        QCOMPARE(cell(model, 0, BackfillWindowsModel::StatusColumn), QStringLiteral("Replaced"));
        QCOMPARE(cell(model, 0, BackfillWindowsModel::DeleteColumn), QStringLiteral("11"));

        backfill::WindowReport failed;
        failed.window = window(QStringLiteral("A"), 7);
        failed.error = Error(ErrorCode::Network, QStringLiteral("timeout"));
        model.setReport(failed);
        QCOMPARE(model.state(1), BackfillWindowsModel::WindowState::Failed);
        QCOMPARE(model.index(1, BackfillWindowsModel::StatusColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("timeout"));
        QVERIFY(cell(model, 1, BackfillWindowsModel::FetchedColumn).isEmpty());

        model.markUnfinishedNotRun();
        QCOMPARE(model.state(0), BackfillWindowsModel::WindowState::Replaced);
        QCOMPARE(model.state(1), BackfillWindowsModel::WindowState::Failed);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void headersAreLabelled()
    {
        BackfillWindowsModel model;
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    }
};

QTEST_GUILESS_MAIN(TestBackfillWindowsModel)
#include "tst_backfillwindowsmodel.moc"
