#pragma once

#include "core/common/Result.h"
#include "core/reconcile/ReconcileResult.h"

#include <QStringList>

class QIODevice;

namespace tieout {

// The `focus` export: FinOps FOCUS 1.2 cost-and-usage rows, one per usage row (a day, key,
// workspace, model, tier, context, geo) and charge, at daily charge periods. Money columns carry
// 9 decimals, so the BilledCost column sums exactly to the bill.
//
// Mapping (the contract of this export; keep it in sync with the column list in header()):
//  - BillingAccountId/Name: the BU whose organization was invoiced (the fetching BU); the
//    effective BU after key overrides is in Tags.business_unit. SubAccountId/Name: workspace.
//  - ChargeCategory: Usage; Credit for the share of a negative cost cell. ChargeClass: null.
//  - ListCost: the list price where the price book has one; otherwise (unpriced model, code
//    execution and other unpriced charges, credits, unattributed dollars) it equals BilledCost,
//    as FOCUS requires a value — never $0. x_PricingStatus says which.
//  - ContractedCost and EffectiveCost equal BilledCost: the bill already reflects the contract
//    and there are no commitments to amortize.
//  - PricingQuantity/ConsumedQuantity: tokens (unit "Tokens") or web search requests
//    ("Requests"); null for charges without a quantity and for credits.
//  - Tags: {"business_unit", "workspace_id", "workspace_name", "api_key_id", "api_key_name",
//    "allocation"} as a JSON object.
class FocusExporter final
{
public:
    static QStringList header();
    // `businessUnits` narrows the rows to those effective BUs (unattributed dollars: their
    // fetching BU, as in ReportFilter); empty = every BU.
    static Status write(const ReconcileResult &result, QIODevice *device, const QStringList &businessUnits);
    static Status write(const ReconcileResult &result, QIODevice *device) { return write(result, device, {}); }
};

} // namespace tieout
