#include "ui/settings/KeyOverridesModel.h"

namespace tieout::ui {

KeyOverridesModel::KeyOverridesModel(QObject *parent) : QAbstractTableModel(parent) {}

int KeyOverridesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_overrides.size());
}

int KeyOverridesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyOverridesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const KeyOverride &override = m_overrides.at(index.row());
    switch (index.column()) {
    case ApiKeyIdColumn:
        return override.apiKeyId;
    case BusinessUnitColumn:
        return override.businessUnit;
    default:
        return {};
    }
}

QVariant KeyOverridesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ApiKeyIdColumn:
        return tr("API key id");
    case BusinessUnitColumn:
        return tr("Counts for business unit");
    default:
        return {};
    }
}

Qt::ItemFlags KeyOverridesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool KeyOverridesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString text = value.toString().trimmed();
    KeyOverride &override = m_overrides[index.row()];
    QString &cell = index.column() == ApiKeyIdColumn ? override.apiKeyId : override.businessUnit;
    if (cell == text)
        return true;
    cell = text;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    emit overridesEdited();
    return true;
}

bool KeyOverridesModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count <= 0)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_overrides.insert(row, KeyOverride{});
    endInsertRows();
    emit overridesEdited();
    return true;
}

bool KeyOverridesModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_overrides.remove(row, count);
    endRemoveRows();
    emit overridesEdited();
    return true;
}

void KeyOverridesModel::setOverrides(const QList<KeyOverride> &overrides)
{
    beginResetModel();
    m_overrides = overrides;
    endResetModel();
}

QList<KeyOverride> KeyOverridesModel::completeOverrides() const
{
    QList<KeyOverride> complete;
    for (const KeyOverride &override : m_overrides) {
        if (!override.apiKeyId.isEmpty() && !override.businessUnit.isEmpty())
            complete.append(override);
    }
    return complete;
}

} // namespace tieout::ui
