#include "ui/health/CoverageModel.h"

#include "core/store/CoverageEndpoint.h"

#include <QColor>
#include <QLocale>

namespace tieout::ui {

CoverageModel::CoverageModel(QObject *parent) : QAbstractTableModel(parent) {}

void CoverageModel::setReport(const QList<BuCoverage> &coverage, const QList<YearMonth> &months, QDate today)
{
    beginResetModel();
    m_coverage = coverage;
    m_today = today;
    m_rows.clear();
    for (const YearMonth &month : months) {
        for (const BuCoverage &unit : std::as_const(m_coverage)) {
            if (unit.days.isEmpty())
                continue;
            const qint64 first = unit.days.constFirst().date.daysTo(month.firstDay());
            m_rows.append({month, unit.businessUnit, &unit, int(first)});
        }
    }
    endResetModel();
}

int CoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 31;
}

const CoverageDay *CoverageModel::dayAt(int row, int column) const
{
    const Row &at = m_rows.at(row);
    if (column >= at.month.dayCount())
        return nullptr;
    const int index = at.firstDayIndex + column;
    if (index < 0 || index >= at.coverage->days.size())
        return nullptr;
    return &at.coverage->days.at(index);
}

CoverageModel::CellState CoverageModel::stateAt(int row, int column) const
{
    const CoverageDay *day = dayAt(row, column);
    if (!day)
        return CellState::NoSuchDay;
    switch (day->state) {
    case DayCoverage::NeverFetched:
        return day->date >= m_today ? CellState::NotDueYet : CellState::NeverFetched;
    case DayCoverage::Partial: return CellState::Partial;
    case DayCoverage::FetchedEmpty: return CellState::FetchedEmpty;
    case DayCoverage::FetchedWithRows: return CellState::FetchedWithRows;
    }
    return CellState::NeverFetched;
}

QModelIndex CoverageModel::indexOf(const QString &businessUnit, QDate date) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).businessUnit == businessUnit && m_rows.at(row).month == YearMonth::of(date))
            return index(row, date.day() - 1);
    }
    return {};
}

QColor CoverageModel::color(CellState state)
{
    switch (state) {
    case CellState::FetchedWithRows: return QColor(0x3c, 0x9a, 0x48);
    case CellState::FetchedEmpty: return QColor(0xa8, 0xd5, 0xe8);
    case CellState::Partial: return QColor(0xf2, 0xb1, 0x34);
    case CellState::NeverFetched: return QColor(0xd6, 0x40, 0x3a);
    case CellState::NotDueYet: return QColor(0xe4, 0xe4, 0xe4);
    case CellState::NoSuchDay: return QColor();
    }
    return {};
}

QString CoverageModel::stateText(CellState state)
{
    switch (state) {
    case CellState::FetchedWithRows: return tr("fetched with rows");
    case CellState::FetchedEmpty: return tr("fetched, no rows");
    case CellState::Partial: return tr("partly fetched");
    case CellState::NeverFetched: return tr("never fetched");
    case CellState::NotDueYet: return tr("not due yet");
    case CellState::NoSuchDay: return QString();
    }
    return {};
}

QString CoverageModel::endpointText(const QString &endpoint)
{
    switch (coverageEndpointFromName(endpoint).value_or(CoverageEndpoint::ClaudeCodeUsage)) {
    case CoverageEndpoint::CostReport: return tr("Cost report");
    case CoverageEndpoint::UsageMessages: return tr("Usage (messages)");
    case CoverageEndpoint::ClaudeCodeUsage:
        return endpoint == coverageEndpointName(CoverageEndpoint::ClaudeCodeUsage) ? tr("Claude Code usage")
                                                                                  : endpoint;
    }
    return endpoint;
}

QString CoverageModel::toolTip(int row, int column) const
{
    const CoverageDay *day = dayAt(row, column);
    if (!day)
        return {};
    const CellState state = stateAt(row, column);
    QStringList lines{tr("%1, %2: %3")
                          .arg(m_rows.at(row).businessUnit, day->date.toString(Qt::ISODate), stateText(state))};
    const QLocale locale;
    for (const CoverageEndpoint endpoint : allCoverageEndpoints()) {
        const QString name = coverageEndpointName(endpoint);
        const EndpointFetch *fetch = nullptr;
        for (const EndpointFetch &f : day->fetches) {
            if (f.endpoint == name)
                fetch = &f;
        }
        lines.append(fetch ? tr("%1: %2 rows, fetched %3 UTC")
                                 .arg(endpointText(name), locale.toString(fetch->rowCount),
                                      fetch->fetchedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                           : tr("%1: never fetched").arg(endpointText(name)));
    }
    return lines.join(u'\n');
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const CellState state = stateAt(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        // A glyph as well as the colour, for readers who cannot tell the colours apart.
        switch (state) {
        case CellState::NeverFetched: return QStringLiteral("×");
        case CellState::Partial: return QStringLiteral("!");
        case CellState::FetchedEmpty: return QStringLiteral("○");
        default: return {};
        }
    case Qt::BackgroundRole: {
        const QColor c = color(state);
        return c.isValid() ? QVariant(c) : QVariant();
    }
    case Qt::ForegroundRole:
        return state == CellState::NeverFetched ? QColor(Qt::white) : QColor(0x22, 0x22, 0x22);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return toolTip(index.row(), index.column());
    case Qt::AccessibleTextRole: {
        const CoverageDay *day = dayAt(index.row(), index.column());
        return day ? tr("%1 %2: %3")
                         .arg(m_rows.at(index.row()).businessUnit, day->date.toString(Qt::ISODate), stateText(state))
                   : QString();
    }
    case StateRole:
        return int(state);
    case DateRole: {
        const CoverageDay *day = dayAt(index.row(), index.column());
        return day ? QVariant(day->date) : QVariant();
    }
    }
    return {};
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal)
        return QString::number(section + 1);
    if (section < 0 || section >= m_rows.size())
        return {};
    const Row &row = m_rows.at(section);
    const BuCoverage &unit = *row.coverage;
    if (role == Qt::ToolTipRole)
        return tr("%1 over the whole range: %2 fetched with rows, %3 fetched empty, %4 partly fetched, %5 never "
                  "fetched")
            .arg(unit.businessUnit)
            .arg(unit.fetchedWithRows)
            .arg(unit.fetchedEmpty)
            .arg(unit.partial)
            .arg(unit.neverFetched);
    return tr("%1  %2").arg(row.month.toString(), row.businessUnit);
}

Qt::ItemFlags CoverageModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    if (stateAt(index.row(), index.column()) == CellState::NoSuchDay)
        return Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace tieout::ui
