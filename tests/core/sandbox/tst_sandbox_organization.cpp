#include "core/sandbox/OrganizationLayout.h"
#include "core/sandbox/RateCard.h"
#include "core/sandbox/SyntheticOrganization.h"

#include <QElapsedTimer>
#include <QTest>

#include <map>
#include <tuple>

using namespace tieout;
using namespace tieout::sandbox;

namespace {

SandboxProfile demoProfile(quint64 seed = 20250101)
{
    SandboxProfile profile = SandboxProfile::demo();
    profile.seed = seed;
    profile.lastDay = QDate(2025, 12, 31);
    return profile;
}

const DateRange Year2025{QDate(2025, 1, 1), QDate(2026, 1, 1)};

} // namespace

class TestSandboxOrganization final : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameData_data();
    void sameSeedSameData();
    void differentSeedDiffers();
    void dayDoesNotDependOnRange();
    void totalsMatchTheDays();
    void tokenCostsFollowUsage_data();
    void tokenCostsFollowUsage();
    void groupingsPreserveTotals_data();
    void groupingsPreserveTotals();
    void containsWhatTheProductMustHandle();
    void quietAndOutOfRangeDaysAreEmpty();
    void claudeCodeRecords();
    void directories();
    void largeProfileVolumeAndSpeed();
};

void TestSandboxOrganization::sameSeedSameData_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QDate>("day");
    QTest::newRow("DevFactory weekday") << "DevFactory" << QDate(2025, 3, 12);
    QTest::newRow("Education weekend") << "Education" << QDate(2025, 6, 14);
    QTest::newRow("Research year end") << "Research" << QDate(2025, 12, 31);
}

void TestSandboxOrganization::sameSeedSameData()
{
    QFETCH(QString, unit);
    QFETCH(QDate, day);
    const SandboxProfile profile = demoProfile();
    const SyntheticOrganization a(profile, *profile.businessUnit(unit));
    const SyntheticOrganization b(profile, *profile.businessUnit(unit));
    QVERIFY(!a.usageForDay(day).isEmpty());
    QCOMPARE(a.usageForDay(day), b.usageForDay(day));
    QCOMPARE(a.costForDay(day), b.costForDay(day));
    QCOMPARE(a.claudeCodeForDay(day), b.claudeCodeForDay(day));
    QCOMPARE(a.apiKeys(), b.apiKeys());
    QCOMPARE(a.workspaces(), b.workspaces());
    QCOMPARE(a.organizationId(), b.organizationId());
}

void TestSandboxOrganization::differentSeedDiffers()
{
    const SandboxProfile one = demoProfile(1);
    const SandboxProfile two = demoProfile(2);
    const SyntheticOrganization a(one, one.businessUnits.first());
    const SyntheticOrganization b(two, two.businessUnits.first());
    QVERIFY(a.apiKeys() != b.apiKeys());
    QVERIFY(a.totals(Year2025).billed != b.totals(Year2025).billed);
    // And BUs of one profile differ from each other.
    const SyntheticOrganization c(one, one.businessUnits.at(1));
    QVERIFY(a.organizationId() != c.organizationId());
    QVERIFY(a.usageForDay(QDate(2025, 3, 12)) != c.usageForDay(QDate(2025, 3, 12)));
}

void TestSandboxOrganization::dayDoesNotDependOnRange()
{
    const SandboxProfile profile = demoProfile();
    const SyntheticOrganization org(profile, profile.businessUnits.first());
    const QDate day(2025, 7, 9);
    const CostLines before = org.costForDay(day);
    (void)org.totals({QDate(2025, 1, 1), QDate(2025, 7, 1)}); // touching other days changes nothing
    QCOMPARE(org.costForDay(day), before);
    QCOMPARE(org.totals({day, day.addDays(1)}).costLines, before.size());
}

void TestSandboxOrganization::totalsMatchTheDays()
{
    const SandboxProfile profile = demoProfile();
    for (const SandboxBusinessUnit &unit : profile.businessUnits) {
        const SyntheticOrganization org(profile, unit);
        const DateRange range{QDate(2025, 2, 1), QDate(2025, 4, 1)};
        Money billed;
        qint64 usageRows = 0;
        qint64 clientRows = 0;
        qint64 costLines = 0;
        for (const QDate &day : range.days()) {
            const CostLines cost = org.costForDay(day);
            costLines += cost.size();
            for (const CostLine &line : cost)
                billed += line.amount;
            usageRows += org.usageForDay(day).size();
            clientRows += org.usageForDay(day, UsageGrouping::clientGrain()).size();
        }
        const OrganizationTotals totals = org.totals(range);
        QCOMPARE(totals.billed, billed);
        QCOMPARE(totals.usageRows, usageRows);
        QCOMPARE(totals.usageRows, clientRows); // one geography per client-grain row
        QCOMPARE(totals.costLines, costLines);
        QVERIFY(totals.billed > Money::fromDollars(100));
        // Monthly totals add up to the range total.
        OrganizationTotals months = org.totals({QDate(2025, 2, 1), QDate(2025, 3, 1)});
        months += org.totals({QDate(2025, 3, 1), QDate(2025, 4, 1)});
        QCOMPARE(months, totals);
    }
}

void TestSandboxOrganization::tokenCostsFollowUsage_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QDate>("day");
    QTest::newRow("DevFactory") << "DevFactory" << QDate(2025, 5, 6);
    QTest::newRow("Education") << "Education" << QDate(2025, 9, 30);
    QTest::newRow("Research") << "Research" << QDate(2025, 11, 3);
}

void TestSandboxOrganization::tokenCostsFollowUsage()
{
    QFETCH(QString, unit);
    QFETCH(QDate, day);
    const SandboxProfile profile = demoProfile();
    const SyntheticOrganization org(profile, *profile.businessUnit(unit));
    const int factor = org.negotiatedFactorBasisPoints();
    QVERIFY(factor >= 8500 && factor <= 10'000);

    // Recompute every tokens line from the usage report: per cell, summed tokens x list
    // price (batch halves, long context on Sonnet 4.x) x the negotiated factor.
    using Cell = std::tuple<QString, QString, QString, QString, QString, QString>;
    std::map<Cell, qint64> expected;
    std::map<QString, qint64> searches;
    for (const UsageLine &line : org.usageForDay(day)) {
        if (line.serviceTier == u"priority")
            continue; // used, never billed
        searches[line.workspaceId] += line.webSearchRequests;
        QVERIFY(RateCard::indexOf(line.model) >= 0);
        for (TokenType type : AllTokenTypes) {
            if (line.tokensOf(type) == 0)
                continue;
            const Cell cell{line.workspaceId,   line.model,        line.serviceTier,
                            line.contextWindow, line.inferenceGeo, tokenTypeApiName(type)};
            expected[cell] += line.tokensOf(type);
        }
    }
    int tokenLines = 0;
    for (const CostLine &line : org.costForDay(day)) {
        QCOMPARE(line.currency, QStringLiteral("USD"));
        if (line.costType == u"web_search") {
            QCOMPARE(line.amount, Money::fromNanos(searches[line.workspaceId] * 10'000'000));
            continue;
        }
        if (line.costType != u"tokens")
            continue;
        ++tokenLines;
        const Cell cell{line.workspaceId,   line.model,        line.serviceTier,
                        line.contextWindow, line.inferenceGeo, line.tokenType};
        QVERIFY2(expected.count(cell) == 1, qPrintable(line.description));
        const qint64 tokens = expected[cell];
        const ServiceTier tier = line.serviceTier == u"batch" ? ServiceTier::Batch : ServiceTier::Standard;
        const ContextWindow window =
            line.contextWindow == u"200k-1M" ? ContextWindow::Long : ContextWindow::Standard;
        const qint64 unit = RateCard::unitNanosPerMTok(RateCard::indexOf(line.model), tier, window,
                                                       *tokenTypeFromApiName(line.tokenType));
        QCOMPARE(line.amount.nanos(), RateCard::billedNanos(tokens, unit, factor));
        expected.erase(cell);
    }
    QVERIFY(tokenLines > 0);
    QVERIFY2(expected.empty(), "usage without a cost line outside the priority tier");
}

void TestSandboxOrganization::groupingsPreserveTotals_data()
{
    QTest::addColumn<bool>("workspace");
    QTest::addColumn<bool>("description");
    QTest::newRow("both") << true << true;
    QTest::newRow("workspace only") << true << false;
    QTest::newRow("description only") << false << true;
    QTest::newRow("none") << false << false;
}

void TestSandboxOrganization::groupingsPreserveTotals()
{
    QFETCH(bool, workspace);
    QFETCH(bool, description);
    const SandboxProfile profile = demoProfile();
    const SyntheticOrganization org(profile, profile.businessUnits.first());
    const QDate day(2025, 4, 15);
    const CostLines fine = org.costForDay(day);
    const CostLines grouped = org.costForDay(day, {workspace, description});
    Money fineTotal;
    Money groupedTotal;
    for (const CostLine &line : fine)
        fineTotal += line.amount;
    QSet<QString> keys;
    for (const CostLine &line : grouped) {
        groupedTotal += line.amount;
        QCOMPARE(line.description.isNull(), !description);
        QCOMPARE(line.model.isNull(), !description || line.costType != u"tokens");
        if (!workspace)
            QVERIFY(line.workspaceId.isNull());
        QVERIFY(!line.costType.isNull());
        // Lines are unique at the requested grain.
        const QString key = line.workspaceId + u'|' + line.costType + u'|' + line.model + u'|' +
                            line.serviceTier + u'|' + line.contextWindow + u'|' + line.inferenceGeo + u'|' +
                            line.tokenType;
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
    }
    QCOMPARE(groupedTotal, fineTotal);
    QVERIFY(grouped.size() <= fine.size());

    // Usage: any grouping keeps the token sums.
    const UsageLines all = org.usageForDay(day);
    const UsageLines byModel = org.usageForDay(day, {false, false, true, false, false, false});
    const UsageLines none = org.usageForDay(day, UsageGrouping::none());
    QCOMPARE(none.size(), 1);
    QVERIFY(byModel.size() < all.size());
    for (TokenType type : AllTokenTypes) {
        qint64 sumAll = 0;
        qint64 sumByModel = 0;
        for (const UsageLine &line : all)
            sumAll += line.tokensOf(type);
        for (const UsageLine &line : byModel) {
            sumByModel += line.tokensOf(type);
            QVERIFY(line.apiKeyId.isNull() && line.workspaceId.isNull() && line.serviceTier.isNull());
        }
        QCOMPARE(sumByModel, sumAll);
        QCOMPARE(none.first().tokensOf(type), sumAll);
    }
    UsageFilter filter;
    filter.serviceTiers = {QStringLiteral("batch")};
    const UsageLines batch = org.usageForDay(day, UsageGrouping::all(), filter);
    for (const UsageLine &line : batch)
        QCOMPARE(line.serviceTier, QStringLiteral("batch"));
}

void TestSandboxOrganization::containsWhatTheProductMustHandle()
{
    const SandboxProfile profile = demoProfile();
    for (const SandboxBusinessUnit &unit : profile.businessUnits) {
        const SyntheticOrganization org(profile, unit);
        QSet<QString> models;
        QSet<QString> tiers;
        bool longContext = false;
        bool console = false;
        bool defaultWorkspace = false;
        bool webSearch = false;
        bool credit = false;
        bool codeExecution = false;
        bool priorityCost = false;
        for (const QDate &day : DateRange{QDate(2025, 1, 1), QDate(2025, 7, 1)}.days()) {
            for (const UsageLine &line : org.usageForDay(day)) {
                models.insert(line.model);
                tiers.insert(line.serviceTier);
                longContext |=
                    line.contextWindow == u"200k-1M" && line.model == u"claude-sonnet-4-5-20250929";
                console |= line.apiKeyId.isNull();
                defaultWorkspace |= line.workspaceId.isNull();
                webSearch |= line.webSearchRequests > 0;
            }
            for (const CostLine &line : org.costForDay(day)) {
                credit |= line.amount.isNegative();
                codeExecution |= line.costType == u"code_execution";
                priorityCost |= line.serviceTier == u"priority";
                QVERIFY(line.amount < Money::fromDollars(10'000)); // dollars, not cents
            }
        }
        QVERIFY2(models.contains(QStringLiteral("claude-nimbus-1-20260101")), qPrintable(unit.name));
        QVERIFY(models.size() >= 4);
        QVERIFY(tiers.contains(QStringLiteral("batch")));
        QVERIFY(tiers.contains(QStringLiteral("priority")));
        QVERIFY(!priorityCost);
        QVERIFY(longContext);
        QVERIFY(console);
        QVERIFY(defaultWorkspace);
        QVERIFY(webSearch);
        QVERIFY2(credit, qPrintable(unit.name));
        QVERIFY(codeExecution);
    }
}

void TestSandboxOrganization::quietAndOutOfRangeDaysAreEmpty()
{
    const SandboxProfile profile = demoProfile();
    const SyntheticOrganization org(profile, profile.businessUnits.first());
    QVERIFY(org.usageForDay(QDate(2024, 12, 31)).isEmpty()); // before the profile's first day
    QVERIFY(org.costForDay(QDate(2026, 1, 1)).isEmpty());    // after its last day
    QVERIFY(org.claudeCodeForDay(QDate(2026, 1, 1)).isEmpty());
    QCOMPARE(org.totals({QDate(2026, 1, 1), QDate(2026, 2, 1)}), OrganizationTotals{});
    int quietDays = 0;
    for (const QDate &day : Year2025.days()) {
        if (org.usageForDay(day).isEmpty()) {
            ++quietDays;
            QVERIFY(org.costForDay(day).isEmpty());
            QVERIFY(org.claudeCodeForDay(day).isEmpty());
        }
    }
    QVERIFY(quietDays >= 2 && quietDays <= 30);
    QCOMPARE(org.totals(Year2025).daysWithUsage, 365 - quietDays);
}

void TestSandboxOrganization::claudeCodeRecords()
{
    const SandboxProfile profile = demoProfile();
    const SyntheticOrganization org(profile, profile.businessUnits.first());
    bool user = false;
    bool api = false;
    bool extraTool = false;
    for (const QDate &day : DateRange{QDate(2025, 3, 1), QDate(2025, 4, 1)}.days()) {
        const ClaudeCodeRecords records = org.claudeCodeForDay(day);
        QCOMPARE(org.productivityForDay(day).size(), records.size());
        for (const ClaudeCodeRecord &record : records) {
            const ProductivityRecord &p = record.productivity;
            QCOMPARE(p.date, day);
            QCOMPARE(p.organizationId, org.organizationId());
            user |= p.actorType == u"user_actor" && p.actorId.contains(u'@');
            api |= p.actorType == u"api_actor" && !p.actorId.contains(u'@');
            extraTool |= p.toolActions.contains(QStringLiteral("bash_tool"));
            QVERIFY(p.toolActions.contains(QStringLiteral("edit_tool")));
            QVERIFY(!record.modelBreakdown.isEmpty());
            for (const ClaudeCodeModelUsage &m : record.modelBreakdown)
                QVERIFY(m.estimatedCostCents >= 0 && m.inputTokens > 0);
        }
    }
    QVERIFY(user);
    QVERIFY(api);
    QVERIFY(extraTool);
}

void TestSandboxOrganization::directories()
{
    const SandboxProfile profile = demoProfile();
    const SyntheticOrganization org(profile, profile.businessUnits.first());
    const ApiKeyRecords keys = org.apiKeys();
    const WorkspaceRecords workspaces = org.workspaces();
    QVERIFY(keys.size() >= 6);
    QVERIFY(workspaces.size() >= 2);
    QSet<QString> workspaceIds;
    for (const WorkspaceRecord &w : workspaces) {
        QVERIFY(w.id.startsWith(QLatin1String("wrkspc_01")));
        QCOMPARE(w.id.size(), 31);
        workspaceIds.insert(w.id);
    }
    QSet<QString> keyIds;
    for (const ApiKeyRecord &k : keys) {
        QVERIFY(k.id.startsWith(QLatin1String("apikey_01")));
        QVERIFY(k.workspaceId.isNull() || workspaceIds.contains(k.workspaceId));
        keyIds.insert(k.id);
    }
    QCOMPARE(keyIds.size(), keys.size());
    // Every key in the usage report is in the directory.
    for (const UsageLine &line : org.usageForDay(QDate(2025, 5, 5)))
        QVERIFY(line.apiKeyId.isNull() || keyIds.contains(line.apiKeyId));
}

void TestSandboxOrganization::largeProfileVolumeAndSpeed()
{
    SandboxProfile profile = SandboxProfile::large();
    profile.lastDay = QDate(2025, 12, 31);
    QCOMPARE(profile.businessUnits.size(), 7);
    QElapsedTimer timer;
    timer.start();
    OrganizationTotals all;
    for (const SandboxBusinessUnit &unit : profile.businessUnits)
        all += SyntheticOrganization(profile, unit).totals(Year2025);
    const qint64 ms = timer.elapsed();
    qInfo("large profile, 2025: %lld usage rows, %lld cost lines, $%s billed, generated in %lld ms",
          all.usageRows, all.costLines, qPrintable(all.billed.toDecimalString(2)), ms);
    QVERIFY2(all.usageRows > 240'000 && all.usageRows < 300'000, qPrintable(QString::number(all.usageRows)));
    QVERIFY2(all.costLines > 420'000 && all.costLines < 520'000, qPrintable(QString::number(all.costLines)));
    QVERIFY2(ms < 10'000, "generation must stay fast: benchmarks fetch a whole year");

    // The same year as records with their strings, which is what the endpoints serialise.
    timer.restart();
    qint64 usageRows = 0;
    qint64 costLines = 0;
    for (const SandboxBusinessUnit &unit : profile.businessUnits) {
        const SyntheticOrganization org(profile, unit);
        for (const QDate &day : Year2025.days()) {
            usageRows += org.usageForDay(day, UsageGrouping::clientGrain()).size();
            costLines += org.costForDay(day).size();
        }
    }
    const qint64 recordsMs = timer.elapsed();
    qInfo("as UsageLine/CostLine records: %lld ms", recordsMs);
    QCOMPARE(usageRows, all.usageRows);
    QCOMPARE(costLines, all.costLines);
    QVERIFY(recordsMs < 20'000);
}

QTEST_GUILESS_MAIN(TestSandboxOrganization)
#include "tst_sandbox_organization.moc"
