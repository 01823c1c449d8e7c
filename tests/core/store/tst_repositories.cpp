#include "StoreTestSupport.h"

#include "core/store/ApiKeyRepository.h"
#include "core/store/AuditRepository.h"
#include "core/store/BulkInserter.h"
#include "core/store/CostLineRepository.h"
#include "core/store/CoverageRepository.h"
#include "core/store/OverrideRepository.h"
#include "core/store/PriceEntryRepository.h"
#include "core/store/ProductivityRepository.h"
#include "core/store/RevisionRepository.h"
#include "core/store/UsageLineRepository.h"
#include "core/store/WorkspaceRepository.h"

#include <QTest>

using namespace tieout;

// Every repository writes and reads back exactly what it was given — NULLs stay NULL, empty
// strings stay empty, credits stay negative, extreme values survive — on both engines.
class TestRepositories final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void init();

    void costLinesRoundTrip();
    void costLinesExtremes_data();
    void costLinesExtremes();
    void costLinesAreScopedByBuAndWindow();
    void usageLinesRoundTrip();
    void productivityRoundTrip();
    void toolActionsJson();
    void apiKeysReplaceById();
    void workspacesReplaceById();
    void overrides();
    void priceEntries();
    void coverage();
    void audit();
    void revisions();
    void bulkInserterStrategiesAgree();
};

void TestRepositories::init()
{
    if (test::postgresRowWithoutServer())
        QSKIP(test::postgresSkipMessage());
}

void TestRepositories::costLinesRoundTrip()
{
    OPEN_FIXTURE(fixture);
    const WindowData data = test::sampleWindow(QStringLiteral("DevFactory"), test::month(2025, 1), 1);
    CostLineRepository repository(fixture.db());
    VERIFY_OK(repository.insert(data.businessUnit, data.costLines));
    auto loaded = repository.load(data.businessUnit, data.range);
    VERIFY_OK(loaded);
    QCOMPARE(loaded->size(), data.costLines.size());
    const CostLines expected = test::sortedCostLines(data.costLines);
    const CostLines actual = test::sortedCostLines(*loaded);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(actual.at(i).workspaceId.isNull(), expected.at(i).workspaceId.isNull());
        QCOMPARE(actual.at(i).tokenType.isNull(), expected.at(i).tokenType.isNull());
        QCOMPARE(actual.at(i).inferenceGeo.isNull(), expected.at(i).inferenceGeo.isNull());
        QCOMPARE(actual.at(i), expected.at(i));
    }
    Money total;
    for (const CostLine &line : data.costLines)
        total += line.amount;
    QCOMPARE(*repository.billedTotal(data.businessUnit, data.range), total);
    QCOMPARE(*repository.count(data.businessUnit, data.range), qint64(data.costLines.size()));
}

void TestRepositories::costLinesExtremes_data()
{
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QString();
    QTest::newRow("one nano") << qint64(1) << QStringLiteral("");
    QTest::newRow("credit") << qint64(-2'505'000'000) << QStringLiteral("credit");
    QTest::newRow("beyond double precision") << qint64(9'007'199'254'740'993) << QStringLiteral("x");
    QTest::newRow("max") << std::numeric_limits<qint64>::max()
                         << QStringLiteral("quote ' and \" and \\ and ;");
    QTest::newRow("min") << std::numeric_limits<qint64>::min() + 1 << QStringLiteral("tab\tnewline\nend");
    QTest::newRow("emoji") << qint64(42) << QStringLiteral("漢字 🙂 Ωmega");
}

void TestRepositories::costLinesExtremes()
{
    OPEN_FIXTURE(fixture);
    QFETCH(qint64, nanos);
    QFETCH(QString, text);
    CostLine line;
    line.date = QDate(2024, 2, 29);
    line.workspaceId = text;
    line.description = text;
    line.amount = Money::fromNanos(nanos);
    CostLineRepository repository(fixture.db());
    VERIFY_OK(repository.insert(QStringLiteral("BU"), {line}));
    auto loaded = repository.load(QStringLiteral("BU"), test::month(2024, 2));
    VERIFY_OK(loaded);
    QCOMPARE(loaded->size(), 1);
    QCOMPARE(loaded->first().workspaceId.isNull(), text.isNull());
    QCOMPARE(loaded->first().costType.isNull(), true);
    QCOMPARE(loaded->first(), line);
    QCOMPARE(repository.billedTotal(QStringLiteral("BU"), test::month(2024, 2))->nanos(), nanos);
}

void TestRepositories::costLinesAreScopedByBuAndWindow()
{
    OPEN_FIXTURE(fixture);
    CostLineRepository repository(fixture.db());
    const WindowData jan = test::sampleWindow(QStringLiteral("A"), test::month(2025, 1), 1, 2);
    const WindowData feb = test::sampleWindow(QStringLiteral("A"), test::month(2025, 2), 2, 2);
    const WindowData otherBu = test::sampleWindow(QStringLiteral("B"), test::month(2025, 1), 3, 2);
    for (const WindowData *data : {&jan, &feb, &otherBu})
        VERIFY_OK(repository.insert(data->businessUnit, data->costLines));
    QCOMPARE(*repository.count(QStringLiteral("A"), jan.range), qint64(jan.costLines.size()));
    auto deleted = repository.deleteWindow(QStringLiteral("A"), jan.range);
    VERIFY_OK(deleted);
    QCOMPARE(*deleted, qint64(jan.costLines.size()));
    QCOMPARE(*repository.count(QStringLiteral("A"), jan.range), qint64(0));
    QCOMPARE(*repository.count(QStringLiteral("A"), feb.range), qint64(feb.costLines.size()));
    QCOMPARE(*repository.count(QStringLiteral("B"), jan.range), qint64(otherBu.costLines.size()));
}

void TestRepositories::usageLinesRoundTrip()
{
    OPEN_FIXTURE(fixture);
    WindowData data = test::sampleWindow(QStringLiteral("Education"), test::month(2024, 12), 5);
    UsageLine huge;
    huge.date = QDate(2024, 12, 31);
    huge.model = QStringLiteral("claude-unknown-9");
    huge.serviceTier = QStringLiteral("flex");
    huge.tokens = {std::numeric_limits<qint64>::max(), 0, 1, 2, 3};
    data.usageLines.append(huge);
    UsageLineRepository repository(fixture.db());
    VERIFY_OK(repository.insert(data.businessUnit, data.usageLines));
    auto loaded = repository.load(data.businessUnit, data.range);
    VERIFY_OK(loaded);
    const UsageLines expected = test::sortedUsageLines(data.usageLines);
    const UsageLines actual = test::sortedUsageLines(*loaded);
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(actual.at(i).apiKeyId.isNull(), expected.at(i).apiKeyId.isNull());
        QCOMPARE(actual.at(i).inferenceGeo.isNull(), expected.at(i).inferenceGeo.isNull());
        QCOMPARE(actual.at(i), expected.at(i));
    }
}

void TestRepositories::productivityRoundTrip()
{
    OPEN_FIXTURE(fixture);
    const WindowData data = test::sampleWindow(QStringLiteral("DevFactory"), test::month(2025, 3), 2);
    ProductivityRepository repository(fixture.db());
    VERIFY_OK(repository.insert(data.businessUnit, data.productivity));
    auto loaded = repository.load(data.businessUnit, data.range);
    VERIFY_OK(loaded);
    QCOMPARE(test::sortedProductivity(*loaded), test::sortedProductivity(data.productivity));
}

void TestRepositories::toolActionsJson()
{
    QMap<QString, ToolActionCounts> actions;
    actions.insert(QStringLiteral("z_tool"), {1, 2});
    actions.insert(QStringLiteral("edit_tool"), {std::numeric_limits<qint64>::max() / 2, 0});
    const QString json = ProductivityRepository::toolActionsToJson(actions);
    QVERIFY2(json.startsWith(QLatin1String("{\"edit_tool\":")), qPrintable(json));
    auto back = ProductivityRepository::toolActionsFromJson(json);
    VERIFY_OK(back);
    QCOMPARE(*back, actions);
    QCOMPARE(ProductivityRepository::toolActionsToJson({}), QStringLiteral("{}"));
    QVERIFY(!ProductivityRepository::toolActionsFromJson(QStringLiteral("[1,2")).ok());
}

void TestRepositories::apiKeysReplaceById()
{
    OPEN_FIXTURE(fixture);
    ApiKeyRepository repository(fixture.db());
    const ApiKeyRecords first = {
        {QStringLiteral("k1"), QStringLiteral("Key one"), QString(), QStringLiteral("active")},
        {QStringLiteral("k2"), QString(), QStringLiteral("w1"), QStringLiteral("inactive")}};
    auto written = repository.replaceById(QStringLiteral("A"), first);
    VERIFY_OK(written);
    QCOMPARE(written->inserted, qint64(2));
    QCOMPARE(written->deleted, qint64(0));
    VERIFY_OK(
        repository.replaceById(QStringLiteral("B"), {{QStringLiteral("k1"), QStringLiteral("B's"), {}, {}}}));

    // k2 renamed (listed twice: the last wins), k3 new, k1 not listed: kept with its old name.
    const ApiKeyRecords second = {
        {QStringLiteral("k2"), QStringLiteral("old"), {}, {}},
        {QStringLiteral("k3"), QStringLiteral("Key three"), {}, QStringLiteral("active")},
        {QStringLiteral("k2"), QStringLiteral("Key two"), QStringLiteral("w1"), QStringLiteral("archived")}};
    written = repository.replaceById(QStringLiteral("A"), second);
    VERIFY_OK(written);
    QCOMPARE(written->fetched, qint64(3));
    QCOMPARE(written->deleted, qint64(1));
    QCOMPARE(written->inserted, qint64(2));
    auto loaded = repository.load(QStringLiteral("A"));
    VERIFY_OK(loaded);
    const ApiKeyRecords expected = {first.at(0), second.at(2), second.at(1)};
    QCOMPARE(*loaded, expected);
    QVERIFY(loaded->at(0).workspaceId.isNull());
    QCOMPARE(repository.load(QStringLiteral("B"))->size(), 1);
    QCOMPARE(repository.load(QString())->size(), 4);
}

void TestRepositories::workspacesReplaceById()
{
    OPEN_FIXTURE(fixture);
    WorkspaceRepository repository(fixture.db());
    VERIFY_OK(repository.replaceById(QStringLiteral("A"), {{QStringLiteral("w1"), QStringLiteral("One")},
                                                           {QStringLiteral("w2"), QString()}}));
    auto written =
        repository.replaceById(QStringLiteral("A"), {{QStringLiteral("w2"), QStringLiteral("Two")}});
    VERIFY_OK(written);
    QCOMPARE(written->deleted, qint64(1));
    const WorkspaceRecords expected = {{QStringLiteral("w1"), QStringLiteral("One")},
                                       {QStringLiteral("w2"), QStringLiteral("Two")}};
    QCOMPARE(*repository.load(QStringLiteral("A")), expected);
    QVERIFY(repository.load(QStringLiteral("other"))->isEmpty());
}

void TestRepositories::overrides()
{
    OPEN_FIXTURE(fixture);
    OverrideRepository repository(fixture.db());
    VERIFY_OK(repository.replaceAll({{QStringLiteral("key_b"), QStringLiteral("Education")},
                                     {QStringLiteral("key_a"), QStringLiteral("DevFactory")}}));
    BuOverrides expected = {{QStringLiteral("key_a"), QStringLiteral("DevFactory")},
                            {QStringLiteral("key_b"), QStringLiteral("Education")}};
    QCOMPARE(*repository.loadAll(), expected);
    VERIFY_OK(repository.set({QStringLiteral("key_a"), QStringLiteral("Research")}));
    expected[0].businessUnit = QStringLiteral("Research");
    QCOMPARE(*repository.loadAll(), expected);
    QCOMPARE(*repository.remove(QStringLiteral("key_b")), true);
    QCOMPARE(*repository.remove(QStringLiteral("key_b")), false);
    QCOMPARE(repository.loadAll()->size(), 1);

    auto conflicting = repository.replaceAll(
        {{QStringLiteral("k"), QStringLiteral("A")}, {QStringLiteral("k"), QStringLiteral("B")}});
    QVERIFY(!conflicting.ok());
    QCOMPARE(conflicting.error().code(), ErrorCode::Config);
    QCOMPARE(repository.loadAll()->size(), 1); // untouched
    VERIFY_OK(repository.replaceAll({}));
    QVERIFY(repository.loadAll()->isEmpty());
}

void TestRepositories::priceEntries()
{
    OPEN_FIXTURE(fixture);
    PriceEntryRepository repository(fixture.db());
    PriceEntryRow a{QStringLiteral("claude-sonnet-4-5"),
                    QStringLiteral("output_tokens"),
                    QString(),
                    QString(),
                    QDate(2025, 1, 1),
                    QDate(),
                    15'000'000'000,
                    QStringLiteral("list price")};
    PriceEntryRow b{QStringLiteral("claude-sonnet-4-5"),
                    QStringLiteral("output_tokens"),
                    QStringLiteral("batch"),
                    QStringLiteral("200k-1M"),
                    QDate(),
                    QDate(2026, 1, 1),
                    11'250'000'000,
                    QString()};
    VERIFY_OK(repository.replaceAll({a, b}));
    auto loaded = repository.loadAll();
    VERIFY_OK(loaded);
    QCOMPARE(loaded->size(), 2);
    QVERIFY(loaded->contains(a));
    QVERIFY(loaded->contains(b));

    // Same natural key (NULL tier and window match NULL): replaced, not duplicated.
    PriceEntryRow a2 = a;
    a2.unitPriceNanosPerMillion = 14'000'000'000;
    a2.note = QStringLiteral("negotiated");
    VERIFY_OK(repository.upsert(a2));
    loaded = repository.loadAll();
    QCOMPARE(loaded->size(), 2);
    QVERIFY(loaded->contains(a2));
    QVERIFY(loaded->contains(b));
    QCOMPARE(*repository.remove(b), true);
    QCOMPARE(*repository.loadAll(), PriceEntryRows{a2});

    PriceEntryRow backwards = a;
    backwards.effectiveTo = QDate(2024, 1, 1);
    auto refused = repository.upsert(backwards);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), ErrorCode::Config);
}

void TestRepositories::coverage()
{
    OPEN_FIXTURE(fixture);
    CoverageRepository repository(fixture.db());
    const QDateTime at(QDate(2025, 2, 1), QTime(3, 4, 5, 678), Qt::UTC);
    const CoverageRecords records = {
        {QStringLiteral("A"), QDate(2025, 1, 30), QStringLiteral("cost_report"), at, 0},
        {QStringLiteral("A"), QDate(2025, 1, 31), QStringLiteral("cost_report"), at, 12},
        {QStringLiteral("A"), QDate(2025, 1, 31), QStringLiteral("usage_messages"), at, 7},
        {QStringLiteral("B"), QDate(2025, 1, 31), QStringLiteral("cost_report"), at, 1},
        {QStringLiteral("A"), QDate(2025, 2, 1), QStringLiteral("cost_report"), at, 3}};
    VERIFY_OK(repository.insert(records));
    auto january = repository.load(test::month(2025, 1), QStringLiteral("A"));
    VERIFY_OK(january);
    QCOMPARE(*january, records.mid(0, 3));
    QCOMPARE(repository.load(test::month(2025, 1))->size(), 4);
    auto deleted =
        repository.deleteWindow(QStringLiteral("A"), test::month(2025, 1), {CoverageEndpoint::CostReport});
    VERIFY_OK(deleted);
    QCOMPARE(*deleted, qint64(2));
    QCOMPARE(*repository.load(test::month(2025, 1), QStringLiteral("A")), records.mid(2, 1));
}

void TestRepositories::audit()
{
    OPEN_FIXTURE(fixture);
    AuditRepository repository(fixture.db());
    AuditRecord first;
    first.at = QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);
    first.actor = QStringLiteral("operator@host");
    first.action = QStringLiteral("replace_window");
    first.businessUnit = QStringLiteral("DevFactory");
    first.windowFrom = QDate(2025, 2, 1);
    first.windowTo = QDate(2025, 3, 1);
    first.fetched = 10;
    first.deleted = 8;
    first.inserted = 10;
    first.billedBefore = Money::fromNanos(-5);
    first.billedAfter = Money::fromNanos(123'456'789'012);
    first.detail = QStringLiteral("cost_lines fetched=10");
    AuditRecord second = first;
    second.businessUnit = QStringLiteral("Education");
    second.detail = QString();
    VERIFY_OK(repository.append(first));
    VERIFY_OK(repository.append(second));
    auto recent = repository.recent(10);
    VERIFY_OK(recent);
    QCOMPARE(recent->size(), 2);
    QVERIFY(recent->at(0).id > recent->at(1).id);
    AuditRecord readSecond = recent->at(0);
    AuditRecord readFirst = recent->at(1);
    second.id = readSecond.id;
    first.id = readFirst.id;
    QCOMPARE(readFirst, first);
    QCOMPARE(readSecond, second);
    QCOMPARE(repository.recent(10, QStringLiteral("DevFactory"))->size(), 1);
    QCOMPARE(repository.recent(1)->size(), 1);
}

void TestRepositories::revisions()
{
    OPEN_FIXTURE(fixture);
    RevisionRepository repository(fixture.db());
    const QDateTime at(QDate(2025, 1, 5), QTime(0, 0), Qt::UTC);
    DayTotals before;
    DayTotals after;
    before.insert(QDate(2025, 1, 1), {Money::fromNanos(100), 10, 1, 1, true});
    before.insert(QDate(2025, 1, 2), {Money::fromNanos(100), 10, 1, 1, true});
    before.insert(QDate(2025, 1, 3), {Money(), 0, 0, 0, false}); // never fetched: new data, no revision
    after = before;
    after[QDate(2025, 1, 2)].billed = Money::fromNanos(-40);
    after[QDate(2025, 1, 3)] = {Money::fromNanos(7), 7, 1, 1, true};
    const RevisionRecords changed = RevisionRepository::changedDays(QStringLiteral("A"), before, after, at);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().date, QDate(2025, 1, 2));
    QCOMPARE(changed.first().billedAfter, Money::fromNanos(-40));
    VERIFY_OK(repository.insert(changed));
    QCOMPARE(*repository.load(test::month(2025, 1)), changed);
    QVERIFY(repository.load(test::month(2025, 1), QStringLiteral("B"))->isEmpty());
}

void TestRepositories::bulkInserterStrategiesAgree()
{
    OPEN_FIXTURE(fixture);
    // 457 rows: several full statements plus a tail, for each strategy, into separate BUs.
    const WindowData data =
        test::sampleWindow(QStringLiteral("X"), {QDate(2025, 1, 1), QDate(2025, 1, 2)}, 9, 457);
    for (auto strategy : {BulkInserter::Strategy::MultiRow, BulkInserter::Strategy::SingleRow,
                          BulkInserter::Strategy::ExecBatch}) {
        const QString bu = QStringLiteral("bu%1").arg(int(strategy));
        BulkInserter insert(fixture.db(), QStringLiteral("workspaces"),
                            {QStringLiteral("bu"), QStringLiteral("id"), QStringLiteral("name")}, strategy);
        for (qsizetype i = 0; i < data.costLines.size(); ++i) {
            insert.add(bu);
            insert.add(QStringLiteral("w%1").arg(i));
            insert.add(i % 3 ? QVariant(data.costLines.at(i).description)
                             : QVariant(QMetaType::fromType<QString>()));
            VERIFY_OK(insert.endRow());
        }
        VERIFY_OK(insert.finish());
        QCOMPARE(insert.inserted(), qint64(data.costLines.size()));
        auto loaded = WorkspaceRepository(fixture.db()).load(bu);
        VERIFY_OK(loaded);
        QCOMPARE(loaded->size(), data.costLines.size());
        QVERIFY(std::all_of(loaded->cbegin(), loaded->cend(), [&](const WorkspaceRecord &w) {
            const int i = w.id.mid(1).toInt();
            return i % 3 ? w.name == data.costLines.at(i).description : w.name.isNull();
        }));
    }
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
