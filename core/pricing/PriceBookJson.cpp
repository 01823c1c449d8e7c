#include "core/pricing/PriceBookJson.h"

#include "core/money/DateRange.h"
#include "core/money/DecimalParser.h"
#include "core/money/Money.h"
#include "core/pricing/PriceBook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <numeric>

namespace tieout {

namespace {

// Field names in the order of the SPEC §4 table, paired with their token type.
struct PriceField
{
    const char16_t *name;
    TokenType type;
};
constexpr PriceField PriceFields[] = {
    {u"input", TokenType::UncachedInput},
    {u"output", TokenType::Output},
    {u"cache_write_5m", TokenType::CacheWrite5m},
    {u"cache_write_1h", TokenType::CacheWrite1h},
    {u"cache_read", TokenType::CacheRead},
};

Error bad(const QString &where, const QString &what)
{
    return Error(ErrorCode::Config, QStringLiteral("price book, %1: %2").arg(where, what));
}

Result<qint64> readDecimal(const QJsonObject &object, const QString &key, int scale, const QString &where)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return bad(where, QStringLiteral("\"%1\" must be a decimal string such as \"3.75\"").arg(key));
    const auto parsed = parseScaledDecimal(value.toString(), scale);
    if (!parsed)
        return bad(where, QStringLiteral("\"%1\": %2").arg(key, parsed.error().message()));
    if (parsed->rounded)
        return bad(where, QStringLiteral("\"%1\" has more than nano-dollar precision").arg(key));
    if (parsed->value < 0)
        return bad(where, QStringLiteral("\"%1\" is negative").arg(key));
    return parsed->value;
}

Result<QDate> readDate(const QJsonObject &object, const QString &key, const QString &where)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QDate();
    if (!value.isString())
        return bad(where, QStringLiteral("\"%1\" must be YYYY-MM-DD or null").arg(key));
    const auto day = parseIsoDay(value.toString());
    if (!day)
        return bad(where, QStringLiteral("\"%1\": %2").arg(key, day.error().message()));
    return *day;
}

Result<UnitPrices> readPrices(const QJsonObject &object, const QString &where, bool deriveCache)
{
    UnitPrices prices;
    for (const PriceField &field : PriceFields) {
        const QString key = QString::fromUtf16(field.name);
        const bool isCache = field.type != TokenType::UncachedInput && field.type != TokenType::Output;
        if (deriveCache && isCache && !object.contains(key))
            continue;
        const auto value = readDecimal(object, key, 9, where);
        if (!value)
            return value.error();
        prices.set(field.type, *value);
    }
    if (deriveCache) {
        // SPEC §4: long-context cache prices derive from the long-context input price.
        const qint64 input = prices.of(TokenType::UncachedInput);
        if (!object.contains(QStringLiteral("cache_write_5m")))
            prices.set(TokenType::CacheWrite5m, divideRoundHalfEven(input * 5, qint64(4)));
        if (!object.contains(QStringLiteral("cache_write_1h")))
            prices.set(TokenType::CacheWrite1h, input * 2);
        if (!object.contains(QStringLiteral("cache_read")))
            prices.set(TokenType::CacheRead, divideRoundHalfEven(input, qint64(10)));
    }
    return prices;
}

QJsonObject writePrices(const UnitPrices &prices)
{
    QJsonObject object;
    for (const PriceField &field : PriceFields)
        object.insert(QString::fromUtf16(field.name), PriceBookJson::formatNanos(prices.of(field.type)));
    return object;
}

} // namespace

QString PriceBookJson::formatNanos(qint64 nanos)
{
    QString text = Money::fromNanos(nanos).toDecimalString(9);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

Status PriceBookJson::read(const QByteArray &json, PriceOrigin origin, PriceBook &book)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull() || !document.isObject())
        return bad(QStringLiteral("document"), parseError.error != QJsonParseError::NoError
                                                   ? parseError.errorString()
                                                   : QStringLiteral("not a JSON object"));
    const QJsonObject root = document.object();

    if (root.contains(QStringLiteral("batch_multiplier"))) {
        const auto scaled = readDecimal(root, QStringLiteral("batch_multiplier"), 6, QStringLiteral("document"));
        if (!scaled)
            return scaled.error();
        const qint64 gcd = std::gcd(*scaled, qint64(1'000'000));
        book.m_batchNumerator = *scaled / gcd;
        book.m_batchDenominator = 1'000'000 / gcd;
    }
    if (root.contains(QStringLiteral("web_search_usd_per_request"))) {
        const auto nanos = readDecimal(root, QStringLiteral("web_search_usd_per_request"), 9, QStringLiteral("document"));
        if (!nanos)
            return nanos.error();
        book.m_webSearchNanos = *nanos;
    }

    const QJsonValue entriesValue = root.value(QStringLiteral("entries"));
    if (!entriesValue.isArray())
        return bad(QStringLiteral("document"), QStringLiteral("\"entries\" must be an array"));
    const QJsonArray entries = entriesValue.toArray();
    QList<PriceEntry> parsed;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject object = entries.at(i).toObject();
        const QString family = object.value(QStringLiteral("family")).toString();
        const QString where = QStringLiteral("entry %1 (%2)").arg(i + 1).arg(family);
        if (family.isEmpty())
            return bad(where, QStringLiteral("\"family\" is required"));
        PriceEntry entry;
        entry.family = family;
        entry.origin = origin;
        const auto from = readDate(object, QStringLiteral("effective_from"), where);
        const auto to = readDate(object, QStringLiteral("effective_to"), where);
        if (!from)
            return from.error();
        if (!to)
            return to.error();
        entry.effectiveFrom = *from;
        entry.effectiveTo = *to;
        if (from->isValid() && to->isValid() && *to <= *from)
            return bad(where, QStringLiteral("effective_to must be after effective_from (it is exclusive)"));
        const auto standard = readPrices(object, where, false);
        if (!standard)
            return standard.error();
        entry.standard = *standard;
        const QJsonValue longValue = object.value(QStringLiteral("long_context"));
        if (longValue.isObject()) {
            const auto longPrices = readPrices(longValue.toObject(), where + QStringLiteral(" long_context"), true);
            if (!longPrices)
                return longPrices.error();
            entry.longContext = *longPrices;
        } else if (!longValue.isUndefined() && !longValue.isNull()) {
            return bad(where, QStringLiteral("\"long_context\" must be an object or null"));
        }
        parsed.append(std::move(entry));
    }
    for (PriceEntry &entry : parsed)
        book.insertEntry(std::move(entry));
    return okStatus();
}

QByteArray PriceBookJson::writeUserEntries(const PriceBook &book)
{
    QJsonArray entries;
    for (const PriceEntry &entry : book.entries()) {
        if (entry.origin != PriceOrigin::User)
            continue;
        QJsonObject object = writePrices(entry.standard);
        object.insert(QStringLiteral("family"), entry.family);
        object.insert(QStringLiteral("effective_from"),
                      entry.effectiveFrom.isValid() ? QJsonValue(entry.effectiveFrom.toString(Qt::ISODate)) : QJsonValue());
        object.insert(QStringLiteral("effective_to"),
                      entry.effectiveTo.isValid() ? QJsonValue(entry.effectiveTo.toString(Qt::ISODate)) : QJsonValue());
        if (entry.longContext)
            object.insert(QStringLiteral("long_context"), writePrices(*entry.longContext));
        entries.append(object);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("tieout-pricebook"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("entries"), entries);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace tieout
