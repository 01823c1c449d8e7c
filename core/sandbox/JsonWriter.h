#pragma once

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>

namespace tieout::sandbox {

// A minimal streaming JSON writer for the high-volume report pages: a month of the large
// profile is ~1 MB, and building it as QJsonObjects cost ten times the data generation.
// Commas are placed automatically; strings are escaped per RFC 8259; a null QString is null.
class JsonWriter final
{
public:
    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    JsonWriter &key(const char *name); // a plain ASCII name, written as is
    void value(const QString &text);
    void value(qint64 number);
    void value(bool flag);
    void null();

    QByteArray take() { return std::move(m_out); }

private:
    void open(char bracket);
    void close(char bracket);
    void separate();

    QByteArray m_out;
    QVarLengthArray<bool, 16> m_first; // per open container: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace tieout::sandbox
