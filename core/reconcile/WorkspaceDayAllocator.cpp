#include "core/reconcile/WorkspaceDayAllocator.h"

#include <algorithm>
#include <tuple>

namespace tieout {

namespace {

qint64 totalTokens(const std::array<qint64, TokenTypeCount> &tokens)
{
    qint64 sum = 0;
    for (qint64 count : tokens)
        sum += count;
    return sum;
}

} // namespace

WorkspaceDayAllocator::WorkspaceDayAllocator(const ReconcileInput &input, const RowPricing &pricing,
                                             InputPricer &pricer, AllocationColumns &shared)
    : m_input(input), m_pricing(pricing), m_pricer(pricer), m_shared(shared)
{
    const size_t grid = size_t(m_input.monthCount) * size_t(m_input.buCount());
    m_out.billedByFetchBuMonth.assign(grid, 0);
    m_out.allocatedByFetchBuMonth.assign(grid, 0);
    m_out.unpricedCellModel.assign(static_cast<size_t>(m_input.strings.size()), 0);
}

void WorkspaceDayAllocator::allocate(int bu, int day, StrId workspace, const quint32 *usageRows,
                                     size_t usageCount, const quint32 *costLines, size_t costCount)
{
    const UsageColumns &u = m_input.usage;
    const CostColumns &c = m_input.costs;
    const StringPool &pool = m_input.strings;

    // Rows in canonical order: ranks follow code points, so ties break the same way whatever
    // order the store returned the rows in.
    m_rows.clear();
    for (size_t i = 0; i < usageCount; ++i) {
        const quint32 row = usageRows[i];
        m_rows.push_back({pool.rank(u.model[row]), pool.rank(u.serviceTier[row]), pool.rank(u.contextWindow[row]),
                          pool.rank(u.apiKey[row]), pool.rank(u.inferenceGeo[row]), row});
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const RowRef &a, const RowRef &b) {
        return std::tie(a.model, a.tier, a.context, a.key, a.geo, a.row)
               < std::tie(b.model, b.tier, b.context, b.key, b.geo, b.row);
    });
    m_weights.resize(m_rows.size());
    m_shares.resize(m_rows.size());

    // Cells: lines that differ only in description or inference_geo are summed first.
    m_cells.clear();
    for (size_t i = 0; i < costCount; ++i) {
        const quint32 line = costLines[i];
        m_cells.push_back({c.category[line], pool.rank(c.model[line]), pool.rank(c.serviceTier[line]),
                           pool.rank(c.contextWindow[line]), c.model[line], c.serviceTier[line],
                           c.contextWindow[line], c.amount[line]});
    }
    const auto cellKey = [](const Cell &cell) {
        return std::make_tuple(static_cast<int>(cell.category), cell.model, cell.tier, cell.context);
    };
    std::sort(m_cells.begin(), m_cells.end(), [&](const Cell &a, const Cell &b) { return cellKey(a) < cellKey(b); });
    size_t merged = 0;
    for (size_t i = 0; i < m_cells.size(); ++i) {
        if (merged > 0 && cellKey(m_cells[merged - 1]) == cellKey(m_cells[i]))
            m_cells[merged - 1].amount += m_cells[i].amount;
        else
            m_cells[merged++] = m_cells[i];
    }
    m_cells.resize(merged);

    for (const Cell &cell : m_cells) {
        if (cell.category == CostCategory::WebSearch) {
            for (const RowRef &ref : m_rows)
                m_shared.coverage[ref.row] |= AllocationColumns::WebSearchCovered;
        }
    }
    for (const Cell &cell : m_cells)
        allocateCell(cell, bu, day, workspace);
}

bool WorkspaceDayAllocator::trySplit(const Cell &cell, size_t first, size_t last, int tier, bool unpriced, qint64 &placed)
{
    const std::span<const qint64> weights(m_weights.data() + first, last - first);
    const std::span<qint64> shares(m_shares.data() + first, last - first);
    if (first == last || !m_splitter.split(cell.amount, weights, shares))
        return false;
    const int category = static_cast<int>(cell.category);
    quint8 kinds = 0;
    if (cell.amount < 0)
        kinds |= PartCredit;
    if (unpriced)
        kinds |= PartUnpriced;
    if (tier == 1)
        kinds |= PartTier1;
    else if (tier == 2)
        kinds |= PartTier2;
    for (size_t i = first; i < last; ++i) {
        const qint64 share = m_shares[i];
        if (share == 0)
            continue;
        const quint32 row = m_rows[i].row;
        m_shared.allocated[row][category] += share;
        placed += share;
        if (kinds != 0)
            m_out.parts.push_back({row, cell.category, kinds, cell.modelId, share});
    }
    return true;
}

void WorkspaceDayAllocator::allocateCell(const Cell &cell, int bu, int day, StrId workspace)
{
    const UsageColumns &u = m_input.usage;
    ++m_out.cellCount;
    const bool unpriced = m_pricer.isUnpricedModel(cell.modelId, day);
    if (unpriced)
        m_out.unpricedCellModel[cell.modelId] = 1;
    const size_t n = m_rows.size();
    qint64 placed = 0;
    int tier = 0;
    bool done = false;

    if (isTokenCategory(cell.category)) {
        const int type = static_cast<int>(cell.category);
        const auto byModel = [](const RowRef &ref, quint32 model) { return ref.model < model; };
        const auto modelBegin = std::lower_bound(m_rows.begin(), m_rows.end(), cell.model, byModel);
        const auto modelEnd = std::upper_bound(modelBegin, m_rows.end(), cell.model,
                                               [](quint32 model, const RowRef &ref) { return model < ref.model; });
        const auto grainLess = [](const RowRef &ref, const Cell &key) {
            return std::tie(ref.tier, ref.context) < std::tie(key.tier, key.context);
        };
        const auto grainBegin = std::lower_bound(modelBegin, modelEnd, cell, grainLess);
        auto grainEnd = grainBegin;
        while (grainEnd != modelEnd && grainEnd->tier == cell.tier && grainEnd->context == cell.context)
            ++grainEnd;
        const size_t mFirst = size_t(modelBegin - m_rows.begin()), mLast = size_t(modelEnd - m_rows.begin());
        const size_t gFirst = size_t(grainBegin - m_rows.begin()), gLast = size_t(grainEnd - m_rows.begin());
        for (size_t i = gFirst; i < gLast; ++i)
            m_shared.coverage[m_rows[i].row] |= quint8(1u << type);
        // Primary: same grain by this token type; tier 1: same model, any tier and context.
        for (size_t i = mFirst; i < mLast; ++i)
            m_weights[i] = u.tokens[m_rows[i].row][type];
        done = trySplit(cell, gFirst, gLast, 0, unpriced, placed);
        if (!done) {
            tier = 1;
            done = trySplit(cell, mFirst, mLast, 1, unpriced, placed);
        }
    } else {
        for (size_t i = 0; i < n; ++i) {
            const quint32 row = m_rows[i].row;
            m_weights[i] = cell.category == CostCategory::WebSearch
                               ? u.webSearchRequests[row]
                               : (m_pricing.isPriced(row) ? m_pricing.listTotal(row) : 0);
        }
        done = trySplit(cell, 0, n, 0, unpriced, placed);
    }
    if (!done) {
        // Tier 2: the workspace-day's rows, all models, by total tokens.
        tier = 2;
        for (size_t i = 0; i < n; ++i)
            m_weights[i] = totalTokens(u.tokens[m_rows[i].row]);
        done = trySplit(cell, 0, n, 2, unpriced, placed);
    }
    if (!done) {
        tier = 3; // nothing to weigh: stays with the fetching BU, unattributed
        placed = cell.amount;
    }

    const size_t slot = size_t(m_input.monthOfDay[size_t(day)]) * size_t(m_input.buCount()) + size_t(bu);
    m_out.billedByFetchBuMonth[slot] += cell.amount;
    m_out.allocatedByFetchBuMonth[slot] += placed;
    if (tier > 0 || placed != cell.amount) {
        const CellRecord record{day, quint16(bu), cell.category, quint8(tier), unpriced, workspace,
                                cell.modelId, cell.tierId, cell.contextId, cell.amount, placed};
        if (tier > 0)
            m_out.fallbackCells.push_back(record);
        if (placed != cell.amount)
            m_out.untiedCells.push_back(record);
    }
}

} // namespace tieout
