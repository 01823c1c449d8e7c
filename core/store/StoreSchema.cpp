#include "core/store/StoreSchema.h"

namespace tieout {

namespace {

using Column = StoreSchema::Column;
using Type = StoreSchema::ColumnType;

Column text(const char *name, bool nullable = true)
{
    return {QString::fromLatin1(name), Type::Text, nullable};
}
Column integer(const char *name)
{
    return {QString::fromLatin1(name), Type::Integer, false};
}
Column nullableInteger(const char *name)
{
    return {QString::fromLatin1(name), Type::Integer, true};
}
Column date(const char *name, bool nullable = false)
{
    return {QString::fromLatin1(name), Type::Date, nullable};
}
Column timestamp(const char *name)
{
    return {QString::fromLatin1(name), Type::Timestamp, false};
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *name : list)
        result.append(QString::fromLatin1(name));
    return result;
}

QList<StoreSchema::Table> buildTables()
{
    QList<StoreSchema::Table> tables;
    tables.append({QStringLiteral("cost_lines"),
                   {text("bu", false), date("date"), text("workspace_id"), text("description"),
                    text("cost_type"), text("model"), text("token_type"), text("service_tier"),
                    text("context_window"), text("inference_geo"), text("currency"), integer("amount_nanos")},
                   names({"bu", "date", "workspace_id", "description", "cost_type", "model", "token_type",
                          "service_tier", "context_window", "inference_geo", "currency"}),
                   true,
                   true});
    tables.append({QStringLiteral("usage_lines"),
                   {text("bu", false), date("date"), text("api_key_id"), text("workspace_id"), text("model"),
                    text("service_tier"), text("context_window"), text("inference_geo"),
                    integer("uncached_input_tokens"), integer("output_tokens"),
                    integer("cache_read_input_tokens"), integer("cache_creation_5m_input_tokens"),
                    integer("cache_creation_1h_input_tokens"), integer("web_search_requests")},
                   names({"bu", "date", "api_key_id", "workspace_id", "model", "service_tier",
                          "context_window", "inference_geo"}),
                   true,
                   true});
    tables.append(
        {QStringLiteral("productivity"),
         {text("bu", false), date("date"), text("actor_type"), text("actor_id"), text("organization_id"),
          text("customer_type"), text("terminal_type"), integer("sessions"), integer("lines_added"),
          integer("lines_removed"), integer("commits"), integer("pull_requests"),
          text("tool_actions", false)},
         names({"bu", "date", "actor_type", "actor_id", "organization_id", "customer_type", "terminal_type"}),
         true,
         true});
    tables.append({QStringLiteral("api_keys"),
                   {text("bu", false), text("id", false), text("name"), text("workspace_id"), text("status")},
                   names({"bu", "id"}),
                   true,
                   false});
    tables.append({QStringLiteral("workspaces"),
                   {text("bu", false), text("id", false), text("name")},
                   names({"bu", "id"}),
                   true,
                   false});
    tables.append({QStringLiteral("bu_overrides"),
                   {text("api_key_id", false), text("bu", false)},
                   names({"api_key_id"}),
                   false,
                   false});
    tables.append({QStringLiteral("price_entries"),
                   {text("model", false), text("token_type", false), text("service_tier"),
                    text("context_window"), date("effective_from", true), date("effective_to", true),
                    integer("unit_price_nanos_per_mtok"), text("note")},
                   names({"model", "token_type", "service_tier", "context_window", "effective_from"}),
                   false,
                   false});
    tables.append({QStringLiteral("fetch_coverage"),
                   {text("bu", false), date("date"), text("endpoint", false), timestamp("fetched_at"),
                    integer("row_count")},
                   names({"bu", "date", "endpoint"}),
                   true,
                   true});
    tables.append(
        {QStringLiteral("audit_log"),
         {integer("id"), timestamp("at"), text("actor", false), text("action", false), text("bu"),
          date("window_from", true), date("window_to", true), nullableInteger("fetched"),
          nullableInteger("deleted"), nullableInteger("inserted"), nullableInteger("billed_before_nanos"),
          nullableInteger("billed_after_nanos"), text("detail")},
         names({"id"}),
         true,
         false});
    tables.append(
        {QStringLiteral("revisions"),
         {text("bu", false), date("date"), timestamp("detected_at"), integer("billed_before_nanos"),
          integer("billed_after_nanos"), integer("usage_tokens_before"), integer("usage_tokens_after")},
         names({"bu", "date", "detected_at"}),
         true,
         true});
    return tables;
}

} // namespace

const StoreSchema::Column *StoreSchema::Table::column(QStringView columnName) const
{
    for (const Column &c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

const QList<StoreSchema::Table> &StoreSchema::tables()
{
    static const QList<Table> tables = buildTables();
    return tables;
}

const StoreSchema::Table *StoreSchema::table(QStringView name)
{
    for (const Table &t : tables()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QStringList StoreSchema::factTables()
{
    return {QStringLiteral("cost_lines"), QStringLiteral("usage_lines"), QStringLiteral("productivity")};
}

} // namespace tieout
