#include "core/money/YearMonth.h"
#include "core/sandbox/SandboxProfile.h"
#include "core/sandbox/SyntheticOrganization.h"
#include "core/store/StoreTestSupport.h"
#include "support/DemoConfig.h"
#include "support/SandboxProcess.h"

#include <QFile>
#include <QTest>

#include <memory>

using namespace tieout;
using namespace tieout::test;

// The analyst's sign-off, end to end: a 4-month, 3-BU backfill from the sandbox, then the recon
// export ties every month's TOTAL to the sandbox's own billed sum exactly, BU rows foot to the
// TOTAL in every amount column, an override target gets its rows, verify passes, and SQLite and
// PostgreSQL give byte-identical exports in all three formats.
class TestCliReconcile final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reconTiesToTheBillAndFoots();
    void enginesExportIdenticalFiles_data();
    void enginesExportIdenticalFiles();

private:
    QByteArray exportFrom(const QString &databaseUrl, const QString &format);
    static qint64 cents(const QString &text);

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QString m_config;
    QString m_overrideKey;
    std::unique_ptr<StoreFixture> m_sqlite;
    std::unique_ptr<StoreFixture> m_postgres;
};

static const QString From = QStringLiteral("2025-07");
static const QString To = QStringLiteral("2025-10");
static const QString LastDay = QStringLiteral("2026-06-30");

void TestCliReconcile::initTestCase()
{
    QVERIFY2(m_sandbox.start({QStringLiteral("--profile"), QStringLiteral("demo"), QStringLiteral("--last-day"), LastDay}),
             qPrintable(m_sandbox.error()));
    m_config = writeDemoConfig(m_dir, m_sandbox.baseUrl());

    // One of DevFactory's keys belongs to a BU that has no admin key of its own.
    sandbox::SandboxProfile profile = sandbox::SandboxProfile::demo();
    const sandbox::SyntheticOrganization devFactory(profile, profile.businessUnits.constFirst());
    m_overrideKey = devFactory.apiKeys().constFirst().id;
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    file.close();
    const QByteArray overrides = QByteArray("\"bu_overrides\": [{\"api_key_id\": \"") + m_overrideKey.toUtf8()
                                 + QByteArray("\", \"bu\": \"Marketing\"}], \"business_units\"");
    json.replace(QByteArray("\"business_units\""), overrides);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json);
    file.close();

    m_sqlite = std::make_unique<StoreFixture>(QStringLiteral("sqlite"), false);
    QVERIFY2(m_sqlite->isValid(), qPrintable(m_sqlite->error()));
    CliRunner runner = demoRunner(m_config);
    runner.setDatabaseUrl(m_sqlite->url().toString());
    const QStringList backfill{QStringLiteral("backfill"), QStringLiteral("--from"), From, QStringLiteral("--to"), To,
                               QStringLiteral("--execute")};
    const CliRun run = runner.run(backfill);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    if (!postgresTestUrl().isEmpty()) {
        m_postgres = std::make_unique<StoreFixture>(QStringLiteral("postgres"), false);
        QVERIFY2(m_postgres->isValid(), qPrintable(m_postgres->error()));
        runner.setDatabaseUrl(m_postgres->url().toString());
        const CliRun pg = runner.run(backfill);
        QVERIFY2(pg.exitCode == 0, qPrintable(pg.err));
    }
}

qint64 TestCliReconcile::cents(const QString &text)
{
    const qsizetype point = text.indexOf(u'.');
    if (point < 0 || text.size() - point != 3)
        qFatal("not a 2-decimal amount: %s", qPrintable(text));
    const bool negative = text.startsWith(u'-');
    const qint64 whole = text.left(point).toLongLong();
    const qint64 fraction = text.mid(point + 1).toLongLong();
    return whole * 100 + (negative || whole < 0 ? -fraction : fraction);
}

QByteArray TestCliReconcile::exportFrom(const QString &databaseUrl, const QString &format)
{
    const QString out = m_dir.filePath(QStringLiteral("%1-%2.csv").arg(format).arg(qHash(databaseUrl)));
    CliRunner runner = demoRunner(m_config);
    runner.setDatabaseUrl(databaseUrl);
    const CliRun run = runner.run({QStringLiteral("export"), QStringLiteral("--from"), From, QStringLiteral("--to"), To,
                                   QStringLiteral("--format"), format, QStringLiteral("--out"), out});
    if (run.exitCode != 0)
        qFatal("export failed: %s", qPrintable(run.err));
    QFile file(out);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no export file");
    return file.readAll();
}

void TestCliReconcile::reconTiesToTheBillAndFoots()
{
    const QByteArray csv = exportFrom(m_sqlite->url().toString(), QStringLiteral("recon"));
    QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.endsWith("\r\n"));
    QCOMPARE(csv.count("\r\n"), csv.count('\n')); // every line ends in CRLF
    QList<QStringList> rows;
    for (const QByteArray &line : csv.split('\n')) {
        if (!line.isEmpty())
            rows.append(QString::fromUtf8(line.chopped(1)).split(u','));
    }
    QCOMPARE(rows.takeFirst().join(u','),
             QStringLiteral("month,business_unit,billed_usd,list_price_usd,difference_usd,list_to_billed_ratio,"
                            "unpriced_billed_usd,fallback_allocated_usd,status"));
    const QStringList expectedBus{QStringLiteral("DevFactory"), QStringLiteral("Education"), QStringLiteral("Marketing"),
                                  QStringLiteral("Research"), QStringLiteral("TOTAL")};
    const QList<YearMonth> months = YearMonth::range(*YearMonth::parse(From), *YearMonth::parse(To));
    QCOMPARE(rows.size(), months.size() * expectedBus.size());

    sandbox::SandboxProfile profile = sandbox::SandboxProfile::demo();
    profile.lastDay = QDate::fromString(LastDay, Qt::ISODate);
    for (qsizetype m = 0; m < months.size(); ++m) {
        const QList<QStringList> block = rows.mid(m * expectedBus.size(), expectedBus.size());
        QStringList bus;
        for (const QStringList &row : block) {
            QCOMPARE(row.at(0), months[m].toString());
            bus.append(row.at(1));
        }
        QCOMPARE(bus, expectedBus);
        // TOTAL billed = the sandbox's own bill for the month, rounded half-even to the cent.
        Money billed;
        for (const auto &unit : profile.businessUnits)
            billed += sandbox::SyntheticOrganization(profile, unit)
                          .totals({months[m].firstDay(), months[m].next().firstDay()})
                          .billed;
        QCOMPARE(block.last().at(2), billed.toDecimalString(2));
        // Every amount column foots; difference is list - billed of the printed values.
        for (int column : {2, 3, 4, 6, 7}) {
            qint64 sum = 0;
            for (qsizetype i = 0; i + 1 < block.size(); ++i)
                sum += cents(block.at(i).at(column));
            QCOMPARE(sum, cents(block.last().at(column)));
        }
        for (const QStringList &row : block)
            QCOMPARE(cents(row.at(4)), cents(row.at(3)) - cents(row.at(2)));
        QVERIFY(block.at(2).at(2) != QLatin1String("0.00")); // Marketing got the overridden key's dollars
    }

    CliRunner runner = demoRunner(m_config);
    runner.setDatabaseUrl(m_sqlite->url().toString());
    const CliRun verify = runner.run({QStringLiteral("verify"), QStringLiteral("--from"), From, QStringLiteral("--to"), To});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    QVERIFY(verify.out.contains(QLatin1String("PASS  allocation_ties")));
    QVERIFY(verify.out.contains(QLatin1String("Result: PASS")));
}

void TestCliReconcile::enginesExportIdenticalFiles_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("recon") << QStringLiteral("recon");
    QTest::newRow("detail") << QStringLiteral("detail");
    QTest::newRow("focus") << QStringLiteral("focus");
}

void TestCliReconcile::enginesExportIdenticalFiles()
{
    QFETCH(QString, format);
    if (!m_postgres)
        QSKIP(postgresSkipMessage());
    const QByteArray sqlite = exportFrom(m_sqlite->url().toString(), format);
    const QByteArray postgres = exportFrom(m_postgres->url().toString(), format);
    QVERIFY(sqlite.count('\n') > 10);
    QCOMPARE(postgres, sqlite);
}

QTEST_GUILESS_MAIN(TestCliReconcile)
#include "tst_cli_reconcile.moc"
