#pragma once

#include "core/money/YearMonth.h"
#include "core/report/HealthService.h"

#include <QAbstractTableModel>

namespace tieout::ui {

// Completeness per BU and day as a calendar grid (SPEC §10 "Data health"): one row per month
// and BU, one column per day of the month (1–31). Each cell says whether the BU's day was
// fetched with rows, fetched empty, partly fetched or never fetched — by colour, by a glyph
// for those who do not see the colour, and in a tooltip listing each endpoint's fetch.
class CoverageModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // What a cell shows: a DayCoverage, or one of these for cells that are not report days.
    enum class CellState
    {
        NeverFetched,
        Partial,
        FetchedEmpty,
        FetchedWithRows,
        NotDueYet, // today or later: nothing to fetch yet
        NoSuchDay  // e.g. the 31st of June
    };
    Q_ENUM(CellState)

    static constexpr int StateRole = Qt::UserRole + 1; // int(CellState)
    static constexpr int DateRole = Qt::UserRole + 2;  // QDate (invalid for NoSuchDay)

    explicit CoverageModel(QObject *parent = nullptr);

    // `today` (UTC): days from today on are "not due yet" unless something was fetched.
    void setReport(const QList<BuCoverage> &coverage, const QList<YearMonth> &months, QDate today);

    CellState stateAt(int row, int column) const;
    // The model index of a BU's day, or invalid.
    QModelIndex indexOf(const QString &businessUnit, QDate date) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QColor color(CellState state);
    static QString stateText(CellState state);
    static QString endpointText(const QString &endpoint);

private:
    struct Row
    {
        YearMonth month;
        QString businessUnit;
        const BuCoverage *coverage = nullptr;
        int firstDayIndex = 0; // index into coverage->days of the month's first day
    };

    const CoverageDay *dayAt(int row, int column) const;
    QString toolTip(int row, int column) const;

    QList<BuCoverage> m_coverage;
    QList<Row> m_rows;
    QDate m_today;
};

} // namespace tieout::ui
