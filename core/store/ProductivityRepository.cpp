#include "core/store/ProductivityRepository.h"

#include "core/store/BulkInserter.h"
#include "core/store/SqlSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tieout {

namespace {
QStringList columns()
{
    return {QStringLiteral("bu"),
            QStringLiteral("date"),
            QStringLiteral("actor_type"),
            QStringLiteral("actor_id"),
            QStringLiteral("organization_id"),
            QStringLiteral("customer_type"),
            QStringLiteral("terminal_type"),
            QStringLiteral("sessions"),
            QStringLiteral("lines_added"),
            QStringLiteral("lines_removed"),
            QStringLiteral("commits"),
            QStringLiteral("pull_requests"),
            QStringLiteral("tool_actions")};
}
} // namespace

ProductivityRepository::ProductivityRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QString ProductivityRepository::toolActionsToJson(const QMap<QString, ToolActionCounts> &actions)
{
    QJsonObject object; // keeps keys sorted, so equal maps give equal text
    for (auto it = actions.cbegin(); it != actions.cend(); ++it) {
        object.insert(it.key(), QJsonObject{{QStringLiteral("accepted"), it.value().accepted},
                                            {QStringLiteral("rejected"), it.value().rejected}});
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<QMap<QString, ToolActionCounts>> ProductivityRepository::toolActionsFromJson(const QString &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error(ErrorCode::Database,
                     QStringLiteral("malformed tool_actions JSON in the productivity table: %1")
                         .arg(parseError.errorString()));
    QMap<QString, ToolActionCounts> actions;
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonObject counts = it.value().toObject();
        actions.insert(it.key(), {counts.value(QLatin1String("accepted")).toInteger(),
                                  counts.value(QLatin1String("rejected")).toInteger()});
    }
    return actions;
}

Status ProductivityRepository::insert(const QString &businessUnit, const ProductivityRecords &records)
{
    BulkInserter insert(m_db, QStringLiteral("productivity"), columns());
    const QVariant bu(businessUnit);
    for (const ProductivityRecord &record : records) {
        insert.add(bu);
        insert.add(sql::date(record.date));
        insert.add(sql::text(record.actorType));
        insert.add(sql::text(record.actorId));
        insert.add(sql::text(record.organizationId));
        insert.add(sql::text(record.customerType));
        insert.add(sql::text(record.terminalType));
        insert.add(sql::int64(record.sessions));
        insert.add(sql::int64(record.linesAdded));
        insert.add(sql::int64(record.linesRemoved));
        insert.add(sql::int64(record.commits));
        insert.add(sql::int64(record.pullRequests));
        insert.add(toolActionsToJson(record.toolActions));
        if (auto status = insert.endRow(); !status)
            return status;
    }
    return insert.finish();
}

Result<ProductivityRecords> ProductivityRepository::load(const QString &businessUnit, const DateRange &range)
{
    const auto readRow = [](const QSqlQuery &query, sql::DateCache &dates) -> Result<ProductivityRecord> {
        ProductivityRecord record;
        record.date = dates.read(query.value(0));
        record.actorType = sql::textFrom(query.value(1));
        record.actorId = sql::textFrom(query.value(2));
        record.organizationId = sql::textFrom(query.value(3));
        record.customerType = sql::textFrom(query.value(4));
        record.terminalType = sql::textFrom(query.value(5));
        record.sessions = sql::int64From(query.value(6));
        record.linesAdded = sql::int64From(query.value(7));
        record.linesRemoved = sql::int64From(query.value(8));
        record.commits = sql::int64From(query.value(9));
        record.pullRequests = sql::int64From(query.value(10));
        auto actions = toolActionsFromJson(query.value(11).toString());
        if (!actions)
            return actions.error();
        record.toolActions = std::move(*actions);
        return record;
    };
    return sql::loadWindow<ProductivityRecord>(m_db, QStringLiteral("productivity"), columns().mid(1), businessUnit,
                                               range, readRow);
}

Result<qint64> ProductivityRepository::deleteWindow(const QString &businessUnit, const DateRange &range)
{
    return sql::deleteWindow(m_db, QStringLiteral("productivity"), businessUnit, range);
}

Result<qint64> ProductivityRepository::count(const QString &businessUnit, const DateRange &range)
{
    return sql::countWindow(m_db, QStringLiteral("productivity"), businessUnit, range);
}

} // namespace tieout
