#include "core/reconcile/ReconcileTestData.h"
#include "core/reconcile/SyntheticData.h"

#include "core/export/DetailExporter.h"
#include "core/export/FocusExporter.h"
#include "core/export/ReconExporter.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tieout;
using namespace tieout::test;

namespace {

const QDate D5(2025, 8, 5);
const QDate D6(2025, 8, 6);

// The hand-made dataset behind the golden files (tests/data/export/*.csv):
//  - July: nothing at all (zero rows for every BU); August:
//  - Alpha, w1: k1 and k2 share Sonnet 4.5 input ($4.05) and output ($2.025) 2:1; k1's cache read
//    cell is a −$0.10 credit; k-edu (overridden to Education) uses Haiku with 3 web searches.
//  - Alpha, default workspace: Console usage of an unpriced model, billed $0.333333333.
//  - Alpha, w2: k2's priority-tier Sonnet output, never billed (usage without cost).
//  - Alpha, w9: $0.10 of code execution with no usage (unattributed).
//  - Beta, w3: k3's Opus 4.1 batch usage, billed exactly at list.
//  - Zeta is configured but has no data.
// Names include a comma, quotes and a formula to exercise quoting and the injection guard.
ReconcileResult goldenResult()
{
    Scenario scenario(YearMonth(2025, 7), YearMonth(2025, 8));
    scenario.configure("Alpha").configure("Beta").configure("Zeta").override("k-edu", "Education");
    scenario.builder().setApiKeyNames({{QStringLiteral("k1"), QStringLiteral("Prod, main")},
                                       {QStringLiteral("k2"), QStringLiteral("CI \"bot\"")},
                                       {QStringLiteral("k3"), QStringLiteral("Batch jobs")},
                                       {QStringLiteral("k-edu"), QStringLiteral("Edu key")}});
    scenario.builder().setWorkspaceNames({{QStringLiteral("w1"), QStringLiteral("Research")},
                                          {QStringLiteral("w2"), QStringLiteral("=cmd|' /C calc'!A0")},
                                          {QStringLiteral("w3"), QStringLiteral("Batch")}});
    const char *sonnet = "claude-sonnet-4-5-20250929";
    scenario.use("Alpha", usage(D5, "k1", "w1", sonnet, {1'000'000, 100'000, 10'000, 0, 0}))
        .use("Alpha", usage(D5, "k2", "w1", sonnet, {500'000, 50'000, 0, 0, 0}))
        .cost("Alpha", tokenCost(D5, "w1", sonnet, TokenType::UncachedInput, "4.05"))
        .cost("Alpha", tokenCost(D5, "w1", sonnet, TokenType::Output, "2.025"))
        .cost("Alpha", tokenCost(D5, "w1", sonnet, TokenType::CacheRead, "-0.10"))
        .use("Alpha", usage(D5, "k-edu", "w1", "claude-haiku-4-5-20251001", {0, 200'000, 0, 0, 0}, "standard", "0-200k", 3))
        .cost("Alpha", tokenCost(D5, "w1", "claude-haiku-4-5-20251001", TokenType::Output, "0.90"))
        .cost("Alpha", chargeCost(D5, "w1", "web_search", "0.03"))
        .use("Alpha", usage(D5, nullptr, nullptr, "claude-mystery-1", {1000, 0, 0, 0, 0}))
        .cost("Alpha", tokenCost(D5, nullptr, "claude-mystery-1", TokenType::UncachedInput, "0.333333333"))
        .use("Alpha", usage(D5, "k2", "w2", sonnet, {0, 10'000, 0, 0, 0}, "priority"))
        .cost("Alpha", chargeCost(D5, "w9", "code_execution", "0.10"))
        .use("Beta", usage(D6, "k3", "w3", "claude-opus-4-1-20250805", {100'000, 10'000, 0, 0, 0}, "batch"))
        .cost("Beta", tokenCost(D6, "w3", "claude-opus-4-1-20250805", TokenType::UncachedInput, "0.75", "batch"))
        .cost("Beta", tokenCost(D6, "w3", "claude-opus-4-1-20250805", TokenType::Output, "0.375", "batch"));
    return scenario.run();
}

using Writer = Status (*)(const ReconcileResult &, QIODevice *);

QByteArray exported(const ReconcileResult &result, Writer writer)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status status = writer(result, &buffer);
    if (!status)
        qFatal("export failed: %s", qPrintable(status.error().message()));
    return buffer.data();
}

// Minimal RFC 4180 reader for the checks below.
QList<QStringList> parseCsv(const QByteArray &data)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(data);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

qint64 cents(const QString &text)
{
    const auto parsed = Money::parseDollars(text);
    if (!parsed)
        qFatal("not an amount: %s", qPrintable(text));
    return parsed->nanos / Money::NanosPerCent;
}

void compareWithGolden(const QByteArray &actual, const QString &name)
{
    const QString path = QStringLiteral(TIEOUT_TEST_DATA_DIR "/export/") + name;
    if (qEnvironmentVariableIsSet("TIEOUT_UPDATE_GOLDEN")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(actual);
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray expected = file.readAll();
    if (actual != expected) {
        const QList<QByteArray> a = actual.split('\n'), e = expected.split('\n');
        for (qsizetype i = 0; i < qMax(a.size(), e.size()); ++i)
            QCOMPARE(a.value(i), e.value(i)); // first differing line
    }
    QCOMPARE(actual, expected);
}

void verifyCsvShape(const QByteArray &data)
{
    QVERIFY(!data.startsWith("\xEF\xBB\xBF"));
    QVERIFY(data.endsWith("\r\n"));
    const QList<QStringList> records = parseCsv(data);
    // Every line ends with CRLF: these exports have no line breaks inside fields.
    QCOMPARE(data.count('\n'), records.size());
    QCOMPARE(data.count("\r\n"), records.size());
    for (const QStringList &record : records)
        QCOMPARE(record.size(), records.first().size());
}

} // namespace

class TestExports final : public QObject
{
    Q_OBJECT

private slots:
    void reconGolden();
    void detailGolden();
    void focusGolden();
    void reconHeaderIsExact();
    void reconHasZeroRowsForConfiguredBus();
    void reconFootsOnRandomData_data();
    void reconFootsOnRandomData();
    void detailAddsUpToTheBill();
    void focusIsFocus();
    void businessUnitFilterKeepsExactlyThatUnitsLines();
};

void TestExports::reconGolden()
{
    const QByteArray csv = exported(goldenResult(), &ReconExporter::write);
    verifyCsvShape(csv);
    compareWithGolden(csv, QStringLiteral("recon.csv"));
}

void TestExports::detailGolden()
{
    const QByteArray csv = exported(goldenResult(), &DetailExporter::write);
    verifyCsvShape(csv);
    compareWithGolden(csv, QStringLiteral("detail.csv"));
}

void TestExports::focusGolden()
{
    const QByteArray csv = exported(goldenResult(), &FocusExporter::write);
    verifyCsvShape(csv);
    compareWithGolden(csv, QStringLiteral("focus.csv"));
}

void TestExports::reconHeaderIsExact()
{
    const QByteArray csv = exported(goldenResult(), &ReconExporter::write);
    QVERIFY(csv.startsWith("month,business_unit,billed_usd,list_price_usd,difference_usd,list_to_billed_ratio,"
                           "unpriced_billed_usd,fallback_allocated_usd,status\r\n"));
}

void TestExports::reconHasZeroRowsForConfiguredBus()
{
    const QList<QStringList> rows = parseCsv(exported(goldenResult(), &ReconExporter::write));
    const QStringList expectedOrder{QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Education"),
                                    QStringLiteral("Zeta"), QStringLiteral("TOTAL")};
    QCOMPARE(rows.size(), 1 + 2 * expectedOrder.size());
    for (int month = 0; month < 2; ++month) {
        for (int i = 0; i < expectedOrder.size(); ++i) {
            const QStringList &row = rows.at(1 + month * expectedOrder.size() + i);
            QCOMPARE(row.at(0), month == 0 ? QStringLiteral("2025-07") : QStringLiteral("2025-08"));
            QCOMPARE(row.at(1), expectedOrder.at(i));
        }
    }
    const QStringList julyZeta = rows.at(4);
    QCOMPARE(julyZeta, (QStringList{QStringLiteral("2025-07"), QStringLiteral("Zeta"), QStringLiteral("0.00"),
                                    QStringLiteral("0.00"), QStringLiteral("0.00"), QString(), QStringLiteral("0.00"),
                                    QStringLiteral("0.00"), QStringLiteral("tied")}));
}

void TestExports::reconFootsOnRandomData_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 12; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestExports::reconFootsOnRandomData()
{
    QFETCH(quint32, seed);
    SyntheticOptions options;
    options.seed = seed;
    options.businessUnits = 4;
    Scenario scenario(options.from, options.to);
    scenario.configure("Configured-Only");
    QHash<QString, QString> overrides;
    generateSynthetic(options, [&](const QString &bu, const CostLine &line) { scenario.builder().addCost(bu, line); },
                      [&](const QString &bu, const UsageLine &line) { scenario.builder().addUsage(bu, line); }, &overrides);
    scenario.builder().setOverrides(overrides);
    const ReconcileResult result =
        Reconciler(bundledBook()).run(std::make_shared<const ReconcileInput>(scenario.builder().build()));
    const QList<QStringList> rows = parseCsv(exported(result, &ReconExporter::write));
    const qsizetype perMonth = result.businessUnits.size() + 1;
    QCOMPARE(rows.size(), 1 + result.months.size() * perMonth);
    for (qsizetype month = 0; month < result.months.size(); ++month) {
        const QStringList &total = rows.at(1 + month * perMonth + perMonth - 1);
        QCOMPARE(total.at(1), QStringLiteral("TOTAL"));
        const ReconFigures &exact = result.monthTotals.at(month).figures;
        QCOMPARE(cents(total.at(2)), Money::roundNanosHalfEven(exact.billed.nanos(), 2) / Money::NanosPerCent);
        QCOMPARE(cents(total.at(3)), Money::roundNanosHalfEven(exact.listPrice.nanos(), 2) / Money::NanosPerCent);
        QCOMPARE(total.at(5), exact.ratio().toDecimalString(4));
        for (int column : {2, 3, 4, 6, 7}) { // billed, list, difference, unpriced, fallback
            qint64 sum = 0;
            for (qsizetype bu = 0; bu < perMonth - 1; ++bu)
                sum += cents(rows.at(1 + month * perMonth + bu).at(column));
            QCOMPARE(sum, cents(total.at(column)));
        }
        for (qsizetype bu = 0; bu < perMonth; ++bu) {
            const QStringList &row = rows.at(1 + month * perMonth + bu);
            QCOMPARE(cents(row.at(4)), cents(row.at(3)) - cents(row.at(2))); // difference of printed values
            if (bu < perMonth - 1) {
                const BuMonthRow &exactRow = result.row(int(month), int(bu));
                QCOMPARE(row.at(1), exactRow.businessUnit);
                QCOMPARE(row.at(5), exactRow.figures.ratio().toDecimalString(4));
                QCOMPARE(row.at(8), statusName(exactRow.status));
                // Largest remainder never moves a value by a cent or more.
                QVERIFY(qAbs(cents(row.at(2)) * Money::NanosPerCent - exactRow.figures.billed.nanos()) < Money::NanosPerCent);
            }
        }
    }
}

void TestExports::detailAddsUpToTheBill()
{
    const ReconcileResult result = goldenResult();
    const QList<QStringList> rows = parseCsv(exported(result, &DetailExporter::write));
    QCOMPARE(rows.first(), DetailExporter::header());
    QHash<QString, qint64> billedMicros; // (month, BU) -> sum of billed_usd in micro-dollars
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        billedMicros[row.at(0) + u'|' + row.at(1)] += Money::parseDollars(row.at(12))->nanos / 1000;
        if (row.at(13) == u"unpriced")
            QVERIFY(row.at(11).isEmpty()); // never a $0 list price for an unpriced model
    }
    for (const BuMonthRow &row : result.rows) {
        // 6-decimal rows: each within half a micro-dollar of exact; this dataset is exact to the micro.
        const qint64 exactMicros = row.figures.billed.nanos() / 1000;
        QVERIFY(qAbs(billedMicros.value(row.month.toString() + u'|' + row.businessUnit) - exactMicros) <= 1);
    }
}

void TestExports::focusIsFocus()
{
    const ReconcileResult result = goldenResult();
    const QList<QStringList> rows = parseCsv(exported(result, &FocusExporter::write));
    const QStringList header = rows.first();
    const QStringList mandatory = QStringLiteral(
        "BilledCost,BillingAccountId,BillingAccountName,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,"
        "ChargeCategory,ChargeClass,ChargeDescription,ChargePeriodStart,ChargePeriodEnd,ContractedCost,EffectiveCost,"
        "InvoiceIssuerName,ListCost,PricingQuantity,PricingUnit,ProviderName,PublisherName,ServiceCategory,ServiceName")
                                      .split(u',');
    for (const QString &column : mandatory)
        QVERIFY2(header.contains(column), qPrintable(column));
    const auto col = [&](const QStringList &row, const char *name) { return row.at(header.indexOf(QLatin1String(name))); };
    qint64 billed = 0;
    bool sawCredit = false;
    const QRegularExpression timestamp(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T00:00:00Z$"));
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        billed += Money::parseDollars(col(row, "BilledCost"))->nanos;
        QVERIFY(QStringList({QStringLiteral("Usage"), QStringLiteral("Credit")}).contains(col(row, "ChargeCategory")));
        sawCredit = sawCredit || col(row, "ChargeCategory") == u"Credit";
        QVERIFY(col(row, "ChargeClass").isEmpty());
        QCOMPARE(col(row, "ServiceCategory"), QStringLiteral("AI and Machine Learning"));
        QCOMPARE(col(row, "BillingCurrency"), QStringLiteral("USD"));
        for (const char *name : {"BillingPeriodStart", "BillingPeriodEnd", "ChargePeriodStart", "ChargePeriodEnd"})
            QVERIFY2(timestamp.match(col(row, name)).hasMatch(), qPrintable(col(row, name)));
        QVERIFY(!col(row, "ListCost").isEmpty());
        QCOMPARE(col(row, "PricingQuantity").isEmpty(), col(row, "PricingUnit").isEmpty());
        const QJsonDocument tags = QJsonDocument::fromJson(col(row, "Tags").toUtf8());
        QVERIFY(tags.isObject());
        QVERIFY(tags.object().contains(QStringLiteral("business_unit")));
        QVERIFY(tags.object().contains(QStringLiteral("workspace_id")));
        QVERIFY(tags.object().contains(QStringLiteral("api_key_id")));
    }
    QVERIFY(sawCredit);
    QCOMPARE(billed, result.total.billed.nanos()); // 9 decimals: exact to the nano-dollar
}

void TestExports::businessUnitFilterKeepsExactlyThatUnitsLines()
{
    // A BU-filtered detail or FOCUS export is the full export's header and that (effective) BU's
    // lines, in the same order. Detail names it in business_unit; FOCUS in the business_unit tag
    // (BillingAccountName is the organization that was billed).
    const ReconcileResult result = goldenResult();
    using FilteredWriter = Status (*)(const ReconcileResult &, QIODevice *, const QStringList &);
    using BusinessUnitOf = QString (*)(const QStringList &header, const QStringList &line);
    const QList<std::pair<FilteredWriter, BusinessUnitOf>> formats{
        {&DetailExporter::write,
         [](const QStringList &header, const QStringList &line) {
             return line.at(header.indexOf(QStringLiteral("business_unit")));
         }},
        {&FocusExporter::write, [](const QStringList &header, const QStringList &line) {
             const QByteArray tags = line.at(header.indexOf(QStringLiteral("Tags"))).toUtf8();
             return QJsonDocument::fromJson(tags).object().value(QStringLiteral("business_unit")).toString();
         }}};
    for (const auto &[write, businessUnitOf] : formats) {
        const auto exportOf = [&result, write](const QStringList &units) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            const Status status = write(result, &buffer, units);
            if (!status)
                qFatal("export failed: %s", qPrintable(status.error().message()));
            return parseCsv(buffer.data());
        };
        const QList<QStringList> all = exportOf({});
        for (const QString &bu : result.businessUnits) {
            QList<QStringList> expected{all.constFirst()};
            for (qsizetype line = 1; line < all.size(); ++line) {
                if (businessUnitOf(all.constFirst(), all.at(line)) == bu)
                    expected.append(all.at(line));
            }
            QCOMPARE(exportOf({bu}), expected);
        }
    }
}

QTEST_APPLESS_MAIN(TestExports)
#include "tst_exports.moc"
