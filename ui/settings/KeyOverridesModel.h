#pragma once

#include "core/config/AppConfig.h"

#include <QAbstractTableModel>

namespace tieout::ui {

// The key->BU overrides (SPEC §5), editable in place: usage of an API key counts for the named
// BU whoever fetched it. The target may be a BU that is not configured (it still gets a row in
// the tie-out), so it is free text.
class KeyOverridesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ApiKeyIdColumn,
        BusinessUnitColumn,
        ColumnCount
    };

    explicit KeyOverridesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    void setOverrides(const QList<KeyOverride> &overrides);
    const QList<KeyOverride> &overrides() const { return m_overrides; }
    // Rows with both cells filled in: what the config file gets.
    QList<KeyOverride> completeOverrides() const;

signals:
    // The operator changed, added or removed a row (not emitted by setOverrides).
    void overridesEdited();

private:
    QList<KeyOverride> m_overrides;
};

} // namespace tieout::ui
