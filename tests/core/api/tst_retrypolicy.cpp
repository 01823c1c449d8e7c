#include "core/api/RetryPolicy.h"

#include <QTest>

#include <limits>

using tieout::api::RetryPolicy;
using namespace std::chrono_literals;

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void retryableStatus_data();
    void retryableStatus();
    void backoffGrowsAndCaps_data();
    void backoffGrowsAndCaps();
    void jitterStaysWithinCeiling_data();
    void jitterStaysWithinCeiling();
    void jitterSpreadsDelays();
    void retryAfterIsAFloor_data();
    void retryAfterIsAFloor();
};

void TestRetryPolicy::retryableStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("429 rate limit") << 429 << true;
    QTest::newRow("500 api_error") << 500 << true;
    QTest::newRow("502 bad gateway") << 502 << true;
    QTest::newRow("503 unavailable") << 503 << true;
    QTest::newRow("504 timeout") << 504 << true;
    QTest::newRow("529 overloaded") << 529 << true;
    QTest::newRow("400 invalid_request") << 400 << false;
    QTest::newRow("401 authentication") << 401 << false;
    QTest::newRow("403 permission") << 403 << false;
    QTest::newRow("404 not_found") << 404 << false;
    QTest::newRow("413 too large") << 413 << false;
    QTest::newRow("501 not implemented") << 501 << false;
    QTest::newRow("200 ok") << 200 << false;
    QTest::newRow("301 redirect") << 301 << false;
}

void TestRetryPolicy::retryableStatus()
{
    QFETCH(int, status);
    QFETCH(bool, retryable);
    QCOMPARE(RetryPolicy::isRetryableStatus(status), retryable);
}

void TestRetryPolicy::backoffGrowsAndCaps_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("ceilingMs");
    // base 500 ms, cap 30 s (the defaults)
    QTest::newRow("first retry") << 1 << qint64(500);
    QTest::newRow("second") << 2 << qint64(1000);
    QTest::newRow("third") << 3 << qint64(2000);
    QTest::newRow("sixth") << 6 << qint64(16000);
    QTest::newRow("seventh reaches the cap") << 7 << qint64(30000);
    QTest::newRow("far beyond does not overflow") << 1000 << qint64(30000);
    QTest::newRow("int max does not overflow") << std::numeric_limits<int>::max() << qint64(30000);
}

void TestRetryPolicy::backoffGrowsAndCaps()
{
    QFETCH(int, attempt);
    QFETCH(qint64, ceilingMs);
    const RetryPolicy policy;
    QCOMPARE(policy.backoffCeiling(attempt).count(), ceilingMs);
    // The largest random draw lands on the ceiling itself, the smallest on zero.
    QCOMPARE(policy.delayFor(attempt, std::nullopt, quint64(ceilingMs)).count(), ceilingMs);
    QCOMPARE(policy.delayFor(attempt, std::nullopt, 0).count(), qint64(0));
}

void TestRetryPolicy::jitterStaysWithinCeiling_data()
{
    QTest::addColumn<int>("attempt");
    for (int attempt = 1; attempt <= 10; ++attempt)
        QTest::addRow("attempt %d", attempt) << attempt;
}

void TestRetryPolicy::jitterStaysWithinCeiling()
{
    QFETCH(int, attempt);
    RetryPolicy policy;
    policy.baseDelay = 100ms;
    policy.maxDelay = 5000ms;
    const qint64 ceiling = policy.backoffCeiling(attempt).count();
    quint64 bits = 0x9E3779B97F4A7C15ull;
    for (int i = 0; i < 2000; ++i) {
        bits = bits * 6364136223846793005ull + 1442695040888963407ull;
        const qint64 delay = policy.delayFor(attempt, std::nullopt, bits).count();
        QVERIFY2(delay >= 0 && delay <= ceiling, qPrintable(QStringLiteral("%1 outside [0, %2]").arg(delay).arg(ceiling)));
    }
    QVERIFY(policy.delayFor(attempt, std::nullopt, std::numeric_limits<quint64>::max()).count() <= ceiling);
}

void TestRetryPolicy::jitterSpreadsDelays()
{
    // Clients that failed together must not retry together: different draws, different delays.
    const RetryPolicy policy;
    QSet<qint64> delays;
    for (quint64 bits = 0; bits < 64; ++bits)
        delays.insert(policy.delayFor(3, std::nullopt, bits * 977).count());
    QVERIFY2(delays.size() > 32, qPrintable(QString::number(delays.size())));
}

void TestRetryPolicy::retryAfterIsAFloor_data()
{
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<quint64>("randomBits");
    QTest::addColumn<qint64>("expectedMs");
    // base 500 ms, cap 30 s; attempt 1 ceiling = 500 ms
    QTest::newRow("floor above the jitter") << 1 << quint64(0) << qint64(1000);
    QTest::newRow("floor of two seconds") << 2 << quint64(499) << qint64(2000);
    QTest::newRow("zero means no floor") << 0 << quint64(321) << qint64(321);
    QTest::newRow("negative is ignored") << -5 << quint64(321) << qint64(321);
    QTest::newRow("huge header capped at 4 x maxDelay") << 86400 << quint64(0) << qint64(120000);
    QTest::newRow("int max capped") << std::numeric_limits<int>::max() << quint64(0) << qint64(120000);
}

void TestRetryPolicy::retryAfterIsAFloor()
{
    QFETCH(int, retryAfter);
    QFETCH(quint64, randomBits);
    QFETCH(qint64, expectedMs);
    const RetryPolicy policy;
    QCOMPARE(policy.delayFor(1, retryAfter, randomBits).count(), expectedMs);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
