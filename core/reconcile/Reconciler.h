#pragma once

#include "core/pricing/PriceBook.h"
#include "core/reconcile/ReconcileResult.h"

namespace tieout {

// Ties list price out against billed dollars per month and effective BU (SPEC §5): prices the
// usage rows, allocates every cost cell to them (Allocator), and folds rows into the month × BU
// grid with statuses. Pure computation on an in-memory ReconcileInput; run it on a worker.
class Reconciler final
{
public:
    explicit Reconciler(PriceBook book, ReconcileOptions options = ReconcileOptions());

    ReconcileResult run(std::shared_ptr<const ReconcileInput> input) const;

private:
    PriceBook m_book;
    ReconcileOptions m_options;
};

} // namespace tieout
