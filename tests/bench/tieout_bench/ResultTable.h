#pragma once

#include "StepResult.h"

#include <QJsonArray>
#include <QTextStream>

namespace tieout::bench {

// The targets from the issues, checked against the steps' metrics: PASS or MISS is printed next
// to the number, never turned into a failing exit code.
struct TargetCheck
{
    QString phase;
    QString engine; // empty: any engine
    QString key;
    bool atLeast = false; // value >= limit, else value < limit
    double limit = 0;
    QString text; // "< 1 s"
};

// Prints the steps as one table (PHASE ENGINE MEASUREMENT VALUE UNIT TARGET) and evaluates the
// targets for it and for the JSON report.
class ResultTable final
{
public:
    ResultTable(const QList<StepResult> &steps, bool applyTargets);

    void print(QTextStream &out) const;
    QJsonArray targetsJson() const;

    static QList<TargetCheck> targets();
    static QString formatNumber(double value, int decimals);

private:
    const TargetCheck *targetFor(const StepResult &step, const Metric &metric) const;

    QList<StepResult> m_steps;
    QList<TargetCheck> m_targets;
};

} // namespace tieout::bench
