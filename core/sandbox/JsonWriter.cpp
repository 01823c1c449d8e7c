#include "core/sandbox/JsonWriter.h"

namespace tieout::sandbox {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (!m_first.back())
            m_out.append(',');
        m_first.back() = false;
    }
}

void JsonWriter::open(char bracket)
{
    separate();
    m_out.append(bracket);
    m_first.append(true);
}

void JsonWriter::close(char bracket)
{
    m_out.append(bracket);
    m_first.removeLast();
}

JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    m_out.append('"').append(name).append("\":");
    m_afterKey = true;
    return *this;
}

void JsonWriter::value(const QString &text)
{
    if (text.isNull())
        return null();
    separate();
    static constexpr char Hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    m_out.append('"');
    for (char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            m_out.append('\\').append(c);
        } else if (byte < 0x20) {
            m_out.append("\\u00").append(Hex[byte >> 4]).append(Hex[byte & 0xf]);
        } else {
            m_out.append(c);
        }
    }
    m_out.append('"');
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
}

void JsonWriter::null()
{
    separate();
    m_out.append("null");
}

} // namespace tieout::sandbox
