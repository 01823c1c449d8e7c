#pragma once

#include "core/common/Result.h"
#include "core/money/Money.h"

#include <QByteArray>
#include <QStringList>

class QIODevice;

namespace tieout {

// Writes RFC 4180 CSV for spreadsheets and scripts (SPEC §9): UTF-8 without a byte-order
// mark, CRLF after every record, '.' decimal point, no thousands separators. A field is quoted
// when it holds a comma, quote, CR or LF. Text cells that a spreadsheet would run as a formula
// (first character =, +, -, @, tab or CR) get a leading apostrophe; numbers are never touched,
// so -1.23 written as a number stays -1.23. Output is buffered; call finish() for the status.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice *device);

    void writeRecord(const QStringList &textFields); // e.g. the header
    CsvWriter &text(QStringView value);
    CsvWriter &number(QStringView value); // already formatted: "-1.23", "42"
    CsvWriter &integer(qint64 value);
    CsvWriter &money(Money amount, int decimals);
    CsvWriter &empty();
    void endRecord();

    // Flushes and reports the first write error, naming the device.
    Status finish();

    // The text cell as it would be written (guard and quoting), for tests and previews.
    static QByteArray encodeText(QStringView value);

private:
    void separator();
    void flushIfLarge();

    QIODevice *m_device;
    QByteArray m_buffer;
    bool m_inRecord = false;
    bool m_failed = false;
    QString m_error;
};

} // namespace tieout
