#include "core/config/ConfigFile.h"

#include "core/common/UrlPolicy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <cmath>

namespace tieout {

namespace {

// Parsing state: the source name and the JSON path, so every error says where it is.
class Reader
{
public:
    explicit Reader(QString source) : m_source(std::move(source)) {}

    Error error(const QString &path, const QString &what) const
    {
        return Error(ErrorCode::Config, QStringLiteral("config %1: %2: %3").arg(m_source, path, what));
    }

    Status onlyKnownKeys(const QJsonObject &object, const QString &path, const QSet<QString> &known) const
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                return error(path, QStringLiteral("unknown field \"%1\"").arg(it.key()));
        }
        return okStatus();
    }

    Result<QString> requiredString(const QJsonObject &object, const QString &key, const QString &path) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return error(path, QStringLiteral("missing required field \"%1\"").arg(key));
        if (!value.isString())
            return error(path + u'.' + key, QStringLiteral("must be a string"));
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return error(path + u'.' + key, QStringLiteral("must not be empty"));
        return text;
    }

    Result<qint64> wholeNumber(const QJsonValue &value, const QString &path, qint64 min, qint64 max) const
    {
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || number != std::floor(number) || number < double(min) || number > double(max))
            return error(path, QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
        return static_cast<qint64>(number);
    }

private:
    QString m_source;
};

Result<SecretRef> parseSecretRef(const Reader &reader, const QJsonValue &value, const QString &path)
{
    if (value.isString()) {
        return reader.error(path, QStringLiteral("an admin key must not be written into the config file; use "
                                                 "{\"env\": \"VARIABLE\"} or {\"keychain\": \"ENTRY\"}"));
    }
    if (!value.isObject())
        return reader.error(path, QStringLiteral("must be {\"env\": NAME} or {\"keychain\": ENTRY}"));
    const QJsonObject object = value.toObject();
    if (object.size() != 1 || !(object.contains(QLatin1String("env")) || object.contains(QLatin1String("keychain"))))
        return reader.error(path, QStringLiteral("must have exactly one of \"env\" or \"keychain\""));
    SecretRef ref;
    const bool isEnv = object.contains(QLatin1String("env"));
    ref.kind = isEnv ? SecretRef::Kind::Environment : SecretRef::Kind::Keychain;
    auto name = reader.requiredString(object, isEnv ? QStringLiteral("env") : QStringLiteral("keychain"), path);
    if (!name)
        return name.error();
    if (name->startsWith(QLatin1String("sk-ant-")))
        return reader.error(path, QStringLiteral("holds what looks like an admin key; name a variable or entry instead"));
    ref.name = *name;
    return ref;
}

Result<BusinessUnitConfig> parseBusinessUnit(const Reader &reader, const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return reader.error(path, QStringLiteral("must be an object"));
    const QJsonObject object = value.toObject();
    if (auto known = reader.onlyKnownKeys(object, path, {QStringLiteral("name"), QStringLiteral("api_base_url"),
                                                         QStringLiteral("admin_key")});
        !known)
        return known.error();
    BusinessUnitConfig bu;
    auto name = reader.requiredString(object, QStringLiteral("name"), path);
    if (!name)
        return name.error();
    bu.name = *name;
    if (object.contains(QLatin1String("api_base_url"))) {
        auto url = reader.requiredString(object, QStringLiteral("api_base_url"), path);
        if (!url)
            return url.error();
        bu.apiBaseUrl = QUrl(*url, QUrl::StrictMode);
        if (auto valid = validateApiBaseUrl(bu.apiBaseUrl); !valid)
            return reader.error(path + QStringLiteral(".api_base_url"), valid.error().message());
    }
    if (!object.contains(QLatin1String("admin_key")))
        return reader.error(path, QStringLiteral("missing required field \"admin_key\""));
    auto key = parseSecretRef(reader, object.value(QLatin1String("admin_key")), path + QStringLiteral(".admin_key"));
    if (!key)
        return key.error();
    bu.adminKey = *key;
    return bu;
}

Result<KeyOverride> parseOverride(const Reader &reader, const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return reader.error(path, QStringLiteral("must be an object"));
    const QJsonObject object = value.toObject();
    if (auto known = reader.onlyKnownKeys(object, path, {QStringLiteral("api_key_id"), QStringLiteral("bu")}); !known)
        return known.error();
    auto keyId = reader.requiredString(object, QStringLiteral("api_key_id"), path);
    if (!keyId)
        return keyId.error();
    auto bu = reader.requiredString(object, QStringLiteral("bu"), path);
    if (!bu)
        return bu.error();
    return KeyOverride{*keyId, *bu};
}

Result<CheckSettings> parseChecks(const Reader &reader, const QJsonValue &value, const QString &path)
{
    CheckSettings checks;
    if (!value.isObject())
        return reader.error(path, QStringLiteral("must be an object"));
    const QJsonObject object = value.toObject();
    if (auto known = reader.onlyKnownKeys(object, path, {QStringLiteral("ratio_band"), QStringLiteral("largest_line_usd"),
                                                         QStringLiteral("lookback_days")});
        !known)
        return known.error();
    if (object.contains(QLatin1String("ratio_band"))) {
        const QJsonArray band = object.value(QLatin1String("ratio_band")).toArray();
        const QString bandPath = path + QStringLiteral(".ratio_band");
        if (band.size() != 2 || !band[0].isDouble() || !band[1].isDouble())
            return reader.error(bandPath, QStringLiteral("must be [low, high], e.g. [0.8, 1.5]"));
        // Basis points: four decimals are plenty for a tolerance band; not money.
        checks.ratioLowBasisPoints = int(std::llround(band[0].toDouble() * 10'000));
        checks.ratioHighBasisPoints = int(std::llround(band[1].toDouble() * 10'000));
        if (checks.ratioLowBasisPoints < 0 || checks.ratioLowBasisPoints >= checks.ratioHighBasisPoints)
            return reader.error(bandPath, QStringLiteral("needs 0 <= low < high"));
    }
    if (object.contains(QLatin1String("largest_line_usd"))) {
        auto dollars = reader.wholeNumber(object.value(QLatin1String("largest_line_usd")),
                                          path + QStringLiteral(".largest_line_usd"), 1, 1'000'000'000);
        if (!dollars)
            return dollars.error();
        checks.largestLineThreshold = Money::fromDollars(*dollars);
    }
    if (object.contains(QLatin1String("lookback_days"))) {
        auto days = reader.wholeNumber(object.value(QLatin1String("lookback_days")), path + QStringLiteral(".lookback_days"),
                                       1, 366);
        if (!days)
            return days.error();
        checks.lookbackDays = int(*days);
    }
    return checks;
}

} // namespace

Result<AppConfig> ConfigFile::parse(const QByteArray &json, const QString &sourceName)
{
    const Reader reader(sourceName);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return reader.error(QStringLiteral("offset %1").arg(parseError.offset),
                            QStringLiteral("not valid JSON (%1)").arg(parseError.errorString()));
    if (!document.isObject())
        return reader.error(QStringLiteral("(top level)"), QStringLiteral("must be a JSON object"));
    const QJsonObject root = document.object();
    if (auto known = reader.onlyKnownKeys(root, QStringLiteral("(top level)"),
                                          {QStringLiteral("database"), QStringLiteral("business_units"),
                                           QStringLiteral("bu_overrides"), QStringLiteral("checks")});
        !known)
        return known.error();

    AppConfig config;
    if (root.contains(QLatin1String("database"))) {
        auto database = reader.requiredString(root, QStringLiteral("database"), QStringLiteral("(top level)"));
        if (!database)
            return database.error();
        config.database = *database;
    }

    const QJsonValue units = root.value(QLatin1String("business_units"));
    if (units.isUndefined())
        return reader.error(QStringLiteral("(top level)"), QStringLiteral("missing required field \"business_units\""));
    if (!units.isArray())
        return reader.error(QStringLiteral("business_units"), QStringLiteral("must be an array"));
    QSet<QString> names;
    const QJsonArray unitArray = units.toArray();
    for (qsizetype i = 0; i < unitArray.size(); ++i) {
        const QString path = QStringLiteral("business_units[%1]").arg(i);
        auto bu = parseBusinessUnit(reader, unitArray.at(i), path);
        if (!bu)
            return bu.error();
        if (names.contains(bu->name))
            return reader.error(path + QStringLiteral(".name"), QStringLiteral("duplicate business unit \"%1\"").arg(bu->name));
        names.insert(bu->name);
        config.businessUnits.append(*bu);
    }

    const QJsonValue overrides = root.value(QLatin1String("bu_overrides"));
    if (!overrides.isUndefined()) {
        if (!overrides.isArray())
            return reader.error(QStringLiteral("bu_overrides"), QStringLiteral("must be an array"));
        QSet<QString> keys;
        const QJsonArray overrideArray = overrides.toArray();
        for (qsizetype i = 0; i < overrideArray.size(); ++i) {
            const QString path = QStringLiteral("bu_overrides[%1]").arg(i);
            auto override = parseOverride(reader, overrideArray.at(i), path);
            if (!override)
                return override.error();
            if (keys.contains(override->apiKeyId))
                return reader.error(path + QStringLiteral(".api_key_id"),
                                    QStringLiteral("api key %1 is overridden twice").arg(override->apiKeyId));
            keys.insert(override->apiKeyId);
            config.overrides.append(*override);
        }
    }

    if (root.contains(QLatin1String("checks"))) {
        auto checks = parseChecks(reader, root.value(QLatin1String("checks")), QStringLiteral("checks"));
        if (!checks)
            return checks.error();
        config.checks = *checks;
    }
    return config;
}

Result<AppConfig> ConfigFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Config, QStringLiteral("cannot read config file %1: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

QByteArray ConfigFile::serialize(const AppConfig &config)
{
    QJsonObject root;
    if (!config.database.isEmpty())
        root.insert(QStringLiteral("database"), config.database);
    QJsonArray units;
    for (const BusinessUnitConfig &bu : config.businessUnits) {
        QJsonObject key;
        key.insert(bu.adminKey.kind == SecretRef::Kind::Environment ? QStringLiteral("env") : QStringLiteral("keychain"),
                   bu.adminKey.name);
        units.append(QJsonObject{{QStringLiteral("name"), bu.name},
                                 {QStringLiteral("api_base_url"), bu.apiBaseUrl.toString()},
                                 {QStringLiteral("admin_key"), key}});
    }
    root.insert(QStringLiteral("business_units"), units);
    QJsonArray overrides;
    for (const KeyOverride &override : config.overrides)
        overrides.append(QJsonObject{{QStringLiteral("api_key_id"), override.apiKeyId},
                                     {QStringLiteral("bu"), override.businessUnit}});
    root.insert(QStringLiteral("bu_overrides"), overrides);
    const CheckSettings defaults;
    if (!(config.checks == defaults)) {
        root.insert(QStringLiteral("checks"),
                    QJsonObject{{QStringLiteral("ratio_band"),
                                 QJsonArray{config.checks.ratioLowBasisPoints / 10'000.0,
                                            config.checks.ratioHighBasisPoints / 10'000.0}},
                                {QStringLiteral("largest_line_usd"),
                                 QJsonValue(config.checks.largestLineThreshold.nanos() / Money::NanosPerDollar)},
                                {QStringLiteral("lookback_days"), config.checks.lookbackDays}});
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status ConfigFile::save(const AppConfig &config, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, QStringLiteral("cannot write config file %1: %2").arg(path, file.errorString()));
    file.write(serialize(config));
    if (!file.commit())
        return Error(ErrorCode::Io, QStringLiteral("cannot write config file %1: %2").arg(path, file.errorString()));
    return okStatus();
}

} // namespace tieout
