#pragma once

#include "core/export/ReconExporter.h"
#include "core/reconcile/ReconcileResult.h"

#include <QAbstractTableModel>

#include <memory>

namespace tieout::ui {

// The month × BU tie-out grid for views: exactly the footed rows of the recon export
// (ReconExporter::lines) for the BUs shown — so the table, the CSV and `tieout-cli reconcile`
// show the same cents — with each month's TOTAL, the status and why (tooltip).
class ReconTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Month,
        BusinessUnit,
        Billed,
        ListPrice,
        Difference,
        Ratio,
        UnpricedBilled,
        Fallback,
        Status,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 1, // qlonglong: exact nano-dollars, ratio × 10^9, status severity
        MonthRole,                   // "YYYY-MM"
        BusinessUnitRole,            // the BU name; "TOTAL" for a month's total
        IsTotalRole,                 // bool
        StatusRole,                  // int(ReconStatus)
        PlainTextRole                // the export text of the cell ('.' decimal point)
    };

    explicit ReconTableModel(QObject *parent = nullptr);

    // `businessUnits`: the BUs shown (empty = all); each month ends with the TOTAL of those.
    void setResult(std::shared_ptr<const ReconcileResult> result, const QStringList &businessUnits);
    void clear();

    const QList<ReconLine> &lines() const { return m_lines; }
    const ReconLine &line(int row) const { return m_lines.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(ReconStatus status);
    static QString reasonsText(StatusReasons reasons, int missingDays, const QStringList &incompleteFeeders);
    static QColor statusColor(ReconStatus status);

private:
    struct RowInfo
    {
        ReconStatus status = ReconStatus::Tied;
        StatusReasons reasons = NoReason;
        int missingDays = 0;
        QStringList incompleteFeeders;
    };

    QString cellText(const ReconLine &line, int column) const;
    QVariant sortKey(int row, int column) const;
    QString toolTip(int row, int column) const;

    std::shared_ptr<const ReconcileResult> m_result;
    QList<ReconLine> m_lines;
    QList<RowInfo> m_info;
};

} // namespace tieout::ui
