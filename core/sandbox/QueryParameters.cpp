#include "core/sandbox/QueryParameters.h"

#include "core/money/DateRange.h"
#include "core/sandbox/DeterministicRng.h"

#include <algorithm>

namespace tieout::sandbox {

namespace {

Error invalid(const QString &message)
{
    return Error(ErrorCode::Usage, message);
}

} // namespace

Result<QueryParameters> QueryParameters::parse(const QUrlQuery &query, const QStringList &scalars,
                                               const QStringList &arrays)
{
    QueryParameters parameters;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (arrays.contains(name)) {
            parameters.m_items.append({name, value});
            continue;
        }
        if (!scalars.contains(name)) {
            if (arrays.contains(name + QStringLiteral("[]")))
                return invalid(QStringLiteral("%1: array parameters are written %1[]=value").arg(name));
            return invalid(QStringLiteral("%1: unknown parameter").arg(name));
        }
        if (parameters.value(name))
            return invalid(QStringLiteral("%1: given more than once").arg(name));
        parameters.m_items.append({name, value});
    }
    return parameters;
}

std::optional<QString> QueryParameters::value(const QString &name) const
{
    for (const auto &[key, value] : m_items) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

QStringList QueryParameters::values(const QString &name) const
{
    QStringList result;
    for (const auto &[key, value] : m_items) {
        if (key == name)
            result.append(value);
    }
    return result;
}

quint64 QueryParameters::fingerprint() const
{
    QStringList parts;
    for (const auto &[key, value] : m_items) {
        if (key != u"page" && key != u"limit")
            parts.append(key + u'=' + value);
    }
    std::sort(parts.begin(), parts.end());
    return fnv1a64(parts.join(u'&'));
}

Result<int> QueryParameters::limit(int defaultLimit, int maxLimit) const
{
    const auto text = value(QStringLiteral("limit"));
    if (!text)
        return defaultLimit;
    bool ok = false;
    const int limit = text->toInt(&ok);
    if (!ok)
        return invalid(QStringLiteral("limit: must be an integer"));
    if (limit < 1)
        return invalid(QStringLiteral("limit: must be at least 1"));
    if (limit > maxLimit)
        return invalid(QStringLiteral("limit: must be at most %1").arg(maxLimit));
    return limit;
}

Result<BucketWindow> QueryParameters::bucketWindow(int defaultLimit, int maxLimit,
                                                   QDate defaultEndExclusive) const
{
    const auto start = value(QStringLiteral("starting_at"));
    if (!start)
        return invalid(QStringLiteral("starting_at: required parameter is missing"));
    const auto startTime = parseRfc3339(*start);
    if (!startTime)
        return invalid(
            QStringLiteral("starting_at: must be an RFC 3339 timestamp such as 2025-08-01T00:00:00Z"));
    BucketWindow window;
    window.first = startTime->date();
    if (const auto end = value(QStringLiteral("ending_at"))) {
        const auto endTime = parseRfc3339(*end);
        if (!endTime)
            return invalid(
                QStringLiteral("ending_at: must be an RFC 3339 timestamp such as 2025-09-01T00:00:00Z"));
        if (*endTime <= *startTime)
            return invalid(QStringLiteral("ending_at: must be after starting_at"));
        window.endExclusive = endTime->time() == QTime(0, 0) ? endTime->date() : endTime->date().addDays(1);
    } else {
        window.endExclusive = std::max(defaultEndExclusive, window.first.addDays(1));
    }
    const auto limit = this->limit(defaultLimit, maxLimit);
    if (!limit)
        return limit.error();
    window.limit = *limit;
    return window;
}

Result<QStringList> QueryParameters::choices(const QString &name, const QStringList &allowed) const
{
    const QStringList chosen = values(name);
    for (const QString &choice : chosen) {
        if (!allowed.contains(choice))
            return invalid(QStringLiteral("%1: \"%2\" is not one of %3")
                               .arg(name, choice, allowed.join(QStringLiteral(", "))));
    }
    return chosen;
}

} // namespace tieout::sandbox
