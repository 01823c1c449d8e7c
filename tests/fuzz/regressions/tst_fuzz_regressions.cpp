#include "FuzzTargets.h"

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

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
