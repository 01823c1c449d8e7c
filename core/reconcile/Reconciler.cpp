#include "core/reconcile/Reconciler.h"

#include "core/common/LogCategories.h"
#include "core/reconcile/Allocator.h"
#include "core/reconcile/CodePointOrder.h"
#include "core/reconcile/FigureFolder.h"
#include "core/reconcile/InputPricer.h"

#include <QElapsedTimer>

#include <algorithm>

namespace tieout {

namespace {

// Folds allocated rows, sparse parts and unattributed cells into the month × BU grid.
class GridBuilder final
{
public:
    GridBuilder(const ReconcileInput &input, const RowPricing &pricing, const AllocationColumns &allocation)
        : m_in(input), m_alloc(allocation), m_folder(input, pricing, allocation), m_buCount(size_t(input.buCount())),
          m_grid(size_t(input.monthCount) * m_buCount), m_reasons(m_grid.size(), NoReason),
          m_feeds(m_grid.size() * m_buCount, 0)
    {
    }

    void addUsage(std::vector<quint8> &unpricedUsageModel);
    void addParts();
    void addUnattributed();
    void markUntied(std::vector<bool> &monthTies);
    void checkCoverage(const ReconcileOptions &options, std::vector<QStringList> &incomplete,
                       std::vector<int> &missingDays);
    void applyBand(const ReconcileOptions &options);

    std::vector<ReconFigures> &grid() { return m_grid; }
    std::vector<StatusReasons> &reasons() { return m_reasons; }

private:
    size_t slot(int day, int bu) const { return size_t(m_in.monthOfDay[size_t(day)]) * m_buCount + size_t(bu); }
    void markFetchBuMonth(size_t month, size_t fetchBu);

    const ReconcileInput &m_in;
    const AllocationColumns &m_alloc;
    FigureFolder m_folder;
    size_t m_buCount;
    std::vector<ReconFigures> m_grid;
    std::vector<StatusReasons> m_reasons;
    std::vector<quint8> m_feeds; // [(month * B + effective) * B + fetching] = fetching BU fed that row
};

void GridBuilder::addUsage(std::vector<quint8> &unpricedUsageModel)
{
    const UsageColumns &u = m_in.usage;
    for (size_t row = 0; row < u.size(); ++row) {
        const size_t at = slot(u.day[row], u.effectiveBu[row]);
        m_folder.addRow(m_grid[at], row);
        if (m_folder.rowHasUnpricedUsage(row)) {
            m_reasons[at] |= UnpricedUsage;
            unpricedUsageModel[u.model[row]] = 1;
        }
        if (u.fetchBu[row] != u.effectiveBu[row])
            m_feeds[at * m_buCount + u.fetchBu[row]] = 1;
    }
}

void GridBuilder::addParts()
{
    const UsageColumns &u = m_in.usage;
    for (const AllocationPart &part : m_alloc.parts)
        FigureFolder::addPart(m_grid[slot(u.day[part.row], u.effectiveBu[part.row])], part);
}

void GridBuilder::addUnattributed()
{
    for (const CellRecord &cell : m_alloc.fallbackCells) {
        if (cell.tier == 3)
            FigureFolder::addUnattributed(m_grid[slot(cell.day, cell.bu)], cell);
    }
}

void GridBuilder::markFetchBuMonth(size_t month, size_t fetchBu)
{
    // The fetching BU's own row and every row it fed that month.
    for (size_t effective = 0; effective < m_buCount; ++effective) {
        const size_t at = month * m_buCount + effective;
        if (effective == fetchBu || m_feeds[at * m_buCount + fetchBu])
            m_reasons[at] |= AllocationNotTied;
    }
}

void GridBuilder::markUntied(std::vector<bool> &monthTies)
{
    for (const CellRecord &cell : m_alloc.untiedCells)
        markFetchBuMonth(m_in.monthOfDay[size_t(cell.day)], cell.bu);
    for (size_t at = 0; at < m_alloc.billedByFetchBuMonth.size(); ++at) {
        if (m_alloc.billedByFetchBuMonth[at] != m_alloc.allocatedByFetchBuMonth[at])
            markFetchBuMonth(at / m_buCount, at % m_buCount);
    }
    // Independent of the allocator: the month's cost lines against the grid's billed total.
    std::vector<qint64> billedByMonth(size_t(m_in.monthCount), 0);
    for (size_t line = 0; line < m_in.costs.size(); ++line)
        billedByMonth[m_in.monthOfDay[size_t(m_in.costs.day[line])]] += m_in.costs.amount[line];
    monthTies.assign(size_t(m_in.monthCount), true);
    for (size_t month = 0; month < size_t(m_in.monthCount); ++month) {
        qint64 allocated = 0;
        for (size_t bu = 0; bu < m_buCount; ++bu)
            allocated += m_grid[month * m_buCount + bu].billed.nanos();
        if (allocated != billedByMonth[month]) {
            monthTies[month] = false;
            for (size_t bu = 0; bu < m_buCount; ++bu)
                m_reasons[month * m_buCount + bu] |= AllocationNotTied;
        }
    }
}

void GridBuilder::checkCoverage(const ReconcileOptions &options, std::vector<QStringList> &incomplete,
                                std::vector<int> &missingDays)
{
    incomplete.assign(m_grid.size(), QStringList());
    missingDays.assign(m_grid.size(), 0);
    if (!m_in.coverageTracked)
        return;
    int lastDay = m_in.dayCount - 1;
    if (options.coverageThrough.isValid())
        lastDay = qMin<qint64>(lastDay, m_in.firstDay.daysTo(options.coverageThrough));
    int monthStart = 0;
    for (size_t month = 0; month < size_t(m_in.monthCount); ++month) {
        const int monthDays = m_in.month(int(month)).dayCount();
        const int end = qMin(monthStart + monthDays - 1, lastDay);
        for (size_t effective = 0; effective < m_buCount; ++effective) {
            const size_t at = month * m_buCount + effective;
            for (size_t feeder = 0; feeder < m_buCount; ++feeder) {
                const bool feeds = (feeder == effective && m_in.buFetches[feeder]) || m_feeds[at * m_buCount + feeder];
                if (!feeds)
                    continue;
                QStringList days;
                for (int day = monthStart; day <= end; ++day) {
                    if (!m_in.wasFetched(int(feeder), day))
                        days.append(m_in.date(day).toString(Qt::ISODate));
                }
                if (days.isEmpty())
                    continue;
                missingDays[at] += int(days.size());
                m_reasons[at] |= MissingDays;
                incomplete[at].append(m_in.businessUnits.at(qsizetype(feeder)) + QStringLiteral(": ") + days.join(u", "));
            }
        }
        monthStart += monthDays;
    }
}

void GridBuilder::applyBand(const ReconcileOptions &options)
{
    for (size_t at = 0; at < m_grid.size(); ++at) {
        const ReconFigures &f = m_grid[at];
        StatusReasons &reasons = m_reasons[at];
        if (!f.unpricedBilled.isZero())
            reasons |= UnpricedDollars;
        if (!f.fallbackByTier[0].isZero() || !f.fallbackByTier[1].isZero() || !f.fallbackByTier[2].isZero())
            reasons |= FallbackDollars;
        const Ratio ratio = f.ratio();
        if (ratio.isDefined()) {
            if (!ratio.withinScaled(options.ratioBandLow, options.ratioBandHigh, ReconcileOptions::RatioBandScale))
                reasons |= RatioOutOfBand;
        } else if (!f.listPrice.isZero()) {
            reasons |= RatioUndefined;
        }
    }
}

} // namespace

Reconciler::Reconciler(PriceBook book, ReconcileOptions options) : m_book(std::move(book)), m_options(options) {}

ReconcileResult Reconciler::run(std::shared_ptr<const ReconcileInput> inputPointer) const
{
    QElapsedTimer timer;
    timer.start();
    const ReconcileInput &in = *inputPointer;
    ReconcileResult result;
    result.input = inputPointer;
    result.options = m_options;

    InputPricer pricer(in, m_book);
    result.pricing = pricer.priceUsage();
    const qint64 pricedMs = timer.elapsed();
    result.allocation = Allocator(in, result.pricing, pricer, m_options.parallelAllocation).run();
    const qint64 allocatedMs = timer.elapsed();

    GridBuilder builder(in, result.pricing, result.allocation);
    std::vector<quint8> unpricedModel = result.allocation.unpricedCellModel;
    unpricedModel.resize(size_t(in.strings.size()), 0);
    builder.addUsage(unpricedModel);
    builder.addParts();
    builder.addUnattributed();
    std::vector<bool> monthTies;
    builder.markUntied(monthTies);
    std::vector<QStringList> incomplete;
    std::vector<int> missingDays;
    builder.checkCoverage(m_options, incomplete, missingDays);
    builder.applyBand(m_options);

    const int buCount = in.buCount();
    result.businessUnits = in.businessUnits;
    for (int month = 0; month < in.monthCount; ++month) {
        result.months.append(in.month(month));
        MonthRow total;
        total.month = in.month(month);
        total.ties = monthTies[size_t(month)];
        for (int bu = 0; bu < buCount; ++bu) {
            const size_t at = size_t(month) * size_t(buCount) + size_t(bu);
            BuMonthRow row;
            row.month = in.month(month);
            row.monthIndex = month;
            row.businessUnit = in.businessUnits.at(bu);
            row.buIndex = bu;
            row.figures = builder.grid()[at];
            row.reasons = builder.reasons()[at];
            row.status = statusFor(row.reasons);
            row.missingDays = missingDays[at];
            row.incompleteFeeders = incomplete[at];
            total.figures += row.figures;
            total.reasons |= row.reasons;
            total.status = std::max(total.status, row.status);
            result.rows.append(std::move(row));
        }
        result.total += total.figures;
        result.status = std::max(result.status, total.status);
        result.monthTotals.append(std::move(total));
    }

    // Model id -> family for every model named by a row or a line; the unpriced ones listed.
    std::vector<quint8> seen(size_t(in.strings.size()), 0);
    for (StrId model : in.usage.model)
        seen[model] = 1;
    for (StrId model : in.costs.model)
        seen[model] = 1;
    for (size_t id = 1; id < seen.size(); ++id) {
        if (!seen[id])
            continue;
        const QString &model = in.strings.text(StrId(id));
        result.modelFamilies.insert(model, pricer.familyOf(StrId(id)));
        if (unpricedModel[id])
            result.unpricedModels.append(model);
    }
    std::sort(result.unpricedModels.begin(), result.unpricedModels.end(),
              [](const QString &a, const QString &b) { return codePointLess(a, b); });
    qCDebug(lcReconcile) << "reconciled" << in.usage.size() << "usage rows and" << in.costs.size() << "cost lines in"
                         << timer.elapsed() << "ms (pricing" << pricedMs << "ms, allocation" << allocatedMs - pricedMs
                         << "ms)";
    return result;
}

} // namespace tieout
