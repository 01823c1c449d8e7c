// BackfillController: plan -> preview -> confirm -> execute, and every way out of it.
#include "FakeBackfillEngine.h"

#include "core/common/Clock.h"
#include "ui/backfill/BackfillController.h"
#include "ui/backfill/BackfillWindowsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace tieout;
using tieout::test::FakeBackfillEngine;
using tieout::ui::BackfillController;
using tieout::ui::BackfillEngine;
using tieout::ui::BackfillWindowsModel;
using State = tieout::ui::BackfillController::State;

namespace {

AppConfig twoUnits()
{
    AppConfig config;
    for (const QString &name : {QStringLiteral("DevFactory"), QStringLiteral("Education")}) {
        BusinessUnitConfig unit;
        unit.name = name;
        unit.adminKey = SecretRef{SecretRef::Kind::Environment, name.toUpper() + QStringLiteral("_KEY")};
        config.businessUnits.append(unit);
    }
    return config;
}

const QStringList Units{QStringLiteral("DevFactory"), QStringLiteral("Education")};

} // namespace

class TestBackfillController final : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock{QDateTime(QDate(2025, 8, 10), QTime(9, 0), Qt::UTC)};
    FakeBackfillEngine *m_engine = nullptr;
    BackfillController *m_controller = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;

    void planSixWindows() { QVERIFY(m_controller->plan(YearMonth(2025, 5), YearMonth(2025, 7), Units).ok()); }

    void previewCleanly()
    {
        planSixWindows();
        QVERIFY(m_controller->preview().ok());
        m_engine->runToEnd();
        QCOMPARE(m_controller->state(), State::Previewed);
        QVERIFY(m_controller->canExecute());
    }

private slots:
    void init()
    {
        m_engine = new FakeBackfillEngine(this);
        m_controller = new BackfillController(m_engine, &m_clock, this);
        m_controller->setConfig(twoUnits());
        m_tester = new QAbstractItemModelTester(m_controller->windowsModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    }

    void cleanup()
    {
        delete m_tester;
        delete m_controller;
        delete m_engine;
    }

    void planNeedsBusinessUnits()
    {
        QVERIFY(!m_controller->plan(YearMonth(2025, 5), YearMonth(2025, 7), {}).ok());
        const auto unknown =
            m_controller->plan(YearMonth(2025, 5), YearMonth(2025, 7), {QStringLiteral("Nope")});
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message().contains(QStringLiteral("Nope")));
        QVERIFY(!m_controller->plan(YearMonth(2025, 9), YearMonth(2025, 9), Units).ok()); // the future
        QCOMPARE(m_controller->state(), State::Idle);
    }

    void planListsWindowsWithoutNetwork()
    {
        QSignalSpy states(m_controller, &BackfillController::stateChanged);
        planSixWindows();
        QCOMPARE(m_controller->state(), State::Planned);
        QCOMPARE(states.size(), 1);
        QCOMPARE(m_engine->prepareCalls, 0);
        QVERIFY(m_engine->startedModes.isEmpty());
        BackfillWindowsModel *model = m_controller->windowsModel();
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(model->index(0, BackfillWindowsModel::BusinessUnitColumn).data().toString(),
                 QStringLiteral("DevFactory"));
        QCOMPARE(model->index(0, BackfillWindowsModel::MonthColumn).data().toString(),
                 QStringLiteral("2025-05"));
        QCOMPARE(model->state(0), BackfillWindowsModel::WindowState::Planned);
        QVERIFY(!m_controller->canExecute());
    }

    void previewThenExecute()
    {
        QSignalSpy progress(m_controller, &BackfillController::progressChanged);
        QSignalSpy log(m_controller, &BackfillController::logMessage);
        planSixWindows();
        QVERIFY(m_controller->preview().ok());
        QCOMPARE(m_controller->state(), State::Previewing);
        QCOMPARE(m_engine->prepareCalls, 1);
        QCOMPARE(m_engine->preparedUnits.size(), 2);
        QCOMPARE(m_engine->startedModes, QList<BackfillEngine::RunMode>{BackfillEngine::RunMode::Preview});
        QVERIFY(!m_controller->plan(YearMonth(2025, 1), YearMonth(2025, 1), Units).ok()); // busy

        m_engine->step();
        QCOMPARE(progress.constLast().at(0).toInt(), 1);
        QCOMPARE(progress.constLast().at(1).toInt(), 6);
        m_engine->runToEnd();
        QCOMPARE(m_controller->state(), State::Previewed);
        QVERIFY(m_controller->canExecute());

        const auto &confirmation = m_controller->confirmation();
        QVERIFY(confirmation.has_value());
        QCOMPARE(confirmation->phrase(), QStringLiteral("REPLACE 6 WINDOWS"));
        QCOMPARE(confirmation->windowCount, 6);
        QCOMPARE(confirmation->monthCount, 3);
        QCOMPARE(confirmation->businessUnits, Units);
        QCOMPARE(confirmation->rowsToDelete, 60);
        QCOMPARE(confirmation->rowsToInsert, 72);
        QCOMPARE(confirmation->rowsRemoved, 6);
        QCOMPARE(confirmation->rowsAdded, 18);
        QCOMPARE(confirmation->billedBefore, Money::fromDollars(600));
        QCOMPARE(confirmation->billedAfter, Money::fromDollars(609));
        QCOMPARE(confirmation->database, QStringLiteral("SQLite database /tmp/fake.sqlite"));
        QCOMPARE(m_controller->windowsModel()->state(5), BackfillWindowsModel::WindowState::Previewed);

        QStringList lines;
        for (const auto &entry : log)
            lines.append(entry.at(0).toString());
        QVERIFY(lines.join(u'\n').contains(
            QStringLiteral("MONTH 2025-05 BU DevFactory previewed: stored=10 fetched=12 removed=1 added=3 "
                           "billed_usd=100.00->101.50")));

        // A wrong phrase writes nothing.
        QVERIFY(!m_controller->execute(QStringLiteral("replace 6 windows")).ok());
        QVERIFY(!m_controller->execute(QStringLiteral("REPLACE 6 WINDOWS ")).ok());
        QCOMPARE(m_engine->startedModes.size(), 1);
        QCOMPARE(m_controller->state(), State::Previewed);

        log.clear();
        QVERIFY(m_controller->execute(QStringLiteral("REPLACE 6 WINDOWS")).ok());
        QCOMPARE(m_controller->state(), State::Executing);
        QCOMPARE(m_engine->startedModes.constLast(), BackfillEngine::RunMode::Execute);
        QCOMPARE(m_engine->startedWindows.constLast(), m_controller->plannedWindows());
        m_engine->runToEnd();
        QCOMPARE(m_controller->state(), State::Executed);
        QVERIFY(!m_controller->canExecute()); // the preview no longer describes the database
        QVERIFY(!m_controller->confirmation().has_value());
        QCOMPARE(m_controller->windowsModel()->state(0), BackfillWindowsModel::WindowState::Replaced);
        lines.clear();
        for (const auto &entry : log)
            lines.append(entry.at(0).toString());
        QVERIFY(lines.join(u'\n').contains(
            QStringLiteral("MONTH 2025-07 BU Education done: fetched=12 deleted=10 inserted=12 changed=-1/+3 "
                           "billed_usd=100.00->101.50")));
    }

    void cancelledPreviewCannotBeExecuted()
    {
        planSixWindows();
        QVERIFY(m_controller->preview().ok());
        m_engine->step();
        m_engine->step();
        m_controller->cancel();
        QVERIFY(m_engine->cancelRequested);
        m_engine->runToEnd();
        QCOMPARE(m_controller->state(), State::Previewed);
        QVERIFY(!m_controller->canExecute());
        QVERIFY(!m_controller->execute(QStringLiteral("REPLACE 6 WINDOWS")).ok());
        QCOMPARE(m_controller->windowsModel()->state(1), BackfillWindowsModel::WindowState::Previewed);
        QCOMPARE(m_controller->windowsModel()->state(2), BackfillWindowsModel::WindowState::NotRun);
    }

    void failedWindowBlocksExecute()
    {
        m_engine->makeReport = [](const backfill::PlannedWindow &window, BackfillEngine::RunMode mode) {
            backfill::WindowReport report = FakeBackfillEngine::defaultReport(window, mode);
            if (window.month == YearMonth(2025, 6))
                report.error =
                    Error(ErrorCode::Auth, QStringLiteral("BU DevFactory: 401 authentication_error"));
            return report;
        };
        QSignalSpy problems(m_controller, &BackfillController::problem);
        planSixWindows();
        QVERIFY(m_controller->preview().ok());
        m_engine->runToEnd();
        QCOMPARE(m_controller->state(), State::Previewed);
        QVERIFY(!m_controller->canExecute());
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.constFirst().at(0).toString().contains(QStringLiteral("401")));
        QCOMPARE(m_controller->windowsModel()->state(1), BackfillWindowsModel::WindowState::Failed);
        QVERIFY(m_controller->windowsModel()
                    ->index(1, BackfillWindowsModel::StatusColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("401")));
    }

    void keyProblemsWriteNothing()
    {
        m_engine->prepareResult =
            Error(ErrorCode::Config, QStringLiteral("BU Education: environment variable unset"));
        QSignalSpy problems(m_controller, &BackfillController::problem);
        planSixWindows();
        QVERIFY(m_controller->preview().ok());
        QTRY_COMPARE(m_controller->state(), State::Planned);
        QVERIFY(m_engine->startedModes.isEmpty());
        QCOMPARE(problems.size(), 1);
    }

    void noDatabaseNoPreview()
    {
        m_engine->database = false;
        planSixWindows();
        QVERIFY(!m_controller->preview().ok());
        QCOMPARE(m_engine->prepareCalls, 0);
    }

    void databaseChangeMakesPreviewStale()
    {
        previewCleanly();
        m_engine->changeDatabase();
        QCOMPARE(m_controller->state(), State::Planned);
        QVERIFY(!m_controller->canExecute());
        QCOMPARE(m_controller->windowsModel()->rowCount(), 6);
    }

    void configChangeMakesPreviewStale()
    {
        previewCleanly();
        AppConfig changed = twoUnits();
        changed.businessUnits[1].apiBaseUrl = QUrl(QStringLiteral("https://proxy.example.com"));
        m_controller->setConfig(changed);
        QCOMPARE(m_controller->state(), State::Planned);
        QVERIFY(!m_controller->canExecute());

        AppConfig fewer = twoUnits();
        fewer.businessUnits.removeLast();
        m_controller->setConfig(fewer);
        QCOMPARE(m_controller->state(), State::Idle);
        QCOMPARE(m_controller->windowsModel()->rowCount(), 0);
    }

    void unrelatedConfigChangeKeepsPreview()
    {
        previewCleanly();
        AppConfig changed = twoUnits();
        changed.overrides.append(KeyOverride{QStringLiteral("apikey_01"), QStringLiteral("Education")});
        m_controller->setConfig(changed);
        QVERIFY(m_controller->canExecute());
    }

    void verifyRunsTheCliChecksOverThePlan()
    {
        VerifyCheck passed;
        passed.id = QStringLiteral("completeness");
        passed.title = QStringLiteral("every day fetched");
        VerifyCheck failed;
        failed.id = QStringLiteral("duplicates.cost_lines");
        failed.title = QStringLiteral("no duplicate cost lines");
        failed.passed = false;
        failed.summary = QStringLiteral("2 duplicate rows");
        failed.examples = {{QStringLiteral("DevFactory"), QStringLiteral("2025-06-02")}};
        VerifyCheck advisory;
        advisory.id = QStringLiteral("ratio-band");
        advisory.passed = false;
        advisory.severity = VerifyCheck::Severity::Advisory;
        m_engine->verifyResult = VerifyReport{{passed, failed, advisory}};

        previewCleanly();
        QVERIFY(m_controller->execute(QStringLiteral("REPLACE 6 WINDOWS")).ok());
        m_engine->runToEnd();
        QSignalSpy verified(m_controller, &BackfillController::verified);
        QSignalSpy problems(m_controller, &BackfillController::problem);
        QSignalSpy log(m_controller, &BackfillController::logMessage);
        QVERIFY(m_controller->canVerify());
        m_controller->verifyStoredRange();
        QTRY_COMPARE(verified.size(), 1);
        QCOMPARE(m_controller->state(), State::Executed);
        const ReconcileRequest &request = m_engine->verifyRequests.constFirst();
        QCOMPARE(request.from, YearMonth(2025, 5));
        QCOMPARE(request.to, YearMonth(2025, 7));
        QCOMPARE(request.coverageThrough, QDate(2025, 8, 9));
        QCOMPARE(request.configuredBusinessUnits, Units);
        QCOMPARE(m_engine->verifiedUnits.constFirst(), Units);
        QCOMPARE(problems.size(), 1); // the integrity failure, not the advisory one
        QStringList lines;
        for (const auto &entry : log)
            lines.append(entry.at(0).toString());
        const QString text = lines.join(u'\n');
        QVERIFY(text.contains(QStringLiteral("PASS completeness: every day fetched")));
        QVERIFY(text.contains(
            QStringLiteral("FAIL duplicates.cost_lines: no duplicate cost lines — 2 duplicate rows")));
        QVERIFY(text.contains(QStringLiteral("WARN ratio-band")));
        QVERIFY(text.contains(QStringLiteral("DevFactory | 2025-06-02")));
        QVERIFY(text.contains(
            QStringLiteral("1 passed, 1 warnings for the analyst, 1 integrity failures of 3 checks")));
    }

    void discardForgetsEverything()
    {
        previewCleanly();
        m_controller->discardPlan();
        QCOMPARE(m_controller->state(), State::Idle);
        QCOMPARE(m_controller->windowsModel()->rowCount(), 0);
        QVERIFY(!m_controller->canExecute());
        QVERIFY(!m_controller->canVerify());
    }
};

QTEST_GUILESS_MAIN(TestBackfillController)
#include "tst_backfillcontroller.moc"
