#pragma once

#include "core/common/Result.h"
#include "core/money/DateRange.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <optional>

namespace tieout {

// Which rows a checksum covers: one BU, and for tables with a date column one range of days.
struct ChecksumScope
{
    QString businessUnit;
    std::optional<DateRange> range;
};

// An order-independent fingerprint of a table's rows (or of one BU's rows in a window): SHA-256
// over the sorted canonical text of every row, hex encoded. Equal on both engines for equal data,
// so tests can prove "the other windows are byte-identical" and "preview wrote nothing".
// `table` must be a StoreSchema table.
Result<QByteArray> tableChecksum(const QSqlDatabase &db, const QString &table,
                                 const std::optional<ChecksumScope> &scope = std::nullopt);

} // namespace tieout
