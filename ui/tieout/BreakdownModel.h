#pragma once

#include "core/reconcile/ReportRows.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tieout::ui {

// One drill-down of the tie-out (SPEC §10): the rows of ReconcileReports::byModel,
// byWorkspace, byApiKey or byTokenType for a (month, BU) cell or a wider selection, with
// names for people, exact figures rounded once for display, and "no price" — never $0 — for
// usage that has no list price.
class BreakdownModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Dimension
    {
        Model,
        Workspace,
        ApiKey,
        TokenType
    };
    Q_ENUM(Dimension)

    enum Column
    {
        Name,
        Id,
        BusinessUnit,
        Billed,
        ListPrice,
        Difference,
        Ratio,
        UnpricedBilled,
        Fallback,
        Tokens,
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int SortRole = Qt::UserRole + 1; // exact values (qlonglong) or names

    explicit BreakdownModel(Dimension dimension, QObject *parent = nullptr);

    Dimension dimension() const { return m_dimension; }
    // `modelFamilies`: model id -> family (null when unpriced), for the Model dimension.
    void setRows(const QList<BreakdownRow> &rows, const QHash<QString, QString> &modelFamilies = {});
    const QList<BreakdownRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString tokenTypeLabel(const QString &key);

private:
    QString name(const BreakdownRow &row) const;
    QString id(const BreakdownRow &row) const;
    bool hasNoListPrice(const BreakdownRow &row) const;
    QVariant display(const BreakdownRow &row, int column) const;
    QVariant sortKey(const BreakdownRow &row, int column) const;

    Dimension m_dimension;
    QList<BreakdownRow> m_rows;
    QHash<QString, QString> m_families;
};

} // namespace tieout::ui
