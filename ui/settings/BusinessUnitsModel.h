#pragma once

#include "core/config/AppConfig.h"

#include <QAbstractTableModel>

namespace tieout::ui {

// The configured business units for the Settings table: name, API base URL and where the admin
// key comes from. Never the key itself: the model does not have it.
class BusinessUnitsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        BaseUrlColumn,
        KeySourceColumn,
        ColumnCount
    };

    explicit BusinessUnitsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setBusinessUnits(const QList<BusinessUnitConfig> &units);
    const BusinessUnitConfig &businessUnit(int row) const { return m_units.at(row); }

    static QString keySourceText(const SecretRef &ref);

private:
    QList<BusinessUnitConfig> m_units;
};

} // namespace tieout::ui
