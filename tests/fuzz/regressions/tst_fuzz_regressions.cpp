#include "FuzzTargets.h"

#include "core/money/Money.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace tieout;

// Replays every committed fuzz input — the seed corpus and each input that once made a fuzzer
// fail — through the same target functions libFuzzer runs, in every build (gcc, ASan + UBSan).
// A target aborts on a property violation, so a regression shows up here even where clang and
// libFuzzer are not available.
class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private slots:
    void everyTargetHasASeedCorpus_data();
    void everyTargetHasASeedCorpus();
    void corpus_data();
    void corpus();
    void moneyAtTheLimits_data();
    void moneyAtTheLimits();
    void exponentIsStrict_data();
    void exponentIsStrict();
};

namespace {

QString corpusDir(const char *target)
{
    return QStringLiteral(TIEOUT_TEST_DATA_DIR "/fuzz/") + QLatin1String(target);
}

} // namespace

void TestFuzzRegressions::everyTargetHasASeedCorpus_data()
{
    QTest::addColumn<QString>("dir");
    for (const fuzz::Target &target : fuzz::Targets)
        QTest::newRow(target.name) << corpusDir(target.name);
}

void TestFuzzRegressions::everyTargetHasASeedCorpus()
{
    QFETCH(QString, dir);
    QDirIterator files(dir, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY2(files.hasNext(), qPrintable(dir + QStringLiteral(" holds no seed inputs")));
}

void TestFuzzRegressions::corpus_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path");
    for (int i = 0; i < int(std::size(fuzz::Targets)); ++i) {
        const QString dir = corpusDir(fuzz::Targets[i].name);
        QStringList paths;
        QDirIterator files(dir, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext())
            paths.append(files.next());
        paths.sort();
        for (const QString &path : std::as_const(paths)) {
            const QString tag = QLatin1String(fuzz::Targets[i].name) + u'/' + QDir(dir).relativeFilePath(path);
            QTest::newRow(qPrintable(tag)) << i << path;
        }
    }
}

void TestFuzzRegressions::corpus()
{
    QFETCH(int, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray input = file.readAll();
    // Aborts with "fuzz <target>: property violated: …" when the input breaks a property.
    QCOMPARE(fuzz::Targets[target].run(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size())), 0);
}

// Found by fuzz_money (seed 9223372036.854775807) and fuzz_csv: rounding an amount within half a
// unit of the qint64 limits overflowed (UB) in Money::roundNanosHalfEven, so toDecimalString
// printed garbage. The text must be the exact rounded value; roundNanosHalfEven, whose result
// must fit in 64 bits, takes the nearest multiple towards zero.
void TestFuzzRegressions::moneyAtTheLimits_data()
{
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("rounded");
    const qint64 max = std::numeric_limits<qint64>::max();
    const qint64 min = std::numeric_limits<qint64>::min();
    QTest::newRow("max, whole dollars") << max << 0 << "9223372037" << qint64(9'223'372'036'000'000'000);
    QTest::newRow("max, cents") << max << 2 << "9223372036.85" << qint64(9'223'372'036'850'000'000);
    QTest::newRow("max, 8 decimals") << max << 8 << "9223372036.85477581" << qint64(9'223'372'036'854'775'800);
    QTest::newRow("max, 9 decimals") << max << 9 << "9223372036.854775807" << max;
    QTest::newRow("min, whole dollars") << min << 0 << "-9223372037" << qint64(-9'223'372'036'000'000'000);
    QTest::newRow("min, cents") << min << 2 << "-9223372036.85" << qint64(-9'223'372'036'850'000'000);
    QTest::newRow("min, 9 decimals") << min << 9 << "-9223372036.854775808" << min;
    QTest::newRow("half cent rounds to even") << qint64(5'000'000) << 2 << "0.00" << qint64(0);
    QTest::newRow("negative half cent to even") << qint64(-15'000'000) << 2 << "-0.02" << qint64(-20'000'000);
}

void TestFuzzRegressions::moneyAtTheLimits()
{
    QFETCH(qint64, nanos);
    QFETCH(int, decimals);
    QFETCH(QString, text);
    QFETCH(qint64, rounded);
    QCOMPARE(Money::fromNanos(nanos).toDecimalString(decimals), text);
    QCOMPARE(Money::roundNanosHalfEven(nanos, decimals), rounded);
}

// Found by fuzz_money (tests/data/fuzz/money/regression-exponent-nul): the exponent went through
// QStringView::toLongLong, which stops at a NUL and skips whitespace, so "1e+0\0\05" was read as 1.
void TestFuzzRegressions::exponentIsStrict_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("nanos");
    QTest::newRow("NUL inside the exponent") << QString::fromUtf16(u"1e+0\0\0" "5", 7) << false << qint64(0);
    QTest::newRow("NUL after the exponent") << QString::fromUtf16(u"1e2\0", 4) << false << qint64(0);
    QTest::newRow("tab before exponent digits") << QStringLiteral("1e\t5") << false << qint64(0);
    QTest::newRow("line feed before exponent digits") << QStringLiteral("1e\n5") << false << qint64(0);
    QTest::newRow("space inside the exponent") << QStringLiteral("1e 5") << false << qint64(0);
    QTest::newRow("sign without digits") << QStringLiteral("1e+") << false << qint64(0);
    QTest::newRow("two signs") << QStringLiteral("1e+-5") << false << qint64(0);
    QTest::newRow("non-ASCII digit") << QString::fromUtf16(u"1e\u0665") << false << qint64(0);
    QTest::newRow("positive exponent") << QStringLiteral("1.5e+2") << true << qint64(150'000'000'000);
    QTest::newRow("negative exponent") << QStringLiteral("25E-2") << true << qint64(250'000'000);
    QTest::newRow("leading zeros") << QStringLiteral("1e0003") << true << qint64(1'000'000'000'000);
    QTest::newRow("huge exponent") << QStringLiteral("1e99999999999999999999") << false << qint64(0);
    QTest::newRow("tiny exponent") << QStringLiteral("0e-99999999999999999999") << false << qint64(0);
}

void TestFuzzRegressions::exponentIsStrict()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(qint64, nanos);
    const auto parsed = Money::parseDollars(text);
    QCOMPARE(parsed.ok(), accepted);
    if (accepted)
        QCOMPARE(parsed->nanos, nanos);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
