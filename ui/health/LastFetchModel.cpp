#include "ui/health/LastFetchModel.h"

#include "ui/common/DisplayFormat.h"
#include "ui/health/CoverageModel.h"

namespace tieout::ui {

LastFetchModel::LastFetchModel(QObject *parent) : QAbstractTableModel(parent) {}

void LastFetchModel::setFetches(const QList<LastFetch> &fetches, qint64 daysInRange)
{
    beginResetModel();
    m_fetches = fetches;
    m_daysInRange = daysInRange;
    endResetModel();
}

int LastFetchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fetches.size());
}

int LastFetchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LastFetchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const LastFetch &f = m_fetches.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((index.column() == DaysInRange ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Endpoint)
        return f.endpoint;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case BusinessUnit: return f.businessUnit;
    case Endpoint: return CoverageModel::endpointText(f.endpoint);
    case FetchedAt: return f.fetchedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    case LatestDay: return f.latestDay.toString(Qt::ISODate);
    case DaysInRange:
        return tr("%1 of %2").arg(DisplayFormat::count(f.daysInRange), DisplayFormat::count(m_daysInRange));
    }
    return {};
}

QVariant LastFetchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case BusinessUnit: return tr("Business unit");
    case Endpoint: return tr("Endpoint");
    case FetchedAt: return tr("Last fetched");
    case LatestDay: return tr("Latest day stored");
    case DaysInRange: return tr("Days of the range");
    }
    return {};
}

} // namespace tieout::ui
