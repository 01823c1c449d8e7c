#pragma once

#include "core/store/StoreRecords.h"

#include <QAbstractTableModel>

namespace tieout::ui {

// The most recent writes to the store (the audit log, SPEC §6): when, who, which window, the
// row counts and the billed dollars before and after.
class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        At,
        Actor,
        Action,
        BusinessUnit,
        Window,
        Fetched,
        Deleted,
        Inserted,
        BilledBefore,
        BilledAfter,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AuditModel(QObject *parent = nullptr);

    void setRecords(const AuditRecords &records);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AuditRecords m_records;
};

} // namespace tieout::ui
