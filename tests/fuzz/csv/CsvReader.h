#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>

namespace tieout::fuzz {

struct CsvField
{
    QByteArray bytes; // unescaped
    bool quoted = false;
};

using CsvRecords = QList<QList<CsvField>>;

// A strict RFC 4180 reader: fields separated by ',', every record ended by CRLF (the last one
// too), a quoted field only as a whole field with "" for a quote, and no quote, CR or LF in an
// unquoted field. Anything else is refused, naming the byte offset. Empty input is no records.
Result<CsvRecords> readStrictCsv(const QByteArray &data);

} // namespace tieout::fuzz
