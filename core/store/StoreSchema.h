#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace tieout {

// The store's tables as of the latest migration (see Migrator for the DDL). Money is integer
// nano-dollars in BIGINT columns; dates are DATE on PostgreSQL and 'YYYY-MM-DD' text on SQLite;
// timestamps are RFC 3339 UTC text with milliseconds on both. NULL is kept wherever the API sends
// null (workspace_id null = default workspace, api_key_id null = Console usage).
//
//   schema_version  version, description, applied_at
//   cost_lines      bu, date, workspace_id, description, cost_type, model, token_type, service_tier,
//                   context_window, inference_geo, currency, amount_nanos          index (bu, date)
//   usage_lines     bu, date, api_key_id, workspace_id, model, service_tier, context_window,
//                   inference_geo, uncached_input_tokens, output_tokens, cache_read_input_tokens,
//                   cache_creation_5m_input_tokens, cache_creation_1h_input_tokens,
//                   web_search_requests                                            index (bu, date)
//   productivity    bu, date, actor_type, actor_id, organization_id, customer_type, terminal_type,
//                   sessions, lines_added, lines_removed, commits, pull_requests, tool_actions (JSON)
//                   — deliberately no cost, amount, price or token column (SPEC §2.3) index (bu, date)
//   api_keys        bu, id, name, workspace_id, status                        primary key (bu, id)
//   workspaces      bu, id, name                                              primary key (bu, id)
//   bu_overrides    api_key_id, bu                                         primary key (api_key_id)
//   price_entries   model, token_type, service_tier, context_window, effective_from, effective_to,
//                   unit_price_nanos_per_mtok, note
//   fetch_coverage  bu, date, endpoint, fetched_at, row_count        primary key (bu, date, endpoint)
//   audit_log       id, at, actor, action, bu, window_from, window_to, fetched, deleted, inserted,
//                   billed_before_nanos, billed_after_nanos, detail
//   revisions       bu, date, detected_at, billed_before_nanos, billed_after_nanos,
//                   usage_tokens_before, usage_tokens_after                        index (bu, date)
//
// This class describes those tables for code that works on any of them by name (checksums,
// duplicate checks), and whitelists the names so none is ever spliced into SQL unchecked.
class StoreSchema final
{
public:
    enum class ColumnType : quint8
    {
        Text,
        Date,
        Integer,
        Timestamp
    };

    struct Column
    {
        QString name;
        ColumnType type = ColumnType::Text;
        bool nullable = true;
    };

    struct Table
    {
        QString name;
        QList<Column> columns;
        QStringList grain; // the columns that identify a row; duplicates at this grain are errors
        bool hasBu = false;
        bool hasDate = false; // a `date` column (the report day)

        const Column *column(QStringView columnName) const;
    };

    static const QList<Table> &tables();
    static const Table *table(QStringView name);
    // The tables holding fetched report rows, whose grain duplicates matter most.
    static QStringList factTables();
};

} // namespace tieout
