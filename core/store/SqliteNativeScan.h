#pragma once

#include "core/common/Result.h"
#include "core/money/DateRange.h"
#include "core/records/CostLine.h"
#include "core/records/UsageLine.h"

#include <QSqlDatabase>

#include <functional>

// The reconciler's full-range scans on SQLite, read straight through the sqlite3 C API on the
// connection's own handle. Through QSqlQuery every text cell costs a UTF-8→UTF-16 conversion
// inside SQLite plus a fresh QString; here each distinct value of a column is decoded once and
// shared, which makes a year-long scan several times faster (see tst_storeperformance).
//
// Only used when it is safe: built with the SQLite headers (TIEOUT_HAVE_SQLITE3_API) and the Qt
// SQLite plugin verified at run time to use the very same libsqlite3 this code calls — never a
// handle from a second, bundled copy. Otherwise available() is false and StoreReader uses
// QSqlQuery.
namespace tieout::sqlite_native {

bool available(const QSqlDatabase &db);

// Same contract and column sets as StoreReader's scans; `all` adds the detail columns.
Status scanCostLines(const QSqlDatabase &db, const DateRange &range,
                     const std::function<void(const QString &, const CostLine &)> &callback, bool all);
Status scanUsageLines(const QSqlDatabase &db, const DateRange &range,
                      const std::function<void(const QString &, const UsageLine &)> &callback, bool all);

} // namespace tieout::sqlite_native
