#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace tieout::bench {

// One measured number: a stable key for JSON ("full_ms"), a label for the table, a unit and how
// many decimals to print.
struct Metric
{
    QString key;
    QString label;
    double value = 0;
    QString unit;
    int decimals = 0;
};

// What one step of the benchmark (a phase on one engine, run in its own process) measured.
// Travels from the worker process to the orchestrator as one line of JSON.
class StepResult final
{
public:
    StepResult() = default;
    StepResult(QString phase, QString engine);

    const QString &phase() const { return m_phase; }
    const QString &engine() const { return m_engine; } // "sqlite", "postgres" or "-"
    const QList<Metric> &metrics() const { return m_metrics; }
    const QString &error() const { return m_error; }
    bool ok() const { return m_error.isEmpty(); }
    // Free-form facts for the header (engine version, row counts): key -> text.
    const QJsonObject &info() const { return m_info; }

    void add(const QString &key, const QString &label, double value, const QString &unit, int decimals = 0);
    void setInfo(const QString &key, const QString &text) { m_info.insert(key, text); }
    void setError(const QString &error) { m_error = error; }
    const Metric *find(const QString &key) const;

    QJsonObject toJson() const;
    static StepResult fromJson(const QJsonObject &json);

private:
    QString m_phase;
    QString m_engine;
    QList<Metric> m_metrics;
    QJsonObject m_info;
    QString m_error;
};

} // namespace tieout::bench
