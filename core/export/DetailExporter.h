#pragma once

#include "core/common/Result.h"
#include "core/reconcile/ReconcileResult.h"

#include <QStringList>

class QIODevice;

namespace tieout {

// The `detail` export (SPEC §9): one row per month, effective BU, workspace, API key, model and
// charge (the five token types, web_search, code_execution, session_usage, other), with its
// quantity, list price and allocated billed dollars (6 decimals, half-even per row).
//
// Columns (the contract of this export; header() spells them):
//   month, business_unit, workspace_id, workspace_name, api_key_id, api_key_name, model,
//   cost_type      tokens | web_search | code_execution | session_usage | other
//   token_type     the cost report's token_type for cost_type tokens, else empty
//   tokens         token count (0 for non-token charges)
//   web_search_requests  for web_search rows (0 otherwise)
//   list_price_usd empty when there is no list price: unpriced model, or a charge type the
//                  price book does not price (code execution, …) — never a made-up $0
//   billed_usd     allocated billed dollars
//   price_status   priced | priced_flagged (standard rate for priority/flex or a missing
//                  long-context price) | unpriced | not_applicable
//   attribution    allocated (on usage rows) | unattributed (tier 3: stayed with the fetching BU)
// Rows are ordered by month, BU, workspace, key, model (code point, null first), attribution,
// then the charge order above.
class DetailExporter final
{
public:
    static QStringList header();
    // `businessUnits` narrows the rows to those effective BUs (unattributed dollars: their
    // fetching BU, as in ReportFilter); empty = every BU.
    static Status write(const ReconcileResult &result, QIODevice *device, const QStringList &businessUnits);
    static Status write(const ReconcileResult &result, QIODevice *device) { return write(result, device, {}); }
};

} // namespace tieout
