#include "ui/backfill/BackfillWindowsModel.h"

#include "ui/common/DisplayFormat.h"

#include <QBrush>
#include <QColor>

namespace tieout::ui {

BackfillWindowsModel::BackfillWindowsModel(QObject *parent) : QAbstractTableModel(parent) {}

int BackfillWindowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BackfillWindowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackfillWindowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= DaysColumn && index.column() != StatusColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (row.report && row.report->error)
            return row.report->error->message();
        if (index.column() == DaysColumn && row.window.partial)
            return tr("The month is not over: the window ends today.");
        return {};
    case Qt::ForegroundRole:
        if (row.state == WindowState::Failed && index.column() == StatusColumn)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        return {};
    default:
        return {};
    }
}

QVariant BackfillWindowsModel::display(const Row &row, int column) const
{
    switch (column) {
    case BusinessUnitColumn:
        return row.window.businessUnit;
    case MonthColumn:
        return DisplayFormat::month(row.window.month);
    case DaysColumn:
        return DisplayFormat::count(row.window.range.dayCount());
    case StatusColumn:
        return stateText(row);
    default:
        break;
    }
    if (!row.report || !row.report->ok())
        return {};
    const backfill::WindowReport &report = *row.report;
    const backfill::WindowDiff &diff = report.diff;
    switch (column) {
    case StoredColumn:
        return DisplayFormat::count(diff.rowsBefore());
    case FetchedColumn:
        return DisplayFormat::count(report.fetched);
    // A preview says what the window's transaction would delete and insert (all stored rows,
    // all fetched rows); an executed window says what it did.
    case DeleteColumn:
        return DisplayFormat::count(report.executed ? report.deleted : diff.rowsBefore());
    case InsertColumn:
        return DisplayFormat::count(report.executed ? report.inserted : diff.rowsAfter());
    case RemovedColumn:
        return DisplayFormat::count(diff.rowsRemoved());
    case AddedColumn:
        return DisplayFormat::count(diff.rowsAdded());
    case BilledBeforeColumn:
        return DisplayFormat::money(diff.billedBefore);
    case BilledAfterColumn:
        return DisplayFormat::money(diff.billedAfter);
    case ChangeColumn:
        return DisplayFormat::signedMoney(diff.billedAfter - diff.billedBefore);
    default:
        return {};
    }
}

QString BackfillWindowsModel::stateText(const Row &row)
{
    switch (row.state) {
    case WindowState::Planned:
        return tr("Planned");
    case WindowState::Queued:
        return tr("Queued");
    case WindowState::Running:
        return tr("Running…");
    case WindowState::Previewed:
        return row.report && row.report->diff.changed() ? tr("Previewed: changes")
                                                        : tr("Previewed: no change");
    case WindowState::Replaced:
        return tr("Replaced");
    case WindowState::Failed:
        return tr("Failed");
    case WindowState::NotRun:
        return tr("Not run");
    }
    return {};
}

QVariant BackfillWindowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StoredColumn:
            return tr("Rows the database holds for the window now");
        case FetchedColumn:
            return tr("Rows the Admin API returned for the window");
        case DeleteColumn:
            return tr("Rows the window's transaction deletes (all stored rows)");
        case InsertColumn:
            return tr("Rows the window's transaction inserts (all fetched rows)");
        case RemovedColumn:
            return tr("Stored rows that are not in the fetched data");
        case AddedColumn:
            return tr("Fetched rows that are not stored yet");
        case ChangeColumn:
            return tr("Billed after minus billed before, in USD");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case BusinessUnitColumn:
        return tr("Business unit");
    case MonthColumn:
        return tr("Month");
    case DaysColumn:
        return tr("Days");
    case StatusColumn:
        return tr("Status");
    case StoredColumn:
        return tr("Stored");
    case FetchedColumn:
        return tr("Fetched");
    case DeleteColumn:
        return tr("Delete");
    case InsertColumn:
        return tr("Insert");
    case RemovedColumn:
        return tr("Removed");
    case AddedColumn:
        return tr("Added");
    case BilledBeforeColumn:
        return tr("Billed before (USD)");
    case BilledAfterColumn:
        return tr("Billed after (USD)");
    case ChangeColumn:
        return tr("Change (USD)");
    default:
        return {};
    }
}

void BackfillWindowsModel::setPlan(const QList<backfill::PlannedWindow> &windows)
{
    beginResetModel();
    m_rows.clear();
    for (const backfill::PlannedWindow &window : windows)
        m_rows.append(Row{window, WindowState::Planned, std::nullopt});
    endResetModel();
}

void BackfillWindowsModel::clear()
{
    setPlan({});
}

void BackfillWindowsModel::queueAll()
{
    for (Row &row : m_rows)
        row.state = WindowState::Queued;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void BackfillWindowsModel::markRunning(const backfill::PlannedWindow &window)
{
    const int row = rowOf(window);
    if (row < 0)
        return;
    m_rows[row].state = WindowState::Running;
    rowChanged(row);
}

void BackfillWindowsModel::setReport(const backfill::WindowReport &report)
{
    const int row = rowOf(report.window);
    if (row < 0)
        return;
    Row &target = m_rows[row];
    target.report = report;
    if (!report.ok())
        target.state = WindowState::Failed;
    else
        target.state = report.executed ? WindowState::Replaced : WindowState::Previewed;
    rowChanged(row);
}

void BackfillWindowsModel::markUnfinishedNotRun()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &target = m_rows[row];
        if (target.state == WindowState::Queued || target.state == WindowState::Running) {
            target.state = WindowState::NotRun;
            rowChanged(row);
        }
    }
}

BackfillWindowsModel::WindowState BackfillWindowsModel::state(int row) const
{
    return m_rows.at(row).state;
}

std::optional<backfill::WindowReport> BackfillWindowsModel::report(int row) const
{
    return m_rows.at(row).report;
}

QList<backfill::PlannedWindow> BackfillWindowsModel::windows() const
{
    QList<backfill::PlannedWindow> result;
    result.reserve(m_rows.size());
    for (const Row &row : m_rows)
        result.append(row.window);
    return result;
}

int BackfillWindowsModel::rowOf(const backfill::PlannedWindow &window) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const backfill::PlannedWindow &candidate = m_rows.at(row).window;
        if (candidate.businessUnit == window.businessUnit && candidate.month == window.month)
            return row;
    }
    return -1;
}

void BackfillWindowsModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace tieout::ui
