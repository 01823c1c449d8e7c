#include "core/store/SqliteNativeScan.h"

#ifdef TIEOUT_HAVE_SQLITE3_API

#include "core/common/LogCategories.h"

#include <QSqlDriver>

#include <dlfcn.h>
#include <link.h>
#include <sqlite3.h>

#include <cstring>
#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace tieout::sqlite_native {

namespace {

// Finds the loaded Qt SQLite plugin and asks the dynamic linker which sqlite3_libversion it
// resolves to. Equal to ours: one library, so its handles are ours to use. Different or hidden
// (a statically bundled SQLite): not safe.
int findPlugin(struct dl_phdr_info *info, size_t, void *data)
{
    const char *name = info->dlpi_name;
    if (name && std::strstr(name, "/libqsqlite")) {
        *static_cast<std::string *>(data) = name;
        return 1;
    }
    return 0;
}

bool pluginSharesOurSqlite()
{
    std::string plugin;
    dl_iterate_phdr(findPlugin, &plugin);
    if (plugin.empty())
        return false;
    void *handle = dlopen(plugin.c_str(), RTLD_LAZY | RTLD_NOLOAD);
    if (!handle)
        return false;
    void *theirs = dlsym(handle, "sqlite3_libversion");
    dlclose(handle);
    using Version = const char *(*)();
    const Version ours = &sqlite3_libversion;
    return theirs != nullptr && reinterpret_cast<Version>(theirs) == ours;
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || !db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Each distinct text of a column decoded once; the QStrings handed out share its data.
class TextColumn final
{
public:
    const QString &read(sqlite3_stmt *statement, int column)
    {
        if (sqlite3_column_type(statement, column) == SQLITE_NULL)
            return m_null;
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        const std::string_view text(bytes ? bytes : "",
                                    static_cast<size_t>(sqlite3_column_bytes(statement, column)));
        if (m_hasLast && text == m_lastKey)
            return *m_last;
        auto it = m_values.find(text);
        if (it == m_values.end()) {
            if (m_values.size() >= kMaxDistinct) { // free text: stop remembering, keep decoding
                m_overflow = text.empty() ? QStringLiteral("")
                                          : QString::fromUtf8(text.data(), qsizetype(text.size()));
                m_hasLast = false;
                return m_overflow;
            }
            QString value = QString::fromUtf8(text.data(), qsizetype(text.size()));
            if (value.isNull())
                value = QStringLiteral(""); // '' is not NULL
            it = m_values.emplace(std::string(text), std::move(value)).first;
        }
        m_lastKey = it->first;
        m_last = &it->second;
        m_hasLast = true;
        return it->second;
    }

private:
    static constexpr size_t kMaxDistinct = 50'000;
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_values;
    std::string_view m_lastKey; // points into a key of m_values (node-based: stable)
    const QString *m_last = nullptr;
    bool m_hasLast = false;
    QString m_overflow;
    const QString m_null;
};

// 'YYYY-MM-DD' text, parsed once per run of equal dates.
class DateColumn final
{
public:
    QDate read(sqlite3_stmt *statement, int column)
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        const int size = sqlite3_column_bytes(statement, column);
        if (!bytes || size != 10)
            return {};
        if (std::memcmp(bytes, m_last, 10) != 0) {
            std::memcpy(m_last, bytes, 10);
            m_date = QDate::fromString(QLatin1String(bytes, 10), Qt::ISODate);
        }
        return m_date;
    }

private:
    char m_last[10] = {};
    QDate m_date;
};

class Statement final
{
public:
    Statement(sqlite3 *db, const char *sql, const DateRange &range) : m_db(db)
    {
        m_status = sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr);
        const QByteArray from = range.from.toString(Qt::ISODate).toLatin1();
        const QByteArray to = range.toExclusive.toString(Qt::ISODate).toLatin1();
        if (m_status == SQLITE_OK)
            m_status =
                sqlite3_bind_text(m_statement, 1, from.constData(), int(from.size()), SQLITE_TRANSIENT);
        if (m_status == SQLITE_OK)
            m_status = sqlite3_bind_text(m_statement, 2, to.constData(), int(to.size()), SQLITE_TRANSIENT);
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    sqlite3_stmt *get() const { return m_statement; }
    bool ok() const { return m_status == SQLITE_OK; }
    Error error(const char *what) const
    {
        return Error(ErrorCode::Database, QStringLiteral("%1: %2").arg(
                                              QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(m_db))));
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    int m_status = SQLITE_OK;
};

} // namespace

bool available(const QSqlDatabase &db)
{
    static std::once_flag once;
    static bool shared = false;
    std::call_once(once, [] {
        shared = pluginSharesOurSqlite();
        qCDebug(lcStore) << "native SQLite scans"
                         << (shared ? "enabled" : "disabled: the Qt plugin uses another SQLite");
    });
    return shared && handleOf(db) != nullptr;
}

Status scanCostLines(const QSqlDatabase &db, const DateRange &range,
                     const std::function<void(const QString &, const CostLine &)> &callback, bool all)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return Error(ErrorCode::Internal, QStringLiteral("not an open SQLite connection"));
    Statement statement(
        handle,
        all ? "SELECT bu, date, workspace_id, cost_type, model, token_type, service_tier, context_window, "
              "amount_nanos, description, inference_geo, currency FROM cost_lines WHERE date >= ? AND date < "
              "?"
            : "SELECT bu, date, workspace_id, cost_type, model, token_type, service_tier, context_window, "
              "amount_nanos FROM cost_lines WHERE date >= ? AND date < ?",
        range);
    if (!statement.ok())
        return statement.error("cannot read cost lines");
    TextColumn bu, workspace, costType, model, tokenType, tier, window, description, geo, currency;
    DateColumn date;
    CostLine line;
    sqlite3_stmt *s = statement.get();
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        line.date = date.read(s, 1);
        line.workspaceId = workspace.read(s, 2);
        line.costType = costType.read(s, 3);
        line.model = model.read(s, 4);
        line.tokenType = tokenType.read(s, 5);
        line.serviceTier = tier.read(s, 6);
        line.contextWindow = window.read(s, 7);
        line.amount = Money::fromNanos(sqlite3_column_int64(s, 8));
        if (all) {
            line.description = description.read(s, 9);
            line.inferenceGeo = geo.read(s, 10);
            line.currency = currency.read(s, 11);
        }
        callback(bu.read(s, 0), line);
    }
    if (rc != SQLITE_DONE)
        return statement.error("reading cost lines stopped");
    return okStatus();
}

Status scanUsageLines(const QSqlDatabase &db, const DateRange &range,
                      const std::function<void(const QString &, const UsageLine &)> &callback, bool all)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return Error(ErrorCode::Internal, QStringLiteral("not an open SQLite connection"));
    Statement statement(
        handle,
        all ? "SELECT bu, date, api_key_id, workspace_id, model, service_tier, context_window, "
              "uncached_input_tokens, output_tokens, cache_read_input_tokens, "
              "cache_creation_5m_input_tokens, "
              "cache_creation_1h_input_tokens, web_search_requests, inference_geo FROM usage_lines "
              "WHERE date >= ? AND date < ?"
            : "SELECT bu, date, api_key_id, workspace_id, model, service_tier, context_window, "
              "uncached_input_tokens, output_tokens, cache_read_input_tokens, "
              "cache_creation_5m_input_tokens, "
              "cache_creation_1h_input_tokens, web_search_requests FROM usage_lines "
              "WHERE date >= ? AND date < ?",
        range);
    if (!statement.ok())
        return statement.error("cannot read usage lines");
    TextColumn bu, apiKey, workspace, model, tier, window, geo;
    DateColumn date;
    UsageLine line;
    sqlite3_stmt *s = statement.get();
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        line.date = date.read(s, 1);
        line.apiKeyId = apiKey.read(s, 2);
        line.workspaceId = workspace.read(s, 3);
        line.model = model.read(s, 4);
        line.serviceTier = tier.read(s, 5);
        line.contextWindow = window.read(s, 6);
        for (int i = 0; i < TokenTypeCount; ++i)
            line.tokens[i] = sqlite3_column_int64(s, 7 + i);
        line.webSearchRequests = sqlite3_column_int64(s, 7 + TokenTypeCount);
        if (all)
            line.inferenceGeo = geo.read(s, 8 + TokenTypeCount);
        callback(bu.read(s, 0), line);
    }
    if (rc != SQLITE_DONE)
        return statement.error("reading usage lines stopped");
    return okStatus();
}

} // namespace tieout::sqlite_native

#else // no SQLite headers at build time: StoreReader always uses QSqlQuery

namespace tieout::sqlite_native {

bool available(const QSqlDatabase &)
{
    return false;
}

Status scanCostLines(const QSqlDatabase &, const DateRange &,
                     const std::function<void(const QString &, const CostLine &)> &, bool)
{
    return Error(ErrorCode::Internal, QStringLiteral("built without the SQLite C API"));
}

Status scanUsageLines(const QSqlDatabase &, const DateRange &,
                      const std::function<void(const QString &, const UsageLine &)> &, bool)
{
    return Error(ErrorCode::Internal, QStringLiteral("built without the SQLite C API"));
}

} // namespace tieout::sqlite_native

#endif
