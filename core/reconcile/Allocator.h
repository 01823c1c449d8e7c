#pragma once

#include "core/reconcile/AllocationColumns.h"
#include "core/reconcile/InputPricer.h"
#include "core/reconcile/ReconcileInput.h"
#include "core/reconcile/RowPricing.h"

namespace tieout {

// Redistributes every billed cost cell to usage rows (SPEC §5). All of a cell's candidates
// live in the fetching BU's workspace-day, so rows and lines are bucketed by that key once
// (hash on a packed integer, then a counting sort) and each small bucket is solved on its own by
// WorkspaceDayAllocator — on two threads for large inputs, with an identical result.
class Allocator final
{
public:
    Allocator(const ReconcileInput &input, const RowPricing &pricing, InputPricer &pricer, bool parallel = true);

    AllocationColumns run();

private:
    // Below this many cost lines a second thread costs more than it saves.
    static constexpr size_t ParallelThreshold = 20'000;

    void merge(AllocationColumns &partial);

    const ReconcileInput &m_input;
    const RowPricing &m_pricing;
    InputPricer &m_pricer;
    AllocationColumns m_out;
    bool m_parallel = true;
};

} // namespace tieout
