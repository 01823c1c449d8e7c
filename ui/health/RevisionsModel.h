#pragma once

#include "core/store/StoreRecords.h"

#include <QAbstractTableModel>

namespace tieout::ui {

// Restatements found by sync (the revisions table): per BU and day, billed dollars and usage
// tokens before → after the re-fetch, and when it was detected.
class RevisionsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        BusinessUnit,
        Day,
        BilledBefore,
        BilledAfter,
        TokensBefore,
        TokensAfter,
        DetectedAt,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit RevisionsModel(QObject *parent = nullptr);

    void setRevisions(const RevisionRecords &revisions);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RevisionRecords m_revisions;
};

} // namespace tieout::ui
