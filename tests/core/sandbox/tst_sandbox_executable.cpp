#include "SandboxHttp.h"
#include "support/TestSupport.h"

#include "core/sandbox/SandboxProfile.h"
#include "core/sandbox/TotalsTable.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace tieout;
using namespace tieout::sandbox;

// The tieout-sandbox executable as scripts use it: first stdout line, --print-totals, exit
// codes, and a clean stop on SIGTERM.
class TestSandboxExecutable final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void servesAndStopsOnSigterm();
    void printTotals();
    void usageErrorExitCode();

private:
    QString m_program;
};

void TestSandboxExecutable::initTestCase()
{
    m_program = test::binaryPath(QStringLiteral("tieout-sandbox"));
    if (!QFile::exists(m_program))
        QSKIP("tieout-sandbox is not built");
}

void TestSandboxExecutable::servesAndStopsOnSigterm()
{
    QProcess process;
    process.start(m_program,
                  {QStringLiteral("--last-day"), QStringLiteral("2025-12-31"), QStringLiteral("--key"),
                   QStringLiteral("Research=sk-ant-admin01-test-research")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10'000);
    const QString first = QString::fromUtf8(process.readLine()).trimmed();
    const QRegularExpression pattern(
        QStringLiteral("^Tieout sandbox listening on (http://127\\.0\\.0\\.1:\\d+)$"));
    const auto match = pattern.match(first);
    QVERIFY2(match.hasMatch(), qPrintable(first));

    test::SandboxHttp http(QUrl(match.captured(1)));
    QCOMPARE(
        http.get(QStringLiteral("/v1/organizations/workspaces"), QString(), "sk-ant-admin01-test-research")
            .status,
        200);
    QCOMPARE(
        http.get(QStringLiteral("/v1/organizations/workspaces"), QString(), "sk-ant-admin01-sandbox-research")
            .status,
        401);
    QCOMPARE(http.get(QStringLiteral("/v1/organizations/workspaces"), QString(),
                      "sk-ant-admin01-sandbox-education")
                 .status,
             200);

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QLatin1String("stopping")));
}

void TestSandboxExecutable::printTotals()
{
    QProcess process;
    process.start(m_program, {QStringLiteral("--print-totals"), QStringLiteral("--from"),
                              QStringLiteral("2025-01"), QStringLiteral("--to"), QStringLiteral("2025-02"),
                              QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY(process.waitForFinished(30'000));
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    SandboxProfile profile = SandboxProfile::demo();
    profile.seed = 5;
    QCOMPARE(out, TotalsTable::render(profile, YearMonth(2025, 1), YearMonth(2025, 2)));
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("business_unit,month,usage_rows,cost_lines,billed_usd"));
    QCOMPARE(lines.size(), 1 + 2 * 4); // 3 BUs and a TOTAL per month
    QVERIFY(lines.at(1).startsWith(QLatin1String("DevFactory,2025-01,")));
    QVERIFY(QRegularExpression(QStringLiteral(",\\d+\\.\\d{9}$")).match(lines.at(1)).hasMatch());
}

void TestSandboxExecutable::usageErrorExitCode()
{
    QProcess process;
    process.start(m_program, {QStringLiteral("--profile"), QStringLiteral("nope")});
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QLatin1String("nope")));
}

QTEST_GUILESS_MAIN(TestSandboxExecutable)
#include "tst_sandbox_executable.moc"
