#include "core/backfill/WindowDiff.h"

#include <QHash>
#include <QStringList>

namespace tieout::backfill {

namespace {

// A canonical text for a record, with nulls distinct from empty strings, so that two rows are
// the same exactly when every field is.
QString field(const QString &value)
{
    return value.isNull() ? QStringLiteral("\x01") : value;
}

QString canonical(const CostLine &line)
{
    return QStringList{line.date.toString(Qt::ISODate), field(line.workspaceId), field(line.description),
                       field(line.costType), field(line.model), field(line.tokenType), field(line.serviceTier),
                       field(line.contextWindow), field(line.inferenceGeo), field(line.currency),
                       QString::number(line.amount.nanos())}
        .join(u'\x1f');
}

QString canonical(const UsageLine &line)
{
    QStringList parts{line.date.toString(Qt::ISODate), field(line.apiKeyId), field(line.workspaceId),
                      field(line.model), field(line.serviceTier), field(line.contextWindow), field(line.inferenceGeo),
                      QString::number(line.webSearchRequests)};
    for (qint64 count : line.tokens)
        parts.append(QString::number(count));
    return parts.join(u'\x1f');
}

QString canonical(const ProductivityRecord &record)
{
    QStringList parts{record.date.toString(Qt::ISODate), field(record.actorType), field(record.actorId),
                      field(record.organizationId), field(record.customerType), field(record.terminalType),
                      QString::number(record.sessions), QString::number(record.linesAdded),
                      QString::number(record.linesRemoved), QString::number(record.commits),
                      QString::number(record.pullRequests)};
    for (auto it = record.toolActions.cbegin(); it != record.toolActions.cend(); ++it)
        parts.append(it.key() + u'=' + QString::number(it->accepted) + u'/' + QString::number(it->rejected));
    return parts.join(u'\x1f');
}

template<typename Record>
TableDiff diffTable(const QList<Record> &stored, const QList<Record> &fetched)
{
    TableDiff diff;
    diff.before = stored.size();
    diff.after = fetched.size();
    QHash<QString, qint64> balance; // +1 per stored copy, -1 per fetched copy
    balance.reserve(stored.size());
    for (const Record &record : stored)
        ++balance[canonical(record)];
    for (const Record &record : fetched)
        --balance[canonical(record)];
    for (qint64 count : std::as_const(balance)) {
        if (count > 0)
            diff.removed += count;
        else
            diff.added -= count;
    }
    return diff;
}

} // namespace

Money billedTotal(const CostLines &lines)
{
    Money total;
    for (const CostLine &line : lines)
        total += line.amount;
    return total;
}

WindowDiff WindowDiff::between(const WindowData &stored, const WindowData &fetched)
{
    WindowDiff diff;
    diff.cost = diffTable(stored.costLines, fetched.costLines);
    diff.usage = diffTable(stored.usageLines, fetched.usageLines);
    diff.productivity = diffTable(stored.productivity, fetched.productivity);
    diff.billedBefore = billedTotal(stored.costLines);
    diff.billedAfter = billedTotal(fetched.costLines);
    return diff;
}

} // namespace tieout::backfill
