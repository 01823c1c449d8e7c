#include "core/report/ReconcileRunCache.h"

#include <QTest>

using namespace tieout;

// The tie-out's cache of computed ranges: exact-range hits only, least recently used out first,
// bounded by the rows its results hold and by a count, the newest always kept, cleared whole.
class TestReconcileRunCache final : public QObject
{
    Q_OBJECT

private slots:
    void findsOnlyTheExactRange();
    void replacesTheResultOfARange();
    void evictsTheLeastRecentlyUsedOverTheRowBudget();
    void evictsOverTheEntryLimit();
    void keepsTheNewestEvenOverBudget();
    void clearForgetsEverything();
};

namespace {

const YearMonth Jan(2025, 1);
const YearMonth Mar(2025, 3);
const YearMonth Jun(2025, 6);
const YearMonth Dec(2025, 12);

std::shared_ptr<const ReconcileRun> runOf(qint64 costLines, qint64 usageRows)
{
    auto run = std::make_shared<ReconcileRun>();
    run->costLines = costLines;
    run->usageRows = usageRows;
    return run;
}

} // namespace

void TestReconcileRunCache::findsOnlyTheExactRange()
{
    ReconcileRunCache cache;
    const auto year = runOf(10, 5);
    cache.insert(Jan, Dec, year);
    QCOMPARE(cache.find(Jan, Dec), year);
    QVERIFY(!cache.find(Jan, Jun)); // a sub-range is a different tie-out (coverage, totals)
    QVERIFY(!cache.find(Mar, Dec));
    QCOMPARE(cache.size(), 1);
    QCOMPARE(cache.rows(), 15);
}

void TestReconcileRunCache::replacesTheResultOfARange()
{
    ReconcileRunCache cache;
    cache.insert(Jan, Mar, runOf(10, 10));
    const auto newer = runOf(30, 0);
    cache.insert(Jan, Mar, newer);
    QCOMPARE(cache.size(), 1);
    QCOMPARE(cache.rows(), 30);
    QCOMPARE(cache.find(Jan, Mar), newer);
    cache.insert(Jan, Mar, nullptr); // nothing to keep: the old result stays
    QCOMPARE(cache.find(Jan, Mar), newer);
}

void TestReconcileRunCache::evictsTheLeastRecentlyUsedOverTheRowBudget()
{
    ReconcileRunCache cache(100, 10);
    cache.insert(Jan, Jan, runOf(40, 0));
    cache.insert(Mar, Mar, runOf(40, 0));
    QVERIFY(cache.find(Jan, Jan)); // January is now the most recently used
    cache.insert(Jun, Jun, runOf(0, 40)); // 120 rows > 100: March goes
    QCOMPARE(cache.size(), 2);
    QCOMPARE(cache.rows(), 80);
    QVERIFY(cache.find(Jan, Jan));
    QVERIFY(cache.find(Jun, Jun));
    QVERIFY(!cache.find(Mar, Mar));
}

void TestReconcileRunCache::evictsOverTheEntryLimit()
{
    ReconcileRunCache cache(1'000, 2);
    cache.insert(Jan, Jan, runOf(1, 1));
    cache.insert(Mar, Mar, runOf(1, 1));
    cache.insert(Jun, Jun, runOf(1, 1));
    QCOMPARE(cache.size(), 2);
    QCOMPARE(cache.rows(), 4);
    QVERIFY(!cache.find(Jan, Jan));
}

void TestReconcileRunCache::keepsTheNewestEvenOverBudget()
{
    ReconcileRunCache cache(100, 10);
    cache.insert(Jan, Jan, runOf(10, 0));
    const auto huge = runOf(500, 500);
    cache.insert(Jan, Dec, huge);
    QCOMPARE(cache.size(), 1);
    QCOMPARE(cache.find(Jan, Dec), huge);
    QCOMPARE(cache.rows(), 1'000);
}

void TestReconcileRunCache::clearForgetsEverything()
{
    ReconcileRunCache cache;
    cache.insert(Jan, Jan, runOf(1, 2));
    cache.insert(Jan, Dec, runOf(3, 4));
    cache.clear();
    QCOMPARE(cache.size(), 0);
    QCOMPARE(cache.rows(), 0);
    QVERIFY(!cache.find(Jan, Jan));
    QVERIFY(!cache.find(Jan, Dec));
}

QTEST_GUILESS_MAIN(TestReconcileRunCache)
#include "tst_reconcileruncache.moc"
