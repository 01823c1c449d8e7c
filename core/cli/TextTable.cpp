#include "core/cli/TextTable.h"

#include <QTextStream>

namespace tieout::cli {

TextTable::TextTable(QStringList headers, QList<Align> alignment)
    : m_headers(std::move(headers))
    , m_alignment(std::move(alignment))
{
    while (m_alignment.size() < m_headers.size())
        m_alignment.append(Align::Left);
}

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_headers.size())
        cells.append(QString());
    m_rows.append(std::move(cells));
}

void TextTable::addSeparator()
{
    m_rows.append(QStringList());
}

void TextTable::print(QTextStream &out) const
{
    QList<qsizetype> widths;
    for (const QString &header : m_headers)
        widths.append(header.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row[i].size());
    }
    const auto printRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            const QString cell = cells.value(i);
            line += m_alignment[i] == Align::Right ? cell.rightJustified(widths[i]) : cell.leftJustified(widths[i]);
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out << line << '\n';
    };
    printRow(m_headers);
    qsizetype total = 0;
    for (qsizetype width : widths)
        total += width;
    const QString rule(total + 2 * (widths.size() - 1), u'-');
    out << rule << '\n';
    for (const QStringList &row : m_rows) {
        if (row.isEmpty())
            out << rule << '\n';
        else
            printRow(row);
    }
}

} // namespace tieout::cli
