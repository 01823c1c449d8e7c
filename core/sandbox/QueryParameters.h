#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace tieout::sandbox {

// A report's date window in whole UTC days [first, endExclusive) and its page size.
struct BucketWindow
{
    QDate first;
    QDate endExclusive;
    int limit = 7;
};

// The query string of one request, checked like the real API checks it: unknown names and
// repeated scalars are errors whose message names the parameter (ErrorCode::Usage -> 400).
class QueryParameters final
{
public:
    // `arrays` are spelled with their brackets: "group_by[]".
    static Result<QueryParameters> parse(const QUrlQuery &query, const QStringList &scalars,
                                         const QStringList &arrays);

    std::optional<QString> value(const QString &name) const;
    QStringList values(const QString &name) const;

    // Every parameter but page and limit, order-independent: binds a page token to its query.
    quint64 fingerprint() const;

    // limit: default when absent, 1..max otherwise.
    Result<int> limit(int defaultLimit, int maxLimit) const;
    // starting_at (required, RFC 3339) and ending_at (exclusive, optional: defaultEnd), as
    // whole days: starting_at is floored to its UTC day, ending_at rounded up to midnight.
    Result<BucketWindow> bucketWindow(int defaultLimit, int maxLimit, QDate defaultEndExclusive) const;
    // Each value must be one of `allowed`.
    Result<QStringList> choices(const QString &name, const QStringList &allowed) const;

private:
    QList<std::pair<QString, QString>> m_items;
};

} // namespace tieout::sandbox
