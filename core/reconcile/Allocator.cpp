#include "core/reconcile/Allocator.h"

#include "core/reconcile/PackedKeyIndex.h"
#include "core/reconcile/WorkspaceDayAllocator.h"

#include <algorithm>
#include <thread>

namespace tieout {

namespace {

quint64 workspaceDayKey(quint16 bu, qint32 day, StrId workspace)
{
    return (quint64(bu) << 48) | (quint64(quint16(day)) << 32) | quint64(workspace);
}

} // namespace

Allocator::Allocator(const ReconcileInput &input, const RowPricing &pricing, InputPricer &pricer, bool parallel)
    : m_input(input), m_pricing(pricing), m_pricer(pricer), m_parallel(parallel)
{
}

AllocationColumns Allocator::run()
{
    const UsageColumns &u = m_input.usage;
    const CostColumns &c = m_input.costs;
    m_out = AllocationColumns();
    m_out.allocated.assign(u.size(), {});
    m_out.coverage.assign(u.size(), 0);
    const size_t grid = size_t(m_input.monthCount) * size_t(m_input.buCount());
    m_out.billedByFetchBuMonth.assign(grid, 0);
    m_out.allocatedByFetchBuMonth.assign(grid, 0);
    m_out.costLineCount = static_cast<qint64>(c.size());
    m_out.unpricedCellModel.assign(static_cast<size_t>(m_input.strings.size()), 0);

    // Bucket rows and lines by workspace-day: dense ids, then a counting sort into two index arrays.
    PackedKeyIndex index((u.size() + c.size()) / 16 + 16);
    std::vector<quint32> usageBucket(u.size());
    std::vector<quint32> costBucket(c.size());
    std::vector<quint64> keys;
    const auto bucketOf = [&](quint64 key) {
        const quint32 bucket = index.indexOf(key);
        if (bucket == keys.size())
            keys.push_back(key);
        return bucket;
    };
    for (size_t i = 0; i < u.size(); ++i)
        usageBucket[i] = bucketOf(workspaceDayKey(u.fetchBu[i], u.day[i], u.workspace[i]));
    for (size_t i = 0; i < c.size(); ++i)
        costBucket[i] = bucketOf(workspaceDayKey(c.bu[i], c.day[i], c.workspace[i]));

    const size_t buckets = keys.size();
    const auto countingSort = [buckets](const std::vector<quint32> &bucketOfItem, std::vector<quint32> &start,
                                        std::vector<quint32> &order) {
        start.assign(buckets + 1, 0);
        for (quint32 bucket : bucketOfItem)
            ++start[bucket + 1];
        for (size_t b = 0; b < buckets; ++b)
            start[b + 1] += start[b];
        order.resize(bucketOfItem.size());
        std::vector<quint32> cursor(start.begin(), start.end() - 1);
        for (size_t i = 0; i < bucketOfItem.size(); ++i)
            order[cursor[bucketOfItem[i]]++] = static_cast<quint32>(i);
    };
    std::vector<quint32> usageStart, usageOrder, costStart, costOrder;
    countingSort(usageBucket, usageStart, usageOrder);
    countingSort(costBucket, costStart, costOrder);
    usageBucket = {};
    costBucket = {};

    // Resolve every cost model's family now, so the solvers below only read the pricer's memo.
    for (size_t i = 0; i < c.size(); ++i)
        m_pricer.isUnpricedModel(c.model[i], c.day[i]);

    const auto solve = [&](WorkspaceDayAllocator &solver, size_t first, size_t last) {
        for (size_t b = first; b < last; ++b) {
            if (costStart[b] == costStart[b + 1])
                continue; // usage without any cost in its workspace-day: nothing to allocate
            const quint64 key = keys[b];
            solver.allocate(int(key >> 48), int((key >> 32) & 0xFFFF), StrId(key & 0xFFFFFFFFu),
                            usageOrder.data() + usageStart[b], usageStart[b + 1] - usageStart[b],
                            costOrder.data() + costStart[b], costStart[b + 1] - costStart[b]);
        }
    };
    // Two contiguous bucket ranges of about equal cost lines on two threads when it pays; merged in
    // bucket order below, so the result is identical to a single pass.
    WorkspaceDayAllocator head(m_input, m_pricing, m_pricer, m_out);
    WorkspaceDayAllocator tail(m_input, m_pricing, m_pricer, m_out);
    size_t split = buckets;
    if (m_parallel && c.size() >= ParallelThreshold && std::thread::hardware_concurrency() >= 2) {
        split = size_t(std::lower_bound(costStart.begin(), costStart.end(), quint32(c.size() / 2)) - costStart.begin());
        split = std::min(split, buckets);
    }
    if (split < buckets) {
        std::thread worker([&] { solve(tail, split, buckets); });
        solve(head, 0, split);
        worker.join();
    } else {
        solve(head, 0, buckets);
    }
    for (WorkspaceDayAllocator *solver : {&head, &tail})
        merge(solver->partial());

    std::stable_sort(m_out.parts.begin(), m_out.parts.end(),
                     [](const AllocationPart &a, const AllocationPart &b) { return a.row < b.row; });
    return std::move(m_out);
}

void Allocator::merge(AllocationColumns &partial)
{
    m_out.parts.insert(m_out.parts.end(), partial.parts.begin(), partial.parts.end());
    m_out.fallbackCells.insert(m_out.fallbackCells.end(), partial.fallbackCells.begin(), partial.fallbackCells.end());
    m_out.untiedCells.insert(m_out.untiedCells.end(), partial.untiedCells.begin(), partial.untiedCells.end());
    for (size_t i = 0; i < m_out.billedByFetchBuMonth.size(); ++i) {
        m_out.billedByFetchBuMonth[i] += partial.billedByFetchBuMonth[i];
        m_out.allocatedByFetchBuMonth[i] += partial.allocatedByFetchBuMonth[i];
    }
    for (size_t i = 0; i < m_out.unpricedCellModel.size(); ++i)
        m_out.unpricedCellModel[i] |= partial.unpricedCellModel[i];
    m_out.cellCount += partial.cellCount;
}

} // namespace tieout
