#include "core/export/CsvWriter.h"

#include <QBuffer>
#include <QTest>

using namespace tieout;

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private slots:
    void textCells_data();
    void textCells();
    void numbersAreNeverGuarded_data();
    void numbersAreNeverGuarded();
    void recordsEndWithCrlfAndNoBom();
    void emptyAndMissingFields();
    void largeOutputIsComplete();
    void writeFailureIsReported();
};

void TestCsvWriter::textCells_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("plain") << "DevFactory" << QByteArray("DevFactory");
    QTest::newRow("spaces kept, unquoted") << " a b " << QByteArray(" a b ");
    QTest::newRow("comma quoted") << "Prod, main" << QByteArray("\"Prod, main\"");
    QTest::newRow("quote doubled") << "CI \"bot\"" << QByteArray("\"CI \"\"bot\"\"\"");
    QTest::newRow("line feed quoted") << "two\nlines" << QByteArray("\"two\nlines\"");
    QTest::newRow("carriage return quoted") << "a\rb" << QByteArray("\"a\rb\"");
    QTest::newRow("utf-8") << QString::fromUtf8("Zürich 東京") << QByteArray("Z\xc3\xbcrich \xe6\x9d\xb1\xe4\xba\xac");
    QTest::newRow("formula =") << "=SUM(A1:A9)" << QByteArray("'=SUM(A1:A9)");
    QTest::newRow("formula +") << "+1" << QByteArray("'+1");
    QTest::newRow("text minus") << "-1.23" << QByteArray("'-1.23");
    QTest::newRow("formula @") << "@cmd" << QByteArray("'@cmd");
    QTest::newRow("leading tab") << "\tx" << QByteArray("'\tx");
    QTest::newRow("leading CR guarded and quoted") << "\rx" << QByteArray("\"'\rx\"");
    QTest::newRow("guard then quote") << "=HYPERLINK(\"x\",1)" << QByteArray("\"'=HYPERLINK(\"\"x\"\",1)\"");
    QTest::newRow("inner = untouched") << "a=b" << QByteArray("a=b");
    QTest::newRow("empty") << "" << QByteArray("");
}

void TestCsvWriter::textCells()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, encoded);
    QCOMPARE(CsvWriter::encodeText(value), encoded);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer);
    csv.text(value).text(u"next");
    csv.endRecord();
    QVERIFY(csv.finish().ok());
    QCOMPARE(buffer.data(), encoded + ",next\r\n");
}

void TestCsvWriter::numbersAreNeverGuarded_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("negative money") << 0 << QByteArray("-1.23");
    QTest::newRow("negative integer") << 1 << QByteArray("-42");
    QTest::newRow("preformatted negative") << 2 << QByteArray("-0.5000");
    QTest::newRow("nine decimals") << 3 << QByteArray("-0.000000001");
}

void TestCsvWriter::numbersAreNeverGuarded()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, encoded);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer);
    switch (kind) {
    case 0: csv.money(Money::fromNanos(-1'230'000'000), 2); break;
    case 1: csv.integer(-42); break;
    case 2: csv.number(u"-0.5000"); break;
    case 3: csv.money(Money::fromNanos(-1), 9); break;
    }
    csv.endRecord();
    QVERIFY(csv.finish().ok());
    QCOMPARE(buffer.data(), encoded + "\r\n");
}

void TestCsvWriter::recordsEndWithCrlfAndNoBom()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer);
    csv.writeRecord({QStringLiteral("month"), QStringLiteral("business_unit")});
    csv.text(u"2025-08").text(u"Ünits");
    csv.endRecord();
    QVERIFY(csv.finish().ok());
    const QByteArray data = buffer.data();
    QVERIFY(!data.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(data, QByteArray("month,business_unit\r\n2025-08,\xC3\x9Cnits\r\n"));
}

void TestCsvWriter::emptyAndMissingFields()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer);
    csv.empty().text(QString()).number(u"1").empty();
    csv.endRecord();
    csv.text(u"unterminated"); // finish() closes the record
    QVERIFY(csv.finish().ok());
    QCOMPARE(buffer.data(), QByteArray(",,1,\r\nunterminated\r\n"));
}

void TestCsvWriter::largeOutputIsComplete()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer);
    for (int i = 0; i < 50'000; ++i) {
        csv.integer(i).text(u"row, with comma");
        csv.endRecord();
    }
    QVERIFY(csv.finish().ok());
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size(), 50'001); // the last split piece after the final LF is empty
    QCOMPARE(lines.at(49'999), QByteArray("49999,\"row, with comma\"\r"));
}

void TestCsvWriter::writeFailureIsReported()
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly); // writes fail
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    CsvWriter csv(&buffer);
    csv.writeRecord({QStringLiteral("a")});
    const Status status = csv.finish();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code(), ErrorCode::Io);
}

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
