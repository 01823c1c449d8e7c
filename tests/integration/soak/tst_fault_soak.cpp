#include "SoakRun.h"

#include "core/store/StoreTestSupport.h"
#include "core/store/TableChecksum.h"

#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace tieout;
using namespace tieout::test;

// Fault soak (SPEC §2.5, §6, §11): twelve months of all seven BUs of the sandbox's `large`
// profile are backfilled once fault-free and once through every fault the sandbox injects — 429
// with retry-after (honoured), 500, 529, 504, slow and truncated responses and malformed JSON —
// at a high rate. The second database must equal the first exactly, table by table, with no row
// lost or added; the test prints the faults injected and the retries that absorbed them.
// TIEOUT_SOAK_MONTHS (1..12, default 12) shortens it for a quick local run.
class TestFaultSoak final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFaultAtHighRateChangesNothing();

private:
    std::unique_ptr<SandboxThread> m_sandbox;
    QStringList m_units;
};

namespace {

const QStringList Tables{QStringLiteral("cost_lines"), QStringLiteral("usage_lines"), QStringLiteral("productivity"),
                         QStringLiteral("api_keys"), QStringLiteral("workspaces")};
constexpr double FaultRate = 0.35;
constexpr int SlowMs = 200;

api::ClientSettings soakClientSettings()
{
    api::ClientSettings settings;
    // Quick retries keep the soak short; maxDelay × 4 still covers retry-after: 1, so the 429s'
    // full second is honoured (RetryPolicy::delayFor).
    settings.retry.baseDelay = std::chrono::milliseconds(10);
    settings.retry.maxDelay = std::chrono::milliseconds(250);
    settings.retry.jitterSeed = 7;
    settings.requestTimeoutMs = 30'000;
    return settings;
}

QMap<QString, QByteArray> checksums(StoreFixture &store)
{
    QMap<QString, QByteArray> sums;
    for (const QString &table : Tables) {
        const auto sum = tableChecksum(store.db(), table);
        if (!sum)
            qFatal("%s", qPrintable(sum.error().message()));
        sums.insert(table, *sum);
    }
    return sums;
}

qint64 count(StoreFixture &store, const QString &table)
{
    QSqlQuery query(store.db());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        qFatal("cannot count %s", qPrintable(table));
    return query.value(0).toLongLong();
}

// Every (BU, day, endpoint) recorded as fetched, with its row count; fetched_at differs by run.
QStringList coverage(StoreFixture &store)
{
    QSqlQuery query(store.db());
    if (!query.exec(QStringLiteral("SELECT bu, date, endpoint, row_count FROM fetch_coverage")))
        qFatal("cannot read fetch_coverage");
    QStringList rows;
    while (query.next())
        rows.append(QStringList{query.value(0).toString(), query.value(1).toString().left(10), query.value(2).toString(),
                                query.value(3).toString()}
                        .join(u' '));
    rows.sort();
    return rows;
}

QString firstError(const backfill::RunSummary &summary)
{
    const auto error = summary.firstError();
    return error ? error->message() : QString();
}

int soakMonths()
{
    const int months = qEnvironmentVariableIntValue("TIEOUT_SOAK_MONTHS");
    return months >= 1 && months <= 12 ? months : 12;
}

} // namespace

void TestFaultSoak::initTestCase()
{
    sandbox::SandboxProfile profile = sandbox::SandboxProfile::large();
    profile.lastDay = QDate(2025, 12, 31);
    for (const sandbox::SandboxBusinessUnit &unit : std::as_const(profile.businessUnits))
        m_units.append(unit.name);
    QCOMPARE(m_units.size(), qsizetype(7));
    m_sandbox = std::make_unique<SandboxThread>(profile);
}

void TestFaultSoak::everyFaultAtHighRateChangesNothing()
{
    const YearMonth from(2025, 1);
    const int months = soakMonths();
    const YearMonth to(2025, months);
    StoreFixture clean(QStringLiteral("sqlite"));
    StoreFixture faulty(QStringLiteral("sqlite"));
    QVERIFY2(clean.isValid() && faulty.isValid(), qPrintable(clean.error() + faulty.error()));

    const SoakRun reference = runBackfill(m_sandbox->baseUrl(), m_units, from, to, clean.url(), soakClientSettings());
    QVERIFY2(!reference.summary.firstError(), qPrintable(firstError(reference.summary)));
    QCOMPARE(reference.stats.retries, 0);

    QList<sandbox::FaultKind> every;
    for (int kind = 0; kind < sandbox::FaultKindCount; ++kind)
        every.append(static_cast<sandbox::FaultKind>(kind));
    m_sandbox->setFaults(sandbox::FaultSettings{every, FaultRate, SlowMs, 20251123, 3});
    const qint64 servedBefore = m_sandbox->requestCount();
    const SoakRun soak = runBackfill(m_sandbox->baseUrl(), m_units, from, to, faulty.url(), soakClientSettings());
    const sandbox::FaultStats faults = m_sandbox->faultStats();
    const qint64 served = m_sandbox->requestCount() - servedBefore;
    m_sandbox->setFaults({});
    QVERIFY2(!soak.summary.firstError(), qPrintable(firstError(soak.summary)));
    QCOMPARE(soak.summary.windowsDone(), int(m_units.size()) * months);

    // Every fault kind was injected, and every fault that failed a request was retried.
    for (int kind = 0; kind < sandbox::FaultKindCount; ++kind)
        QVERIFY2(faults.byKind[size_t(kind)] > 0, qPrintable(sandbox::faultKindName(sandbox::FaultKind(kind))));
    // Nearly every attempt reached the sandbox, and the counts on both sides tie out. The sandbox
    // may have seen a few more (Qt's network stack resends a GET by itself when a kept-alive
    // connection turns out to have been closed, and a fault drawn for such a lost attempt never
    // reaches the client) or a few fewer (an attempt sent on a connection the sandbox was closing
    // fails as a transport error without being served, and is retried like any other).
    const qint64 unseen = std::max<qint64>(0, served - soak.stats.requests);
    const qint64 lost = std::max<qint64>(0, soak.stats.requests - served);
    QVERIFY2(lost <= soak.stats.retriesTransport && lost * 100 <= soak.stats.requests,
             qPrintable(QStringLiteral("%1 served, %2 sent, %3 transport retries")
                            .arg(served)
                            .arg(soak.stats.requests)
                            .arg(soak.stats.retriesTransport)));
    const qint64 failing = faults.faults - faults.count(sandbox::FaultKind::Slow);
    QVERIFY2(soak.stats.retries <= failing + lost && soak.stats.retries >= failing - unseen,
             qPrintable(QStringLiteral("%1 retries for %2 failing faults (%3 attempts lost, %4 unseen)")
                            .arg(soak.stats.retries)
                            .arg(failing)
                            .arg(lost)
                            .arg(unseen)));
    QVERIFY(soak.stats.retriesRateLimited <= faults.count(sandbox::FaultKind::RateLimited));
    QVERIFY(soak.stats.retriesRateLimited >= faults.count(sandbox::FaultKind::RateLimited) - unseen);

    qint64 rowsClean = 0, rowsLost = 0;
    for (const QString &table : Tables) {
        rowsClean += count(clean, table);
        rowsLost += count(clean, table) - count(faulty, table);
    }
    QCOMPARE(rowsLost, 0);
    QCOMPARE(checksums(faulty), checksums(clean));
    QCOMPARE(coverage(faulty), coverage(clean));

    QStringList byKind;
    for (int kind = 0; kind < sandbox::FaultKindCount; ++kind)
        byKind.append(sandbox::faultKindName(sandbox::FaultKind(kind)) + u'=' + QString::number(faults.byKind[size_t(kind)]));
    qInfo("soak: %d BUs x %d months, %lld rows; fault-free %lld ms, %lld requests; with faults (rate %.2f, slow %d ms) "
          "%lld ms, %lld requests (%lld served), %lld faults injected (%s), %lld spared by the 3-in-a-row cap; retries %lld "
          "(429: %lld, 5xx/529: %lld, transport/truncated/malformed: %lld); rows lost: %lld",
          int(m_units.size()), months, rowsClean, reference.elapsedMs,
          reference.stats.requests, FaultRate, SlowMs, soak.elapsedMs, soak.stats.requests, served, faults.faults,
          qPrintable(byKind.join(QStringLiteral(", "))), faults.sparedByCap, soak.stats.retries,
          soak.stats.retriesRateLimited, soak.stats.retriesServer, soak.stats.retriesTransport, rowsLost);
}

QTEST_GUILESS_MAIN(TestFaultSoak)
#include "tst_fault_soak.moc"
