#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace tieout::cli {

// Aligned plain-text columns for terminal output: text left-aligned, numbers right-aligned.
class TextTable final
{
public:
    enum class Align { Left, Right };

    explicit TextTable(QStringList headers, QList<Align> alignment = {});
    void addRow(QStringList cells);
    void addSeparator();
    void print(QTextStream &out) const;
    qsizetype rowCount() const { return m_rows.size(); }

private:
    QStringList m_headers;
    QList<Align> m_alignment;
    QList<QStringList> m_rows; // an empty row is a separator
};

} // namespace tieout::cli
