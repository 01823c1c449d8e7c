#pragma once

#include "core/backfill/WindowReport.h"

#include <QAbstractTableModel>

#include <optional>

namespace tieout::ui {

// The Backfill page's table: one row per planned (BU, month) window, in plan order, showing
// where the window is in the workflow and, once previewed or executed, what replacing it
// means — rows stored and fetched, rows the transaction deletes and inserts, rows that really
// differ, billed dollars before and after.
class BackfillWindowsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        BusinessUnitColumn,
        MonthColumn,
        DaysColumn,
        StatusColumn,
        StoredColumn,
        FetchedColumn,
        DeleteColumn,
        InsertColumn,
        RemovedColumn,
        AddedColumn,
        BilledBeforeColumn,
        BilledAfterColumn,
        ChangeColumn,
        ColumnCount
    };

    enum class WindowState
    {
        Planned,
        Queued,
        Running,
        Previewed,
        Replaced,
        Failed,
        NotRun
    };

    explicit BackfillWindowsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPlan(const QList<backfill::PlannedWindow> &windows);
    void clear();
    // Every window back to Queued for a new run; earlier figures stay until replaced.
    void queueAll();
    void markRunning(const backfill::PlannedWindow &window);
    void setReport(const backfill::WindowReport &report);
    // Windows a cancelled or failed run never reached.
    void markUnfinishedNotRun();

    WindowState state(int row) const;
    std::optional<backfill::WindowReport> report(int row) const;
    QList<backfill::PlannedWindow> windows() const;

private:
    struct Row
    {
        backfill::PlannedWindow window;
        WindowState state = WindowState::Planned;
        std::optional<backfill::WindowReport> report;
    };

    int rowOf(const backfill::PlannedWindow &window) const;
    void rowChanged(int row);
    QVariant display(const Row &row, int column) const;
    static QString stateText(const Row &row);

    QList<Row> m_rows;
};

} // namespace tieout::ui
