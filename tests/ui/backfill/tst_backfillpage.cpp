// The Backfill page end to end: a real sandbox Admin API on loopback, a real SQLite store in a
// temporary folder, the product's engine (BackfillRunner over a ClientPool), driven through the
// page's own buttons and the confirm dialog.
#include "core/backfill/ClientPool.h"
#include "core/common/Clock.h"
#include "core/config/AdminKeyResolver.h"
#include "core/sandbox/SandboxServer.h"
#include "core/store/Database.h"
#include "core/store/DatabaseUrl.h"
#include "ui/backfill/BackfillPage.h"
#include "ui/backfill/BackfillWindowsModel.h"
#include "ui/backfill/ConfirmReplaceDialog.h"
#include "ui/backfill/RunnerBackfillEngine.h"
#include "ui/common/MonthEdit.h"
#include "ui/settings/UiSettings.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tieout;
using tieout::ui::BackfillController;
using tieout::ui::BackfillPage;
using tieout::ui::BackfillWindowsModel;
using tieout::ui::ConfirmReplaceDialog;
using State = tieout::ui::BackfillController::State;

namespace {

constexpr int RunTimeoutMs = 120'000;

// The store file and its write-ahead log, as bytes: "nothing was written" means these are equal.
QByteArray fileChecksum(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            hash.addData(&f);
        hash.addData(QByteArrayView("|"));
    }
    return hash.result().toHex();
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("TIEOUT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace

class TestBackfillPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2025, 8, 10), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<sandbox::SandboxServer> m_server;
    AppConfig m_config;
    QProcessEnvironment m_environment;
    QString m_databasePath;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxProfile::demo());
        auto port = m_server->listen();
        QVERIFY2(port.ok(), port.ok() ? "" : qPrintable(port.error().message()));
        for (const QString &name : {QStringLiteral("DevFactory"), QStringLiteral("Education")}) {
            BusinessUnitConfig unit;
            unit.name = name;
            unit.apiBaseUrl = m_server->baseUrl();
            const QString variable = name.toUpper() + QStringLiteral("_ADMIN_KEY");
            unit.adminKey = SecretRef{SecretRef::Kind::Environment, variable};
            m_environment.insert(variable, sandbox::SandboxProfile::defaultAdminKey(name));
            m_config.businessUnits.append(unit);
        }
        m_databasePath = m_dir.filePath(QStringLiteral("tieout.sqlite"));
    }

    void previewCancelExecuteVerify()
    {
        auto opened = Database::open(DatabaseUrl::sqlite(m_databasePath));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message()));
        std::shared_ptr<Database> database(std::move(*opened));
        database->closeThreadConnection();

        QNetworkAccessManager network;
        AdminKeyResolver resolver(m_environment, nullptr);
        backfill::ClientPool clients(&network, &resolver);
        ui::RunnerBackfillEngine engine(&clients, m_clock);
        engine.setDatabase(database, DatabaseUrl::sqlite(m_databasePath).describe());
        ui::UiSettings settings(m_dir.filePath(QStringLiteral("ui.ini")));

        BackfillPage page(&engine, &m_clock, m_config, &settings);
        page.resize(1280, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        BackfillController *controller = page.controller();

        page.findChild<ui::MonthEdit *>(QStringLiteral("backfillFromMonth"))->setMonth(YearMonth(2025, 6));
        page.findChild<ui::MonthEdit *>(QStringLiteral("backfillToMonth"))->setMonth(YearMonth(2025, 7));
        auto *execute = page.findChild<QPushButton *>(QStringLiteral("backfillExecuteButton"));
        QVERIFY(!execute->isEnabled());

        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("backfillPlanButton")),
                          Qt::LeftButton);
        QCOMPARE(controller->state(), State::Planned);
        QCOMPARE(controller->windowsModel()->rowCount(), 4);
        screenshot(&page, QStringLiteral("backfill-plan"));

        // Preview: read-only. The store file does not change.
        const QByteArray before = fileChecksum(m_databasePath);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("backfillPreviewButton")),
                          Qt::LeftButton);
        QCOMPARE(controller->state(), State::Previewing);
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), State::Previewed, RunTimeoutMs);
        QVERIFY2(controller->canExecute(), qPrintable(page.findChild<QPlainTextEdit *>()->toPlainText()));
        QVERIFY(execute->isEnabled());
        const auto confirmation = *controller->confirmation();
        QCOMPARE(confirmation.windowCount, 4);
        QCOMPARE(confirmation.rowsToDelete, 0); // empty store
        QVERIFY(confirmation.rowsToInsert > 0);
        QVERIFY(confirmation.billedAfter > Money());
        QCOMPARE(fileChecksum(m_databasePath), before);
        auto *progress = page.findChild<QProgressBar *>(QStringLiteral("backfillProgress"));
        QCOMPARE(progress->value(), 4);
        screenshot(&page, QStringLiteral("backfill-preview"));

        // Execute… then Cancel: nothing is written.
        QTest::mouseClick(execute, Qt::LeftButton);
        auto *dialog = page.findChild<ConfirmReplaceDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->confirmationPhrase(), QStringLiteral("REPLACE 4 WINDOWS"));
        QVERIFY(!dialog->confirmButton()->isEnabled());
        QTest::keyClicks(dialog->phraseEdit(), QStringLiteral("REPLACE 4 WINDOWS"));
        QVERIFY(dialog->confirmButton()->isEnabled());
        screenshot(dialog, QStringLiteral("backfill-confirm"));
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(page.findChild<ConfirmReplaceDialog *>() == nullptr);
        QTest::qWait(200); // give anything that would (wrongly) start a chance to
        QCOMPARE(controller->state(), State::Previewed);
        QVERIFY(!engine.isRunning());
        QCOMPARE(fileChecksum(m_databasePath), before);

        // Execute… confirmed: the windows are replaced, one transaction each.
        QTest::mouseClick(execute, Qt::LeftButton);
        dialog = page.findChild<ConfirmReplaceDialog *>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->phraseEdit(), dialog->confirmationPhrase());
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QCOMPARE(controller->state(), State::Executing);
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("backfillCancelButton"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("backfillPreviewButton"))->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), State::Executed, RunTimeoutMs);
        const QString log = page.findChild<QPlainTextEdit *>(QStringLiteral("backfillLog"))->toPlainText();
        QVERIFY2(!controller->lastSummary().firstError(), qPrintable(log));
        QCOMPARE(controller->lastSummary().windowsDone(), 4);
        QVERIFY(log.contains(QStringLiteral("MONTH 2025-06 BU DevFactory done: fetched=")));
        QVERIFY(log.contains(QStringLiteral("MONTH 2025-07 BU Education done: fetched=")));
        for (int row = 0; row < 4; ++row)
            QCOMPARE(controller->windowsModel()->state(row), BackfillWindowsModel::WindowState::Replaced);
        QCOMPARE(controller->windowsModel()->report(0)->inserted,
                 controller->windowsModel()->report(0)->fetched);
        QVERIFY(fileChecksum(m_databasePath) != before);
        QCOMPARE(progress->value(), 4);

        // Verify: the store checks over what was just written pass.
        auto *verify = page.findChild<QPushButton *>(QStringLiteral("backfillVerifyButton"));
        QVERIFY(verify->isEnabled());
        QSignalSpy verified(controller, &BackfillController::verified);
        QTest::mouseClick(verify, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, RunTimeoutMs);
        const VerifyReport report = controller->lastVerify();
        QVERIFY(report.checks.size() > 5);
        for (const VerifyCheck &check : report.checks)
            QVERIFY2(!check.fails(), qPrintable(check.id + QStringLiteral(": ") + check.summary));
        QVERIFY(report.passed());
        screenshot(&page, QStringLiteral("backfill-executed"));

        // A second preview converges: nothing differs any more.
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("backfillPreviewButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), State::Previewed, RunTimeoutMs);
        QVERIFY(controller->confirmation().has_value());
        QCOMPARE(controller->confirmation()->rowsRemoved, 0);
        QCOMPARE(controller->confirmation()->rowsAdded, 0);
        QCOMPARE(controller->confirmation()->changedWindowCount, 0);
    }

    void selectionChangeDiscardsThePreview()
    {
        QNetworkAccessManager network;
        AdminKeyResolver resolver(m_environment, nullptr);
        backfill::ClientPool clients(&network, &resolver);
        ui::RunnerBackfillEngine engine(&clients, m_clock);
        ui::UiSettings settings(m_dir.filePath(QStringLiteral("ui2.ini")));
        BackfillPage page(&engine, &m_clock, m_config, &settings);

        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("backfillPlanButton")),
                          Qt::LeftButton);
        QCOMPARE(page.controller()->state(), State::Planned);
        page.findChild<ui::MonthEdit *>(QStringLiteral("backfillFromMonth"))->setMonth(YearMonth(2025, 1));
        QCOMPARE(page.controller()->state(), State::Idle);

        // Without a database the preview is refused with a message, not attempted.
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("backfillPreviewButton")),
                          Qt::LeftButton);
        QCOMPARE(page.controller()->state(), State::Planned);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("backfillProblem"))->isVisibleTo(&page));
    }
};

QTEST_MAIN(TestBackfillPage)
#include "tst_backfillpage.moc"
