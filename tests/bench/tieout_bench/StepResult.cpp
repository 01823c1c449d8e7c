#include "StepResult.h"

#include <QJsonArray>

namespace tieout::bench {

StepResult::StepResult(QString phase, QString engine) : m_phase(std::move(phase)), m_engine(std::move(engine))
{
}

void StepResult::add(const QString &key, const QString &label, double value, const QString &unit,
                     int decimals)
{
    m_metrics.append({key, label, value, unit, decimals});
}

const Metric *StepResult::find(const QString &key) const
{
    for (const Metric &metric : m_metrics) {
        if (metric.key == key)
            return &metric;
    }
    return nullptr;
}

QJsonObject StepResult::toJson() const
{
    QJsonArray metrics;
    for (const Metric &metric : m_metrics) {
        metrics.append(QJsonObject{{QStringLiteral("key"), metric.key},
                                   {QStringLiteral("label"), metric.label},
                                   {QStringLiteral("value"), metric.value},
                                   {QStringLiteral("unit"), metric.unit},
                                   {QStringLiteral("decimals"), metric.decimals}});
    }
    QJsonObject json{{QStringLiteral("phase"), m_phase},
                     {QStringLiteral("engine"), m_engine},
                     {QStringLiteral("metrics"), metrics},
                     {QStringLiteral("info"), m_info}};
    if (!m_error.isEmpty())
        json.insert(QStringLiteral("error"), m_error);
    return json;
}

StepResult StepResult::fromJson(const QJsonObject &json)
{
    StepResult result(json.value(QStringLiteral("phase")).toString(),
                      json.value(QStringLiteral("engine")).toString());
    const QJsonArray metrics = json.value(QStringLiteral("metrics")).toArray();
    for (const QJsonValue &value : metrics) {
        const QJsonObject metric = value.toObject();
        result.add(
            metric.value(QStringLiteral("key")).toString(), metric.value(QStringLiteral("label")).toString(),
            metric.value(QStringLiteral("value")).toDouble(), metric.value(QStringLiteral("unit")).toString(),
            metric.value(QStringLiteral("decimals")).toInt());
    }
    result.m_info = json.value(QStringLiteral("info")).toObject();
    result.m_error = json.value(QStringLiteral("error")).toString();
    return result;
}

} // namespace tieout::bench
