#pragma once

#include "core/money/Money.h"
#include "core/money/YearMonth.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tieout {

// One offending row of a check, already aggregated to a grain a person can act on.
struct CheckFinding
{
    QString businessUnit;
    YearMonth month;
    QString workspaceId; // null = default workspace, or not applicable
    QString model;
    QString detail;      // what is wrong, in words
    Money amount;        // the dollars concerned (list price for usage without cost)
    qint64 tokens = 0;
};

// A verification check (SPEC §5): pass/fail plus the rows that made it fail.
struct CheckResult
{
    QString id;    // stable: "allocation_ties", "ratio_band", "usage_without_cost", …
    QString title; // one line for people
    bool passed = true;
    QList<CheckFinding> findings;
};

} // namespace tieout
