#pragma once

#include "core/common/Error.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace tieout::api {

// Typed field access for the page decoders. It remembers the first shape problem together with
// the field path that caused it ("data[3].results[12].amount") and the page it was on, so every
// decoder reports errors the same way instead of crashing or silently reading a zero. After a
// problem every accessor returns a neutral value; decoders check ok() at record boundaries.
class JsonReader final
{
public:
    // `where` names the page: endpoint and page number or starting_at.
    explicit JsonReader(QString where);

    // The body as a JSON object; anything else (truncated, malformed, an array) is a Decode error.
    static Result<QJsonObject> parseObject(const QByteArray &body, const QString &where);

    static QString join(const QString &path, QLatin1StringView key);
    static QString index(const QString &path, qsizetype i);

    bool ok() const { return !m_failed; }
    const Error &error() const { return m_error; }
    const QString &where() const { return m_where; }
    // Records a problem at `path` unless an earlier one is already recorded.
    void fail(const QString &path, const QString &problem);

    QJsonObject requireObject(const QJsonObject &parent, const QString &path, QLatin1StringView key);
    QJsonObject requireObject(const QJsonValue &value, const QString &path);
    QJsonArray requireArray(const QJsonObject &parent, const QString &path, QLatin1StringView key);
    bool requireBool(const QJsonObject &parent, const QString &path, QLatin1StringView key);
    // A JSON string (possibly empty); null, missing or another type is an error.
    QString requireString(const QJsonObject &parent, const QString &path, QLatin1StringView key);
    // A JSON string, or a null QString when the field is null or absent (an ungrouped dimension).
    QString nullableString(const QJsonObject &parent, const QString &path, QLatin1StringView key);
    // A non-negative integral JSON number (token and activity counts): 1.5, -3 and "3" are errors.
    qint64 requireCount(const QJsonObject &parent, const QString &path, QLatin1StringView key);
    // The UTC date of an RFC 3339 timestamp (a bucket's starting_at).
    QDate requireTimestampDate(const QJsonObject &parent, const QString &path, QLatin1StringView key);
    // "YYYY-MM-DD" or RFC 3339, as the UTC date.
    QDate requireApiDate(const QJsonObject &parent, const QString &path, QLatin1StringView key);

    // The list envelope shared by every endpoint: `data` array, `has_more` bool and the cursor
    // field (`next_page` or `last_id`). has_more=true with a null or empty cursor is an error:
    // following it would silently truncate the list.
    struct Envelope
    {
        QJsonArray data;
        bool hasMore = false;
        QString next;
    };
    Envelope envelope(const QJsonObject &page, QLatin1StringView cursorKey);

    // Calls `visit(bucketDate, result, resultPath)` for every data[i].results[j] of a bucketed
    // report, stopping at the first problem.
    void forEachBucketResult(const QJsonArray &data,
                             const std::function<void(QDate, const QJsonObject &, const QString &)> &visit);

private:
    QJsonValue field(const QJsonObject &parent, const QString &path, QLatin1StringView key, bool required);

    QString m_where;
    bool m_failed = false;
    Error m_error;
};

// "string \"abc\"", "number 1.5", "null", …: what a value was, for error messages.
QString describeJsonValue(const QJsonValue &value);

} // namespace tieout::api
