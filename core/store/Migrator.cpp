#include "core/store/Migrator.h"

#include "core/common/LogCategories.h"
#include "core/store/SqlSupport.h"
#include "core/store/Transaction.h"

#include <QDateTime>

namespace tieout {

namespace {

QList<Migrator::Migration> buildMigrations()
{
    QList<Migrator::Migration> migrations;
    migrations.append(
        {1,
         QStringLiteral("report rows, directories, overrides, price entries, coverage, audit, revisions"),
         {
             QStringLiteral(
                 "CREATE TABLE cost_lines (bu TEXT NOT NULL, date {DATE} NOT NULL, workspace_id TEXT, "
                 "description TEXT, cost_type TEXT, model TEXT, token_type TEXT, service_tier TEXT, "
                 "context_window TEXT, inference_geo TEXT, currency TEXT, amount_nanos BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX cost_lines_bu_date ON cost_lines (bu, date)"),
             QStringLiteral(
                 "CREATE TABLE usage_lines (bu TEXT NOT NULL, date {DATE} NOT NULL, api_key_id TEXT, "
                 "workspace_id TEXT, model TEXT, service_tier TEXT, context_window TEXT, "
                 "inference_geo TEXT, uncached_input_tokens BIGINT NOT NULL, output_tokens BIGINT NOT NULL, "
                 "cache_read_input_tokens BIGINT NOT NULL, cache_creation_5m_input_tokens BIGINT NOT NULL, "
                 "cache_creation_1h_input_tokens BIGINT NOT NULL, web_search_requests BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX usage_lines_bu_date ON usage_lines (bu, date)"),
             QStringLiteral(
                 "CREATE TABLE productivity (bu TEXT NOT NULL, date {DATE} NOT NULL, actor_type TEXT, "
                 "actor_id TEXT, organization_id TEXT, customer_type TEXT, terminal_type TEXT, "
                 "sessions BIGINT NOT NULL, lines_added BIGINT NOT NULL, lines_removed BIGINT NOT NULL, "
                 "commits BIGINT NOT NULL, pull_requests BIGINT NOT NULL, tool_actions TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX productivity_bu_date ON productivity (bu, date)"),
             QStringLiteral(
                 "CREATE TABLE api_keys (bu TEXT NOT NULL, id TEXT NOT NULL, name TEXT, workspace_id TEXT, "
                 "status TEXT, PRIMARY KEY (bu, id))"),
             QStringLiteral("CREATE TABLE workspaces (bu TEXT NOT NULL, id TEXT NOT NULL, name TEXT, "
                            "PRIMARY KEY (bu, id))"),
             QStringLiteral(
                 "CREATE TABLE bu_overrides (api_key_id TEXT NOT NULL PRIMARY KEY, bu TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE price_entries (model TEXT NOT NULL, token_type TEXT NOT NULL, "
                 "service_tier TEXT, context_window TEXT, effective_from {DATE}, effective_to {DATE}, "
                 "unit_price_nanos_per_mtok BIGINT NOT NULL, note TEXT)"),
             QStringLiteral(
                 "CREATE TABLE fetch_coverage (bu TEXT NOT NULL, date {DATE} NOT NULL, endpoint TEXT NOT "
                 "NULL, "
                 "fetched_at TEXT NOT NULL, row_count BIGINT NOT NULL, PRIMARY KEY (bu, date, endpoint))"),
             QStringLiteral(
                 "CREATE TABLE audit_log (id {ID}, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT "
                 "NULL, "
                 "bu TEXT, window_from {DATE}, window_to {DATE}, fetched BIGINT, deleted BIGINT, "
                 "inserted BIGINT, billed_before_nanos BIGINT, billed_after_nanos BIGINT, detail TEXT)"),
             QStringLiteral(
                 "CREATE TABLE revisions (bu TEXT NOT NULL, date {DATE} NOT NULL, detected_at TEXT NOT NULL, "
                 "billed_before_nanos BIGINT NOT NULL, billed_after_nanos BIGINT NOT NULL, "
                 "usage_tokens_before BIGINT NOT NULL, usage_tokens_after BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX revisions_bu_date ON revisions (bu, date)"),
         }});
    // The reconciler and the checks scan a date range across every BU; (bu, date) cannot serve
    // that, so a one-month reconcile read the whole table.
    migrations.append({2,
                       QStringLiteral("date indexes for range scans across BUs"),
                       {
                           QStringLiteral("CREATE INDEX cost_lines_date ON cost_lines (date)"),
                           QStringLiteral("CREATE INDEX usage_lines_date ON usage_lines (date)"),
                           QStringLiteral("CREATE INDEX fetch_coverage_date ON fetch_coverage (date)"),
                       }});
    return migrations;
}

} // namespace

Migrator::Migrator(QSqlDatabase db, QList<Migration> migrations)
    : m_db(std::move(db)), m_migrations(std::move(migrations))
{
    for (const Migration &migration : std::as_const(m_migrations))
        m_latest = qMax(m_latest, migration.version);
}

const QList<Migrator::Migration> &Migrator::builtinMigrations()
{
    static const QList<Migration> migrations = buildMigrations();
    return migrations;
}

int Migrator::latestBuiltinVersion()
{
    return builtinMigrations().constLast().version;
}

QString Migrator::expand(const QString &statement) const
{
    const bool sqlite = sql::engineOf(m_db) == DatabaseEngine::Sqlite;
    QString result = statement;
    result.replace(QLatin1String("{DATE}"), sqlite ? QLatin1String("TEXT") : QLatin1String("DATE"));
    result.replace(QLatin1String("{ID}"), sqlite ? QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT")
                                                 : QLatin1String("BIGSERIAL PRIMARY KEY"));
    return result;
}

Result<int> Migrator::currentVersion()
{
    const bool sqlite = sql::engineOf(m_db) == DatabaseEngine::Sqlite;
    auto exists = sql::prepare(
        m_db, sqlite ? QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
                     : QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_name = ? "
                                      "AND table_schema = current_schema()"));
    if (!exists)
        return exists.error();
    exists->addBindValue(QStringLiteral("schema_version"));
    if (auto status = sql::exec(*exists, QStringLiteral("cannot read the schema version")); !status)
        return status.error();
    if (!exists->next())
        return 0;
    exists->finish();

    auto query = sql::prepare(m_db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    if (!query)
        return query.error();
    if (auto status = sql::exec(*query, QStringLiteral("cannot read the schema version")); !status)
        return status.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<int> Migrator::migrate()
{
    auto before = currentVersion();
    if (!before)
        return before.error();
    if (*before > m_latest)
        return Error(
            ErrorCode::Database,
            QStringLiteral("the database schema is version %1, newer than this version of Tieout understands "
                           "(up to %2); upgrade Tieout before using this database")
                .arg(*before)
                .arg(m_latest));
    if (*before == m_latest)
        return m_latest;

    if (auto status =
            sql::execStatement(m_db,
                               QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER "
                                              "NOT NULL PRIMARY KEY, description TEXT NOT NULL, "
                                              "applied_at TEXT NOT NULL)"),
                               QStringLiteral("cannot create the schema_version table"));
        !status)
        return status.error();

    for (const Migration &migration : std::as_const(m_migrations)) {
        if (migration.version <= *before)
            continue;
        if (auto status = apply(migration); !status)
            return status.error();
    }
    return currentVersion();
}

Status Migrator::apply(const Migration &migration)
{
    const QString context =
        QStringLiteral("schema migration %1 (%2)").arg(migration.version).arg(migration.description);
    Transaction transaction(m_db);
    if (auto status = transaction.begin(); !status)
        return status.error().withContext(context);
    if (sql::engineOf(m_db) == DatabaseEngine::Postgres) {
        // Another process migrating at the same moment waits here instead of failing half-way.
        if (auto status = sql::execStatement(m_db, QStringLiteral("LOCK TABLE schema_version"), context);
            !status)
            return status;
    }
    // Re-read under the lock: someone else may have applied it meanwhile.
    auto applied = sql::prepare(m_db, QStringLiteral("SELECT 1 FROM schema_version WHERE version = ?"));
    if (!applied)
        return applied.error();
    applied->addBindValue(migration.version);
    if (auto status = sql::exec(*applied, context); !status)
        return status;
    if (applied->next())
        return okStatus(); // the transaction rolls back: nothing to do
    applied->finish();

    for (const QString &statement : migration.statements) {
        if (auto status = sql::execStatement(m_db, expand(statement), context); !status)
            return status;
    }
    auto record =
        sql::prepare(m_db, QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                                          "VALUES (?, ?, ?)"));
    if (!record)
        return record.error();
    record->addBindValue(migration.version);
    record->addBindValue(migration.description);
    record->addBindValue(sql::timestamp(QDateTime::currentDateTimeUtc()));
    if (auto status = sql::exec(*record, context); !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status.error().withContext(context);
    qCDebug(lcStore) << "applied" << context;
    return okStatus();
}

} // namespace tieout
