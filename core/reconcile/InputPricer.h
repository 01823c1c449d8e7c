#pragma once

#include "core/pricing/PriceBook.h"
#include "core/reconcile/ReconcileInput.h"
#include "core/reconcile/RowPricing.h"

namespace tieout {

// Prices a ReconcileInput's usage rows and answers "is this cost cell's model unpriced" with
// the family resolved once per distinct model id (the memo is indexed by string id, so the
// per-row cost is an array read plus the exact multiplications).
class InputPricer final
{
public:
    InputPricer(const ReconcileInput &input, const PriceBook &book);

    RowPricing priceUsage();
    // True when `model` is not null and has no price in force on `day` (SPEC §5 unpriced billed).
    bool isUnpricedModel(StrId model, int day);
    // The family name for a model id, or a null QString when it matches none.
    QString familyOf(StrId model);

private:
    int family(StrId model);
    TierClass tierClass(StrId tier);
    ContextClass contextClass(StrId context);

    const ReconcileInput &m_input;
    const PriceBook &m_book;
    std::vector<qint32> m_family;  // by string id: -2 not resolved yet, -1 no family
    std::vector<qint8> m_tier;     // by string id: -1 not resolved yet
    std::vector<qint8> m_context;
};

} // namespace tieout
