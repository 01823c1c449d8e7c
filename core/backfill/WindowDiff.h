#pragma once

#include "core/money/Money.h"
#include "core/records/WindowData.h"

namespace tieout::backfill {

// How one table of a window changes: rows held before, rows fetched now, and the multiset
// difference (rows that disappear, rows that appear; unchanged rows are neither).
struct TableDiff
{
    qint64 before = 0;
    qint64 after = 0;
    qint64 removed = 0;
    qint64 added = 0;
    bool changed() const { return removed != 0 || added != 0; }
};

// What replacing a stored window with a fetched one would do: the preview of SPEC §6.
struct WindowDiff
{
    TableDiff cost;
    TableDiff usage;
    TableDiff productivity;
    Money billedBefore;
    Money billedAfter;

    qint64 rowsBefore() const { return cost.before + usage.before + productivity.before; }
    qint64 rowsAfter() const { return cost.after + usage.after + productivity.after; }
    qint64 rowsRemoved() const { return cost.removed + usage.removed + productivity.removed; }
    qint64 rowsAdded() const { return cost.added + usage.added + productivity.added; }
    bool changed() const { return cost.changed() || usage.changed() || productivity.changed(); }

    static WindowDiff between(const WindowData &stored, const WindowData &fetched);
};

Money billedTotal(const CostLines &lines);

} // namespace tieout::backfill
