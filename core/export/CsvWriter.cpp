#include "core/export/CsvWriter.h"

#include <QIODevice>

namespace tieout {

namespace {
constexpr qsizetype FlushThreshold = 1 << 16;

bool needsGuard(QStringView value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

bool needsQuotes(QStringView value)
{
    for (const QChar c : value) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}
} // namespace

CsvWriter::CsvWriter(QIODevice *device) : m_device(device)
{
    m_buffer.reserve(FlushThreshold + 4096);
}

QByteArray CsvWriter::encodeText(QStringView value)
{
    QString text;
    if (needsGuard(value))
        text = QLatin1Char('\'') + value;
    else
        text = value.toString();
    if (!needsQuotes(text))
        return text.toUtf8();
    text.replace(u'"', QStringLiteral("\"\""));
    QByteArray quoted;
    quoted.reserve(text.size() + 2);
    quoted += '"';
    quoted += text.toUtf8();
    quoted += '"';
    return quoted;
}

void CsvWriter::separator()
{
    if (m_inRecord)
        m_buffer += ',';
    m_inRecord = true;
}

void CsvWriter::writeRecord(const QStringList &textFields)
{
    for (const QString &field : textFields)
        text(field);
    endRecord();
}

CsvWriter &CsvWriter::text(QStringView value)
{
    separator();
    m_buffer += encodeText(value);
    return *this;
}

CsvWriter &CsvWriter::number(QStringView value)
{
    separator();
    m_buffer += value.toLatin1();
    return *this;
}

CsvWriter &CsvWriter::integer(qint64 value)
{
    separator();
    m_buffer += QByteArray::number(value);
    return *this;
}

CsvWriter &CsvWriter::money(Money amount, int decimals)
{
    return number(amount.toDecimalString(decimals));
}

CsvWriter &CsvWriter::empty()
{
    separator();
    return *this;
}

void CsvWriter::endRecord()
{
    m_buffer += "\r\n";
    m_inRecord = false;
    flushIfLarge();
}

void CsvWriter::flushIfLarge()
{
    if (m_buffer.size() < FlushThreshold || m_failed)
        return;
    if (m_device->write(m_buffer) != m_buffer.size()) {
        m_failed = true;
        m_error = m_device->errorString();
    }
    m_buffer.clear();
}

Status CsvWriter::finish()
{
    if (m_inRecord)
        endRecord();
    if (!m_failed && !m_buffer.isEmpty() && m_device->write(m_buffer) != m_buffer.size()) {
        m_failed = true;
        m_error = m_device->errorString();
    }
    m_buffer.clear();
    if (m_failed)
        return Error(ErrorCode::Io, QStringLiteral("could not write the CSV export: %1").arg(m_error));
    return okStatus();
}

} // namespace tieout
