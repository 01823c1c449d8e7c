#include "ResultTable.h"

#include <QJsonObject>
#include <QLocale>

namespace tieout::bench {

namespace {

QString pad(const QString &text, int width, bool right = false)
{
    return right ? text.rightJustified(width) : text.leftJustified(width);
}

bool passes(const TargetCheck &target, double value)
{
    return target.atLeast ? value >= target.limit : value < target.limit;
}

} // namespace

ResultTable::ResultTable(const QList<StepResult> &steps, bool applyTargets)
    : m_steps(steps), m_targets(applyTargets ? targets() : QList<TargetCheck>())
{
}

QList<TargetCheck> ResultTable::targets()
{
    return {
        {QStringLiteral("reconcile"), QStringLiteral("sqlite"), QStringLiteral("full_ms"), false, 1000,
         QStringLiteral("< 1 s")},
        {QStringLiteral("baseline"), QString(), QStringLiteral("ratio"), true, 20, QStringLiteral(">= 20x")},
        {QStringLiteral("reconcile"), QString(), QStringLiteral("peak_first_mb"), false, 400,
         QStringLiteral("< 400 MB")},
        {QString(), QString(), QStringLiteral("peak_mb"), false, 400, QStringLiteral("< 400 MB")},
    };
}

QString ResultTable::formatNumber(double value, int decimals)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(value, 'f', decimals);
}

const TargetCheck *ResultTable::targetFor(const StepResult &step, const Metric &metric) const
{
    for (const TargetCheck &target : m_targets) {
        if (target.key == metric.key && (target.phase.isEmpty() || target.phase == step.phase()) &&
            (target.engine.isEmpty() || target.engine == step.engine()))
            return &target;
    }
    return nullptr;
}

void ResultTable::print(QTextStream &out) const
{
    int labelWidth = 11;
    for (const StepResult &step : m_steps) {
        for (const Metric &metric : step.metrics())
            labelWidth = qMax(labelWidth, int(metric.label.size()));
    }
    out << pad(QStringLiteral("PHASE"), 10) << ' ' << pad(QStringLiteral("ENGINE"), 8) << ' '
        << pad(QStringLiteral("MEASUREMENT"), labelWidth) << ' ' << pad(QStringLiteral("VALUE"), 16, true)
        << ' ' << pad(QStringLiteral("UNIT"), 6) << " TARGET\n";
    for (const StepResult &step : m_steps) {
        if (!step.ok()) {
            out << pad(step.phase(), 10) << ' ' << pad(step.engine(), 8) << ' ' << "FAILED: " << step.error()
                << '\n';
            continue;
        }
        for (const Metric &metric : step.metrics()) {
            out << pad(step.phase(), 10) << ' ' << pad(step.engine(), 8) << ' '
                << pad(metric.label, labelWidth) << ' '
                << pad(formatNumber(metric.value, metric.decimals), 16, true) << ' ' << pad(metric.unit, 6);
            if (const TargetCheck *target = targetFor(step, metric))
                out << ' ' << pad(target->text, 9) << (passes(*target, metric.value) ? "PASS" : "MISS");
            out << '\n';
        }
    }
    out.flush();
}

QJsonArray ResultTable::targetsJson() const
{
    QJsonArray checks;
    for (const StepResult &step : m_steps) {
        for (const Metric &metric : step.metrics()) {
            if (const TargetCheck *target = targetFor(step, metric)) {
                checks.append(QJsonObject{{QStringLiteral("phase"), step.phase()},
                                          {QStringLiteral("engine"), step.engine()},
                                          {QStringLiteral("key"), metric.key},
                                          {QStringLiteral("value"), metric.value},
                                          {QStringLiteral("target"), target->text},
                                          {QStringLiteral("pass"), passes(*target, metric.value)}});
            }
        }
    }
    return checks;
}

} // namespace tieout::bench
