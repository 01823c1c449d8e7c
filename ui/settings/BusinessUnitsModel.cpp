#include "ui/settings/BusinessUnitsModel.h"

namespace tieout::ui {

BusinessUnitsModel::BusinessUnitsModel(QObject *parent) : QAbstractTableModel(parent) {}

int BusinessUnitsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_units.size());
}

int BusinessUnitsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BusinessUnitsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const BusinessUnitConfig &unit = m_units.at(index.row());
    switch (index.column()) {
    case NameColumn:
        return unit.name;
    case BaseUrlColumn:
        return unit.apiBaseUrl.toString();
    case KeySourceColumn:
        return keySourceText(unit.adminKey);
    default:
        return {};
    }
}

QVariant BusinessUnitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case BaseUrlColumn:
        return tr("API base URL");
    case KeySourceColumn:
        return tr("Admin key");
    default:
        return {};
    }
}

void BusinessUnitsModel::setBusinessUnits(const QList<BusinessUnitConfig> &units)
{
    beginResetModel();
    m_units = units;
    endResetModel();
}

QString BusinessUnitsModel::keySourceText(const SecretRef &ref)
{
    if (ref.kind == SecretRef::Kind::Keychain)
        return tr("OS keychain: %1").arg(ref.name);
    return tr("Environment variable: %1").arg(ref.name);
}

} // namespace tieout::ui
