#include "core/reconcile/ReconcileReports.h"

#include "core/reconcile/CodePointOrder.h"
#include "core/reconcile/FigureFolder.h"
#include "core/reconcile/PackedKeyIndex.h"
#include "core/reconcile/ReportScope.h"

#include <algorithm>
#include <tuple>

namespace tieout {

namespace {

constexpr quint64 UnattributedBit = quint64(1) << 63;

struct Group
{
    quint64 key = 0;
    qint64 sampleRow = -1;                 // a usage row of the group, for labels
    const CellRecord *sampleCell = nullptr; // or the unattributed cell it came from
    ReconFigures figures;
};

// Group-by over the rows, parts and unattributed cells in scope. `rowKey(row)` and
// `cellKey(cell)` give the packed group key.
template<typename RowKey, typename CellKey>
std::vector<Group> groupBy(const ReconcileResult &result, const ReportScope &scope, RowKey rowKey, CellKey cellKey)
{
    const ReconcileInput &in = *result.input;
    const UsageColumns &u = in.usage;
    const FigureFolder folder(in, result.pricing, result.allocation);
    PackedKeyIndex index(256);
    std::vector<Group> groups;
    const auto groupOf = [&](quint64 key) -> Group & {
        const quint32 at = index.indexOf(key);
        if (at == groups.size())
            groups.push_back(Group{key, -1, nullptr, ReconFigures()});
        return groups[at];
    };
    for (size_t row = 0; row < u.size(); ++row) {
        if (!scope.allows(in.monthOfDay[size_t(u.day[row])], u.effectiveBu[row]))
            continue;
        Group &group = groupOf(rowKey(row));
        group.sampleRow = qint64(row);
        folder.addRow(group.figures, row);
    }
    for (const AllocationPart &part : result.allocation.parts) {
        if (scope.allows(in.monthOfDay[size_t(u.day[part.row])], u.effectiveBu[part.row]))
            FigureFolder::addPart(groupOf(rowKey(part.row)).figures, part);
    }
    for (const CellRecord &cell : result.allocation.fallbackCells) {
        if (cell.tier != 3 || !scope.allows(in.monthOfDay[size_t(cell.day)], cell.bu))
            continue;
        Group &group = groupOf(UnattributedBit | cellKey(cell));
        group.sampleCell = &cell;
        FigureFolder::addUnattributed(group.figures, cell);
    }
    return groups;
}

// Sorts by (BU code point, key code point with null first, unattributed last).
void sortRows(QList<BreakdownRow> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const BreakdownRow &a, const BreakdownRow &b) {
        if (const int c = compareCodePoints(a.businessUnit, b.businessUnit))
            return c < 0;
        if (a.key.isNull() != b.key.isNull())
            return a.key.isNull();
        if (const int c = compareCodePoints(a.key, b.key))
            return c < 0;
        if (const int c = compareCodePoints(a.model, b.model))
            return c < 0;
        return a.unattributed < b.unattributed;
    });
}

QString nameOf(const QHash<QString, QString> &names, const QString &id)
{
    return id.isNull() ? QString() : names.value(id);
}

// One breakdown row per group, in group order. `label(key, row)` fills in what the group key
// names (BU, key, name, model); it gets the key without its unattributed bit.
template<typename Label>
QList<BreakdownRow> rowsOf(const std::vector<Group> &groups, Label label)
{
    QList<BreakdownRow> rows;
    for (const Group &group : groups) {
        BreakdownRow row;
        row.unattributed = (group.key & UnattributedBit) != 0;
        label(group.key & ~UnattributedBit, row);
        row.figures = group.figures;
        rows.append(row);
    }
    return rows;
}

// Labels a key that packs (BU index << 32) | string id, the id named from `names`.
void labelBuAndId(const ReconcileInput &in, const QHash<QString, QString> &names, quint64 key, BreakdownRow &row)
{
    row.businessUnit = in.businessUnits.at(qsizetype(key >> 32));
    row.key = in.strings.text(StrId(key & 0xFFFFFFFFu));
    row.name = nameOf(names, row.key);
}

} // namespace

SummaryReport ReconcileReports::summary(const ReconcileResult &result, const ReportFilter &filter)
{
    const ReportScope scope = ReportScope::of(result, filter);
    SummaryReport report;
    bool first = true;
    for (const BuMonthRow &row : result.rows) {
        if (!scope.allows(row.monthIndex, row.buIndex))
            continue;
        if (first || row.month < report.from)
            report.from = row.month;
        if (first || report.to < row.month)
            report.to = row.month;
        first = false;
        report.figures += row.figures;
        report.reasons |= row.reasons;
        report.status = std::max(report.status, row.status);
        (row.status == ReconStatus::Tied ? report.tiedRows
                                         : row.status == ReconStatus::Warning ? report.warningRows : report.failedRows)++;
    }
    // Unpriced models of the scope: usage rows, unpriced shares and unattributed cells.
    const ReconcileInput &in = *result.input;
    std::vector<quint8> unpriced(size_t(in.strings.size()), 0);
    const FigureFolder folder(in, result.pricing, result.allocation);
    for (size_t row = 0; row < in.usage.size(); ++row) {
        if (scope.allows(in.monthOfDay[size_t(in.usage.day[row])], in.usage.effectiveBu[row])
            && folder.rowHasUnpricedUsage(row))
            unpriced[in.usage.model[row]] = 1;
    }
    for (const AllocationPart &part : result.allocation.parts) {
        if ((part.kinds & PartUnpriced)
            && scope.allows(in.monthOfDay[size_t(in.usage.day[part.row])], in.usage.effectiveBu[part.row]))
            unpriced[part.cellModel] = 1;
    }
    for (const CellRecord &cell : result.allocation.fallbackCells) {
        if (cell.tier == 3 && cell.unpriced && scope.allows(in.monthOfDay[size_t(cell.day)], cell.bu))
            unpriced[cell.model] = 1;
    }
    for (const QString &model : result.unpricedModels) {
        if (unpriced[in.strings.find(model)])
            report.unpricedModels.append(model);
    }
    return report;
}

QList<SeriesPoint> ReconcileReports::daily(const ReconcileResult &result, const ReportFilter &filter)
{
    const ReportScope scope = ReportScope::of(result, filter);
    const ReconcileInput &in = *result.input;
    std::vector<Group> groups = groupBy(
        result, scope, [&](size_t row) { return quint64(in.usage.day[row]); },
        [](const CellRecord &cell) { return quint64(cell.day); });
    std::vector<ReconFigures> byDay(size_t(in.dayCount));
    for (const Group &group : groups)
        byDay[size_t(group.key & ~UnattributedBit)] += group.figures;
    QList<SeriesPoint> points;
    for (int day = 0; day < in.dayCount; ++day) {
        const int month = in.monthOfDay[size_t(day)];
        if (scope.months[size_t(month)])
            points.append({in.date(day), in.month(month), byDay[size_t(day)]});
    }
    return points;
}

QList<SeriesPoint> ReconcileReports::monthly(const ReconcileResult &result, const ReportFilter &filter)
{
    const ReportScope scope = ReportScope::of(result, filter);
    QList<SeriesPoint> points;
    for (int month = 0; month < result.months.size(); ++month) {
        if (!scope.months[size_t(month)])
            continue;
        SeriesPoint point{result.months.at(month).firstDay(), result.months.at(month), ReconFigures()};
        for (int bu = 0; bu < result.businessUnits.size(); ++bu) {
            if (scope.bus[size_t(bu)])
                point.figures += result.row(month, bu).figures;
        }
        points.append(point);
    }
    return points;
}

QList<BreakdownRow> ReconcileReports::byBusinessUnit(const ReconcileResult &result, const ReportFilter &filter)
{
    const ReportScope scope = ReportScope::of(result, filter);
    QList<BreakdownRow> rows;
    for (int bu = 0; bu < result.businessUnits.size(); ++bu) {
        if (!scope.bus[size_t(bu)])
            continue;
        BreakdownRow row;
        row.businessUnit = row.key = result.businessUnits.at(bu);
        for (int month = 0; month < result.months.size(); ++month) {
            if (scope.months[size_t(month)])
                row.figures += result.row(month, bu).figures;
        }
        rows.append(row);
    }
    return rows;
}

QList<BreakdownRow> ReconcileReports::byModel(const ReconcileResult &result, const ReportFilter &filter)
{
    const ReconcileInput &in = *result.input;
    const std::vector<Group> groups = groupBy(
        result, ReportScope::of(result, filter), [&](size_t row) { return quint64(in.usage.model[row]); },
        [](const CellRecord &cell) { return quint64(cell.model); });
    QList<BreakdownRow> rows = rowsOf(groups, [&](quint64 key, BreakdownRow &row) {
        row.key = in.strings.text(StrId(key & 0xFFFFFFFFu));
        row.name = result.modelFamilies.value(row.key);
    });
    sortRows(rows);
    return rows;
}

QList<BreakdownRow> ReconcileReports::byWorkspace(const ReconcileResult &result, const ReportFilter &filter)
{
    const ReconcileInput &in = *result.input;
    const std::vector<Group> groups = groupBy(
        result, ReportScope::of(result, filter),
        [&](size_t row) { return (quint64(in.usage.fetchBu[row]) << 32) | in.usage.workspace[row]; },
        [](const CellRecord &cell) { return (quint64(cell.bu) << 32) | cell.workspace; });
    QList<BreakdownRow> rows = rowsOf(
        groups, [&](quint64 key, BreakdownRow &row) { labelBuAndId(in, in.workspaceNames, key, row); });
    sortRows(rows);
    return rows;
}

QList<BreakdownRow> ReconcileReports::byApiKey(const ReconcileResult &result, const ReportFilter &filter)
{
    const ReconcileInput &in = *result.input;
    const std::vector<Group> groups = groupBy(
        result, ReportScope::of(result, filter),
        [&](size_t row) { return (quint64(in.usage.effectiveBu[row]) << 32) | in.usage.apiKey[row]; },
        [](const CellRecord &cell) { return quint64(cell.bu) << 32; });
    QList<BreakdownRow> rows = rowsOf(
        groups, [&](quint64 key, BreakdownRow &row) { labelBuAndId(in, in.apiKeyNames, key, row); });
    sortRows(rows);
    return rows;
}

QList<BreakdownRow> ReconcileReports::byTokenType(const ReconcileResult &result, const ReportFilter &filter)
{
    const ReportScope scope = ReportScope::of(result, filter);
    const ReconcileInput &in = *result.input;
    const UsageColumns &u = in.usage;
    const FigureFolder folder(in, result.pricing, result.allocation);
    std::array<ReconFigures, CostCategoryCount> attributed;
    std::array<ReconFigures, CostCategoryCount> unattributed;
    std::array<bool, CostCategoryCount> seen{};
    std::array<bool, CostCategoryCount> seenUnattributed{};
    for (size_t row = 0; row < u.size(); ++row) {
        if (!scope.allows(in.monthOfDay[size_t(u.day[row])], u.effectiveBu[row]))
            continue;
        for (int category = 0; category < CostCategoryCount; ++category) {
            const bool present = result.allocation.allocated[row][size_t(category)] != 0
                                 || (category < TokenTypeCount && u.tokens[row][size_t(category)] != 0)
                                 || (category == int(CostCategory::WebSearch) && u.webSearchRequests[row] != 0);
            if (!present)
                continue;
            seen[size_t(category)] = true;
            folder.addRowCategory(attributed[size_t(category)], row, CostCategory(category));
        }
    }
    for (const AllocationPart &part : result.allocation.parts) {
        if (scope.allows(in.monthOfDay[size_t(u.day[part.row])], u.effectiveBu[part.row]))
            FigureFolder::addPart(attributed[size_t(part.category)], part);
    }
    for (const CellRecord &cell : result.allocation.fallbackCells) {
        if (cell.tier == 3 && scope.allows(in.monthOfDay[size_t(cell.day)], cell.bu)) {
            seenUnattributed[size_t(cell.category)] = true;
            FigureFolder::addUnattributed(unattributed[size_t(cell.category)], cell);
        }
    }
    QList<BreakdownRow> rows; // in the fixed category order, not alphabetical
    for (int category = 0; category < CostCategoryCount; ++category) {
        for (const bool isUnattributed : {false, true}) {
            if (!(isUnattributed ? seenUnattributed : seen)[size_t(category)])
                continue;
            BreakdownRow row;
            row.key = categoryLabel(CostCategory(category));
            row.name = costTypeName(CostCategory(category));
            row.unattributed = isUnattributed;
            row.figures = (isUnattributed ? unattributed : attributed)[size_t(category)];
            rows.append(row);
        }
    }
    return rows;
}

QList<BreakdownRow> ReconcileReports::topDrivers(const ReconcileResult &result, int count, const ReportFilter &filter)
{
    const ReconcileInput &in = *result.input;
    // (BU, key) is interned first so that (BU, key, model) fits one packed key.
    PackedKeyIndex buKeys(256);
    std::vector<quint64> buKeyOf;
    const auto buKey = [&](quint64 packed) {
        const quint32 at = buKeys.indexOf(packed);
        if (at == buKeyOf.size())
            buKeyOf.push_back(packed);
        return quint64(at);
    };
    const std::vector<Group> groups = groupBy(
        result, ReportScope::of(result, filter),
        [&](size_t row) {
            return (buKey((quint64(in.usage.effectiveBu[row]) << 32) | in.usage.apiKey[row]) << 32) | in.usage.model[row];
        },
        [&](const CellRecord &cell) { return (buKey(UnattributedBit | (quint64(cell.bu) << 32)) << 32) | cell.model; });
    QList<BreakdownRow> rows = rowsOf(groups, [&](quint64 key, BreakdownRow &row) {
        labelBuAndId(in, in.apiKeyNames, buKeyOf[size_t(key >> 32)] & ~UnattributedBit, row);
        row.model = in.strings.text(StrId(key & 0xFFFFFFFFu));
    });
    sortRows(rows); // deterministic order among equal gaps
    const auto magnitude = [](Money money) { return money.isNegative() ? -money : money; };
    std::stable_sort(rows.begin(), rows.end(), [&](const BreakdownRow &a, const BreakdownRow &b) {
        const Money gapA = magnitude(a.figures.difference()), gapB = magnitude(b.figures.difference());
        if (gapA != gapB)
            return gapA > gapB;
        return magnitude(a.figures.billed) > magnitude(b.figures.billed);
    });
    if (count >= 0 && rows.size() > count)
        rows.resize(count);
    return rows;
}

Bridge ReconcileReports::bridge(const ReconcileResult &result, const ReportFilter &filter)
{
    return summary(result, filter).figures.bridge();
}

DrillDown ReconcileReports::drillDown(const ReconcileResult &result, YearMonth month, const QString &businessUnit)
{
    const ReportFilter filter{{month}, {businessUnit}};
    DrillDown drill;
    drill.month = month;
    drill.businessUnit = businessUnit;
    if (result.monthIndex(month) < 0 || result.buIndex(businessUnit) < 0)
        return drill;
    drill.byModel = byModel(result, filter);
    drill.byWorkspace = byWorkspace(result, filter);
    drill.byApiKey = byApiKey(result, filter);
    drill.byTokenType = byTokenType(result, filter);
    return drill;
}

} // namespace tieout
