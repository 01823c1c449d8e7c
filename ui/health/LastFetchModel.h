#pragma once

#include "core/report/HealthService.h"

#include <QAbstractTableModel>

namespace tieout::ui {

// When each BU's endpoints were last fetched, the latest report day stored, and how many days
// of the range each has.
class LastFetchModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        BusinessUnit,
        Endpoint,
        FetchedAt,
        LatestDay,
        DaysInRange,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit LastFetchModel(QObject *parent = nullptr);

    void setFetches(const QList<LastFetch> &fetches, qint64 daysInRange);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LastFetch> m_fetches;
    qint64 m_daysInRange = 0;
};

} // namespace tieout::ui
