#include "ui/health/AuditModel.h"

#include "ui/common/DisplayFormat.h"

namespace tieout::ui {

AuditModel::AuditModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditModel::setRecords(const AuditRecords &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const AuditRecord &r = m_records.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((index.column() >= Fetched ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return r.detail.isEmpty() ? QVariant() : QVariant(r.detail);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case At: return r.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    case Actor: return r.actor;
    case Action: return r.action;
    case BusinessUnit: return r.businessUnit;
    case Window:
        return r.windowFrom.isValid()
                   ? tr("%1 – %2").arg(r.windowFrom.toString(Qt::ISODate),
                                       r.windowTo.addDays(-1).toString(Qt::ISODate))
                   : QString();
    case Fetched: return DisplayFormat::count(r.fetched);
    case Deleted: return DisplayFormat::count(r.deleted);
    case Inserted: return DisplayFormat::count(r.inserted);
    case BilledBefore: return DisplayFormat::money(r.billedBefore);
    case BilledAfter: return DisplayFormat::money(r.billedAfter);
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case At: return tr("When");
    case Actor: return tr("Who");
    case Action: return tr("Action");
    case BusinessUnit: return tr("Business unit");
    case Window: return tr("Window");
    case Fetched: return tr("Fetched");
    case Deleted: return tr("Deleted");
    case Inserted: return tr("Inserted");
    case BilledBefore: return tr("Billed before (USD)");
    case BilledAfter: return tr("Billed after (USD)");
    }
    return {};
}

} // namespace tieout::ui
