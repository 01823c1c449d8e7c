#include "StoreTestSupport.h"

#include "core/store/SqlSupport.h"

#include <QCoreApplication>
#include <QTest>

#include <algorithm>
#include <atomic>

namespace tieout::test {

namespace {
std::atomic<int> g_schemaCounter{0};

QString nullableKey(const QString &text)
{
    return text.isNull() ? QStringLiteral("\x01") : QStringLiteral("\x02") + text;
}
} // namespace

QString postgresTestUrl()
{
    return qEnvironmentVariable("TIEOUT_TEST_PG_URL");
}

const char *postgresSkipMessage()
{
    return "TIEOUT_TEST_PG_URL is not set: PostgreSQL tests skipped (scripts/start-postgres.sh starts a "
           "server "
           "and prints the URL to export)";
}

bool postgresRowWithoutServer()
{
    QFETCH_GLOBAL(QString, engine);
    return engine == QLatin1String("postgres") && postgresTestUrl().isEmpty();
}

void addEngineRows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

StoreFixture::StoreFixture(const QString &engine, bool migrate)
    : m_postgres(engine == QLatin1String("postgres"))
{
    if (m_postgres) {
        const QString base = postgresTestUrl();
        if (base.isEmpty()) {
            m_error = QString::fromLatin1(postgresSkipMessage());
            return;
        }
        m_schema = QStringLiteral("tst_%1_%2_%3")
                       .arg(QCoreApplication::applicationPid())
                       .arg(QDateTime::currentMSecsSinceEpoch() % 1'000'000)
                       .arg(g_schemaCounter.fetch_add(1));
        auto url = DatabaseUrl::parse(
            base + (base.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?")) +
            QStringLiteral("schema=") + m_schema);
        if (!url) {
            m_error = url.error().message();
            return;
        }
        m_url = *url;
    } else {
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return;
        }
        m_url = DatabaseUrl::sqlite(m_dir.filePath(QStringLiteral("tieout.sqlite")));
    }
    m_database = std::make_unique<Database>(m_url);
    if (migrate) {
        auto version = m_database->migrate();
        if (!version)
            m_error = version.error().message();
    } else if (auto db = m_database->connection(); !db) {
        m_error = db.error().message();
    }
}

StoreFixture::~StoreFixture()
{
    if (m_database && m_postgres && !m_schema.isEmpty()) {
        if (auto db = m_database->connection()) {
            if (auto status = sql::execStatement(
                    *db, QStringLiteral("DROP SCHEMA IF EXISTS \"%1\" CASCADE").arg(m_schema),
                    QStringLiteral("drop test schema"));
                !status)
                qWarning("%s", qPrintable(status.error().message()));
        }
    }
    m_database.reset();
}

QSqlDatabase StoreFixture::db()
{
    auto db = m_database->connection();
    if (!db)
        qFatal("%s", qPrintable(db.error().message()));
    return *db;
}

DateRange month(int year, int month)
{
    const QDate first(year, month, 1);
    return {first, first.addMonths(1)};
}

WindowData sampleWindow(const QString &businessUnit, const DateRange &range, int seed, int linesPerDay)
{
    WindowData data;
    data.businessUnit = businessUnit;
    data.range = range;
    const QStringList models = {QStringLiteral("claude-sonnet-4-5-20250929"),
                                QStringLiteral("claude-opus-4-1"), QStringLiteral("claude-haiku-4-5")};
    const QStringList workspaces = {QString(), QStringLiteral("wrkspc_01A"), QStringLiteral("wrkspc_02B")};
    const QStringList tokenTypes = {QStringLiteral("uncached_input_tokens"), QStringLiteral("output_tokens"),
                                    QStringLiteral("cache_read_input_tokens"),
                                    QStringLiteral("cache_creation.ephemeral_5m_input_tokens")};
    int n = seed * 7919;
    for (const QDate &day : range.days()) {
        for (int i = 0; i < linesPerDay; ++i, ++n) {
            CostLine line;
            line.date = day;
            line.workspaceId = workspaces.at(n % workspaces.size());
            line.currency = QStringLiteral("USD");
            line.model = models.at(n % models.size());
            if (i == 4) { // a non-token cost: token fields NULL
                line.costType = QStringLiteral("web_search");
                line.description = QStringLiteral("Web search – Ünïcode ✓");
                line.model = QString();
            } else {
                line.costType = QStringLiteral("tokens");
                line.description = QStringLiteral("%1 usage %2").arg(line.model).arg(i);
                line.tokenType = tokenTypes.at(i % tokenTypes.size());
                line.serviceTier = (n % 3 == 0) ? QStringLiteral("batch") : QStringLiteral("standard");
                line.contextWindow = QStringLiteral("0-200k");
                line.inferenceGeo = (n % 2) ? QStringLiteral("us") : QString();
            }
            // Mostly cents-sized positive amounts, a credit now and then.
            line.amount = Money::fromNanos((i % 7 == 6 ? -1 : 1) * (qint64(n % 9973) * 1'234'567 + seed));
            data.costLines.append(line);

            UsageLine usage;
            usage.date = day;
            usage.apiKeyId = (i == 3)
                                 ? QString()
                                 : QStringLiteral("apikey_%1").arg(i); // unique per day: no grain duplicates
            usage.workspaceId = workspaces.at(n % workspaces.size());
            usage.model = models.at((n + i) % models.size());
            usage.serviceTier = (i % 6 == 5) ? QStringLiteral("priority") : QStringLiteral("standard");
            usage.contextWindow = (i % 3 == 2) ? QStringLiteral("200k-1M") : QStringLiteral("0-200k");
            usage.inferenceGeo = (i % 2) ? QStringLiteral("") : QString(); // empty string is not NULL
            for (int t = 0; t < TokenTypeCount; ++t)
                usage.tokens[t] = qint64(n % 1000 + 1) * (t + 1) * 1000 + seed;
            usage.webSearchRequests = i % 3;
            data.usageLines.append(usage);
        }
        ProductivityRecord record;
        record.date = day;
        record.actorType = QStringLiteral("user_actor");
        record.actorId = QStringLiteral("dev%1@example.com").arg(seed);
        record.organizationId = QStringLiteral("org_%1").arg(businessUnit);
        record.customerType = QStringLiteral("api");
        record.terminalType = (n % 2) ? QStringLiteral("vscode") : QString();
        record.sessions = n % 11;
        record.linesAdded = n % 500;
        record.linesRemoved = n % 120;
        record.commits = n % 4;
        record.pullRequests = n % 2;
        record.toolActions.insert(QStringLiteral("edit_tool"), {n % 30, n % 3});
        if (n % 2)
            record.toolActions.insert(QStringLiteral("some_new_tool"), {1, 0});
        data.productivity.append(record);
    }
    for (int k = 0; k < 5; ++k)
        data.apiKeys.append({QStringLiteral("apikey_%1").arg(k),
                             QStringLiteral("Key %1 of %2").arg(k).arg(businessUnit),
                             k % 2 ? QStringLiteral("wrkspc_01A") : QString(), QStringLiteral("active")});
    data.workspaces.append({QStringLiteral("wrkspc_01A"), QStringLiteral("Research")});
    data.workspaces.append({QStringLiteral("wrkspc_02B"), QStringLiteral("Prod – EU")});
    return data;
}

CostLines sortedCostLines(CostLines lines)
{
    std::sort(lines.begin(), lines.end(), [](const CostLine &a, const CostLine &b) {
        const auto key = [](const CostLine &l) {
            return QStringList{l.date.toString(Qt::ISODate),
                               nullableKey(l.workspaceId),
                               nullableKey(l.description),
                               nullableKey(l.costType),
                               nullableKey(l.model),
                               nullableKey(l.tokenType),
                               nullableKey(l.serviceTier),
                               nullableKey(l.contextWindow),
                               nullableKey(l.inferenceGeo),
                               nullableKey(l.currency),
                               QString::number(l.amount.nanos())};
        };
        return key(a) < key(b);
    });
    return lines;
}

UsageLines sortedUsageLines(UsageLines lines)
{
    std::sort(lines.begin(), lines.end(), [](const UsageLine &a, const UsageLine &b) {
        const auto key = [](const UsageLine &l) {
            QStringList k{l.date.toString(Qt::ISODate), nullableKey(l.apiKeyId),
                          nullableKey(l.workspaceId),   nullableKey(l.model),
                          nullableKey(l.serviceTier),   nullableKey(l.contextWindow),
                          nullableKey(l.inferenceGeo)};
            for (qint64 t : l.tokens)
                k.append(QString::number(t));
            k.append(QString::number(l.webSearchRequests));
            return k;
        };
        return key(a) < key(b);
    });
    return lines;
}

ProductivityRecords sortedProductivity(ProductivityRecords records)
{
    std::sort(records.begin(), records.end(), [](const ProductivityRecord &a, const ProductivityRecord &b) {
        const auto key = [](const ProductivityRecord &r) {
            return QStringList{r.date.toString(Qt::ISODate), nullableKey(r.actorType),
                               nullableKey(r.actorId),       nullableKey(r.organizationId),
                               nullableKey(r.customerType),  nullableKey(r.terminalType)};
        };
        return key(a) < key(b);
    });
    return records;
}

} // namespace tieout::test
