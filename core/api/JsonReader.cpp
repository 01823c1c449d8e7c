#include "core/api/JsonReader.h"

#include "core/money/DateRange.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace tieout::api {

namespace {

// QJsonValue::toString() of "" may be a null QString; an empty string the API sent is not null.
QString nonNullString(const QJsonValue &value)
{
    QString text = value.toString();
    if (text.isNull())
        text = u""_s;
    return text;
}

} // namespace

QString describeJsonValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"boolean true"_s : u"boolean false"_s;
    case QJsonValue::Double:
        return u"number "_s + QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String: {
        const QString text = value.toString();
        return u"string \""_s + (text.size() > 40 ? text.left(40) + u"…"_s : text) + u'"';
    }
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        return u"nothing (the field is missing)"_s;
    }
    return u"an unknown value"_s;
}

JsonReader::JsonReader(QString where)
    : m_where(std::move(where))
{
}

Result<QJsonObject> JsonReader::parseObject(const QByteArray &body, const QString &where)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(ErrorCode::Decode, QStringLiteral("%1: the response is not valid JSON (%2 at byte %3 of %4); "
                                                       "the transfer was probably truncated or malformed")
                                            .arg(where, parseError.errorString())
                                            .arg(parseError.offset)
                                            .arg(body.size()));
    if (!document.isObject())
        return Error(ErrorCode::Decode, QStringLiteral("%1: the response is a JSON %2, expected an object")
                                            .arg(where, document.isArray() ? u"array"_s : u"scalar"_s));
    return document.object();
}

QString JsonReader::join(const QString &path, QLatin1StringView key)
{
    return path.isEmpty() ? QString(key) : path + u'.' + key;
}

QString JsonReader::index(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

void JsonReader::fail(const QString &path, const QString &problem)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = Error(ErrorCode::Decode, QStringLiteral("%1: field %2: %3").arg(m_where, path, problem));
}

QJsonValue JsonReader::field(const QJsonObject &parent, const QString &path, QLatin1StringView key, bool required)
{
    if (m_failed)
        return {};
    const auto it = parent.constFind(key);
    if (it == parent.constEnd()) {
        if (required)
            fail(join(path, key), u"required field is missing"_s);
        return QJsonValue(QJsonValue::Undefined);
    }
    return it.value();
}

QJsonObject JsonReader::requireObject(const QJsonValue &value, const QString &path)
{
    if (m_failed)
        return {};
    if (!value.isObject()) {
        fail(path, u"expected an object, got "_s + describeJsonValue(value));
        return {};
    }
    return value.toObject();
}

QJsonObject JsonReader::requireObject(const QJsonObject &parent, const QString &path, QLatin1StringView key)
{
    const QJsonValue value = field(parent, path, key, true);
    return m_failed ? QJsonObject() : requireObject(value, join(path, key));
}

QJsonArray JsonReader::requireArray(const QJsonObject &parent, const QString &path, QLatin1StringView key)
{
    const QJsonValue value = field(parent, path, key, true);
    if (m_failed)
        return {};
    if (!value.isArray()) {
        fail(join(path, key), u"expected an array, got "_s + describeJsonValue(value));
        return {};
    }
    return value.toArray();
}

bool JsonReader::requireBool(const QJsonObject &parent, const QString &path, QLatin1StringView key)
{
    const QJsonValue value = field(parent, path, key, true);
    if (m_failed)
        return false;
    if (!value.isBool()) {
        fail(join(path, key), u"expected true or false, got "_s + describeJsonValue(value));
        return false;
    }
    return value.toBool();
}

QString JsonReader::requireString(const QJsonObject &parent, const QString &path, QLatin1StringView key)
{
    const QJsonValue value = field(parent, path, key, true);
    if (m_failed)
        return {};
    if (!value.isString()) {
        fail(join(path, key), u"expected a string, got "_s + describeJsonValue(value));
        return {};
    }
    return nonNullString(value);
}

QString JsonReader::nullableString(const QJsonObject &parent, const QString &path, QLatin1StringView key)
{
    const QJsonValue value = field(parent, path, key, false);
    if (m_failed || value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        fail(join(path, key), u"expected a string or null, got "_s + describeJsonValue(value));
        return {};
    }
    return nonNullString(value);
}

qint64 JsonReader::requireCount(const QJsonObject &parent, const QString &path, QLatin1StringView key)
{
    const QJsonValue value = field(parent, path, key, true);
    if (m_failed)
        return 0;
    // toInteger() answers its default for anything that is not an exactly integral number, so two
    // different defaults agreeing proves the value is an integer (1.0 and 1e3 are; 1.5 is not).
    const qint64 low = value.toInteger(-1);
    const qint64 high = value.toInteger(-2);
    if (!value.isDouble() || low != high) {
        fail(join(path, key), u"expected a whole number, got "_s + describeJsonValue(value));
        return 0;
    }
    if (low < 0) {
        fail(join(path, key), u"expected a count (zero or more), got "_s + describeJsonValue(value));
        return 0;
    }
    return low;
}

QDate JsonReader::requireTimestampDate(const QJsonObject &parent, const QString &path, QLatin1StringView key)
{
    const QString text = requireString(parent, path, key);
    if (m_failed)
        return {};
    const auto parsed = parseRfc3339(text);
    if (!parsed) {
        fail(join(path, key), parsed.error().message());
        return {};
    }
    return parsed->date();
}

QDate JsonReader::requireApiDate(const QJsonObject &parent, const QString &path, QLatin1StringView key)
{
    const QString text = requireString(parent, path, key);
    if (m_failed)
        return {};
    const auto parsed = parseApiDate(text);
    if (!parsed) {
        fail(join(path, key), parsed.error().message());
        return {};
    }
    return *parsed;
}

JsonReader::Envelope JsonReader::envelope(const QJsonObject &page, QLatin1StringView cursorKey)
{
    Envelope result;
    result.data = requireArray(page, QString(), "data"_L1);
    result.hasMore = requireBool(page, QString(), "has_more"_L1);
    const QString cursor = nullableString(page, QString(), cursorKey);
    if (m_failed)
        return {};
    if (result.hasMore) {
        if (cursor.isEmpty()) {
            fail(QString(cursorKey), u"has_more is true but the cursor is "_s
                                         + (cursor.isNull() ? u"null or missing"_s : u"empty"_s)
                                         + u"; following it would silently truncate the list"_s);
            return {};
        }
        result.next = cursor;
    }
    return result;
}

void JsonReader::forEachBucketResult(const QJsonArray &data,
                                     const std::function<void(QDate, const QJsonObject &, const QString &)> &visit)
{
    for (qsizetype i = 0; i < data.size() && !m_failed; ++i) {
        const QString bucketPath = index(u"data"_s, i);
        const QJsonObject bucket = requireObject(data.at(i), bucketPath);
        const QDate day = requireTimestampDate(bucket, bucketPath, "starting_at"_L1);
        const QJsonArray results = requireArray(bucket, bucketPath, "results"_L1);
        const QString resultsPath = join(bucketPath, "results"_L1);
        for (qsizetype j = 0; j < results.size() && !m_failed; ++j) {
            const QString resultPath = index(resultsPath, j);
            const QJsonObject result = requireObject(results.at(j), resultPath);
            if (!m_failed)
                visit(day, result, resultPath);
        }
    }
}

} // namespace tieout::api
