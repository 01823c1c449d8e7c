// Fuzz target: CsvWriter's quoting and formula guard, as a round trip. The input is split at
// 0x1F into cells (a chunk starting 0x00 with 9 more bytes is a money cell: 8 bytes of
// nano-dollars and a decimals byte); the first byte says how many cells make a record. What the
// writer produced is read back by a strict RFC 4180 reader (CsvReader.h), which must get exactly
// the cells back: text cells as written, those beginning =, +, -, @, tab or CR with the ' guard in
// front; money cells as the plain number rounded half-even, never guarded or quoted. Like every
// export, the file starts with a header record; the output is UTF-8 without a byte-order mark and
// every record ends with CRLF.
#include "CsvReader.h"
#include "FuzzTargets.h"

#include "core/export/CsvWriter.h"

#include <QBuffer>
#include <QStringDecoder>

namespace tieout::fuzz {

namespace {

struct Cell
{
    bool isMoney = false;
    QString text;
    qint64 nanos = 0;
    int decimals = 0;
};

bool needsGuard(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

// UTF-8 to text keeping a leading U+FEFF: QString::fromUtf8 would drop it from a cell.
QString decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

QList<Cell> cellsOf(const QByteArray &input)
{
    QList<Cell> cells;
    for (const QByteArray &chunk : input.split('\x1f')) {
        Cell cell;
        if (chunk.size() == 10 && chunk.at(0) == '\0') {
            cell.isMoney = true;
            quint64 raw = 0;
            for (int i = 1; i <= 8; ++i)
                raw = (raw << 8) | static_cast<uchar>(chunk.at(i));
            cell.nanos = static_cast<qint64>(raw);
            cell.decimals = static_cast<uchar>(chunk.at(9)) % 10;
        } else {
            cell.text = decodeUtf8(chunk);
        }
        cells.append(cell);
    }
    return cells;
}

QString expectedText(const Cell &cell)
{
    if (cell.isMoney)
        return Money::fromNanos(cell.nanos).toDecimalString(cell.decimals);
    return needsGuard(cell.text) ? QLatin1Char('\'') + cell.text : cell.text;
}

} // namespace

int csv(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 1 << 16)
        return 0;
    const int columns = 1 + data[0] % 8;
    const QList<Cell> cells = cellsOf(bytes(data + 1, size - 1));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    const QStringList header{QStringLiteral("month"), QStringLiteral("business_unit")};
    writer.writeRecord(header);
    QList<QStringList> expected{header};
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i % columns == 0)
            expected.append(QStringList());
        const Cell &cell = cells.at(i);
        if (cell.isMoney)
            writer.money(Money::fromNanos(cell.nanos), cell.decimals);
        else
            writer.text(cell.text);
        expected.last().append(expectedText(cell));
        if (i % columns == columns - 1)
            writer.endRecord();
    }
    if (!writer.finish())
        violated("csv", QStringLiteral("writing to a buffer failed"));
    const QByteArray output = buffer.data();

    if (output.startsWith("\xEF\xBB\xBF"))
        violated("csv", QStringLiteral("the output starts with a byte-order mark"));
    if (!output.endsWith("\r\n"))
        violated("csv", QStringLiteral("the last record does not end with CRLF"));
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8.decode(output);
    if (utf8.hasError())
        violated("csv", QStringLiteral("the output is not valid UTF-8"));
    Q_UNUSED(decoded);

    const auto records = readStrictCsv(output);
    if (!records)
        violated("csv", QStringLiteral("a strict RFC 4180 reader refuses the output: %1\n%2")
                            .arg(records.error().message(), QString::fromUtf8(output.toPercentEncoding(" ,'=+-@"))));
    if (records->size() != expected.size())
        violated("csv", QStringLiteral("%1 records written, %2 read back").arg(expected.size()).arg(records->size()));
    for (qsizetype r = 0; r < expected.size(); ++r) {
        const QList<CsvField> &got = records->at(r);
        if (got.size() != expected.at(r).size())
            violated("csv", QStringLiteral("record %1: %2 cells written, %3 read back").arg(r).arg(expected.at(r).size()).arg(got.size()));
        for (qsizetype c = 0; c < got.size(); ++c) {
            if (decodeUtf8(got.at(c).bytes) != expected.at(r).at(c))
                violated("csv", QStringLiteral("record %1 cell %2: wrote \"%3\", read back \"%4\"")
                                    .arg(r)
                                    .arg(c)
                                    .arg(expected.at(r).at(c), decodeUtf8(got.at(c).bytes)));
        }
    }
    // Numbers are plain: never quoted, never guarded, and they parse back exactly.
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const Cell &cell = cells.at(i);
        if (!cell.isMoney)
            continue;
        const CsvField &field = records->at(1 + i / columns).at(i % columns);
        if (field.quoted || field.bytes.startsWith('\''))
            violated("csv", QStringLiteral("money cell %1 was quoted or guarded").arg(QString::fromLatin1(field.bytes)));
    }
    return 0;
}

} // namespace tieout::fuzz
