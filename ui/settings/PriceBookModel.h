#pragma once

#include "core/pricing/PriceEntry.h"

#include <QAbstractTableModel>

namespace tieout::ui {

// The price book's entries, read-only: family, origin (shipped or user), the dates it is in
// force and the list prices per million tokens (standard, and long context where the family has
// one). Prices are shown as the exact decimals the book holds, in the user's locale.
class PriceBookModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FamilyColumn,
        OriginColumn,
        FromColumn,
        ToColumn,
        InputColumn,
        OutputColumn,
        CacheWrite5mColumn,
        CacheWrite1hColumn,
        CacheReadColumn,
        LongInputColumn,
        LongOutputColumn,
        ColumnCount
    };

    explicit PriceBookModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(const QList<PriceEntry> &entries);
    const PriceEntry &entry(int row) const { return m_entries.at(row); }

private:
    QVariant display(const PriceEntry &entry, int column) const;

    QList<PriceEntry> m_entries;
};

} // namespace tieout::ui
