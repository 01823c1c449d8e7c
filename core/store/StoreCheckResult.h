#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tieout {

// The outcome of one read-only store check (SPEC §5 "Checks"): pass or fail, a one-line summary,
// and the offending rows — at most a few examples as text cells under `columns`, plus how many
// there are in all.
struct StoreCheckResult
{
    QString name;  // stable id: "duplicates.cost_lines", "completeness", "amounts-in-dollars", …
    QString title; // what was checked, for people
    bool passed = true;
    qint64 offendingCount = 0;
    QStringList columns;
    QList<QStringList> examples; // capped; "NULL" for SQL NULL
    QString summary;
};

using StoreCheckResults = QList<StoreCheckResult>;

} // namespace tieout
