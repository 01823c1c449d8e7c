#include "CsvReader.h"

namespace tieout::fuzz {

namespace {

Error refused(qsizetype offset, const char *why)
{
    return Error(ErrorCode::Decode, QStringLiteral("byte %1: %2").arg(offset).arg(QLatin1String(why)));
}

} // namespace

Result<CsvRecords> readStrictCsv(const QByteArray &data)
{
    CsvRecords records;
    QList<CsvField> record;
    qsizetype i = 0;
    const qsizetype n = data.size();
    while (i < n) {
        CsvField field;
        if (data[i] == '"') {
            field.quoted = true;
            ++i;
            for (;;) {
                if (i >= n)
                    return refused(i, "unterminated quoted field");
                if (data[i] == '"') {
                    if (i + 1 < n && data[i + 1] == '"') {
                        field.bytes += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field.bytes += data[i++];
            }
        } else {
            while (i < n && data[i] != ',' && data[i] != '\r') {
                if (data[i] == '"' || data[i] == '\n')
                    return refused(i, "quote or line feed in an unquoted field");
                field.bytes += data[i++];
            }
        }
        record.append(field);
        if (i >= n)
            return refused(i, "the last record does not end with CRLF");
        if (data[i] == ',') {
            ++i;
            continue;
        }
        if (data[i] != '\r' || i + 1 >= n || data[i + 1] != '\n')
            return refused(i, "a field is followed by neither ',' nor CRLF");
        i += 2;
        records.append(record);
        record.clear();
    }
    if (!record.isEmpty())
        return refused(n, "the last record does not end with CRLF");
    return records;
}

} // namespace tieout::fuzz
