#include "core/export/FocusExporter.h"

#include "core/export/CsvWriter.h"
#include "core/reconcile/ReportScope.h"
#include "core/money/DateRange.h"
#include "core/reconcile/RowPricing.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>
#include <tuple>

namespace tieout {

namespace {

const QString Anthropic = QStringLiteral("Anthropic");

struct Charge
{
    const ReconcileInput &in;
    QString billingAccount;
    QString businessUnit;
    QDate day;
    StrId workspace;
    StrId apiKey;
    StrId model;
    StrId serviceTier;
    StrId contextWindow;
    CostCategory category;
    bool credit;
    bool unattributed;
    qint64 billed;
    std::optional<qint64> list; // none: no list price
    std::optional<qint64> quantity;
    QString pricingStatus;
};

QString description(const Charge &c)
{
    const StringPool &pool = c.in.strings;
    QString text;
    if (isTokenCategory(c.category)) {
        text = pool.text(c.model) + u' ' + tokenTypeName(c.category);
        QStringList details;
        if (!pool.text(c.serviceTier).isEmpty())
            details.append(pool.text(c.serviceTier) + QStringLiteral(" tier"));
        if (!pool.text(c.contextWindow).isEmpty())
            details.append(pool.text(c.contextWindow) + QStringLiteral(" context"));
        if (!details.isEmpty())
            text += QStringLiteral(" (") + details.join(u", ") + u')';
    } else {
        static const char *const names[] = {"", "", "", "", "", "Web search requests", "Code execution",
                                            "Session usage", "Other charges"};
        text = QString::fromLatin1(names[int(c.category)]);
        if (!pool.text(c.model).isEmpty())
            text += QStringLiteral(" (") + pool.text(c.model) + u')';
    }
    if (c.credit)
        text = QStringLiteral("Credit: ") + text;
    if (c.unattributed)
        text += QStringLiteral(", unattributed (no usage in the workspace-day)");
    return text;
}

QString tags(const Charge &c)
{
    const StringPool &pool = c.in.strings;
    const QString &workspace = pool.text(c.workspace);
    const QString &key = pool.text(c.apiKey);
    QJsonObject object;
    object.insert(QStringLiteral("business_unit"), c.businessUnit);
    object.insert(QStringLiteral("workspace_id"), workspace.isNull() ? QJsonValue() : QJsonValue(workspace));
    // An id without a known name gets a null name, not "": the directory simply did not say.
    const auto nameOf = [](const QHash<QString, QString> &names, const QString &id) {
        const auto it = names.constFind(id);
        return id.isNull() || it == names.constEnd() ? QJsonValue() : QJsonValue(it.value());
    };
    object.insert(QStringLiteral("workspace_name"), nameOf(c.in.workspaceNames, workspace));
    object.insert(QStringLiteral("api_key_id"), key.isNull() ? QJsonValue() : QJsonValue(key));
    object.insert(QStringLiteral("api_key_name"), nameOf(c.in.apiKeyNames, key));
    object.insert(QStringLiteral("allocation"), c.unattributed ? QStringLiteral("unattributed") : QStringLiteral("allocated"));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void writeCharge(CsvWriter &csv, const Charge &c)
{
    const Money billed = Money::fromNanos(c.billed);
    const Money list = Money::fromNanos(c.list.value_or(c.billed));
    const YearMonth month = YearMonth::of(c.day);
    const QString &workspace = c.in.strings.text(c.workspace);
    const bool hasQuantity = c.quantity.has_value() && !c.credit;
    const QString unit = isTokenCategory(c.category) ? QStringLiteral("Tokens") : QStringLiteral("Requests");
    csv.money(billed, 9);                                             // BilledCost
    csv.text(c.billingAccount).text(c.billingAccount);                // BillingAccountId, Name
    csv.text(QStringLiteral("USD"));                                  // BillingCurrency
    csv.text(toRfc3339(month.windowEnd())).text(toRfc3339(month.windowStart())); // BillingPeriodEnd, Start
    csv.text(c.credit ? QStringLiteral("Credit") : QStringLiteral("Usage"));    // ChargeCategory
    csv.empty();                                                      // ChargeClass
    csv.text(description(c));                                         // ChargeDescription
    csv.text(QStringLiteral("Usage-Based"));                          // ChargeFrequency
    csv.text(toRfc3339(c.day.addDays(1))).text(toRfc3339(c.day));     // ChargePeriodEnd, Start
    if (hasQuantity)                                                  // ConsumedQuantity, ConsumedUnit
        csv.integer(*c.quantity).text(unit);
    else
        csv.empty().empty();
    csv.money(billed, 9);                                             // ContractedCost
    csv.money(billed, 9);                                             // EffectiveCost
    csv.text(Anthropic);                                              // InvoiceIssuerName
    csv.money(list, 9);                                               // ListCost
    if (hasQuantity)                                                  // PricingQuantity, PricingUnit
        csv.integer(*c.quantity).text(unit);
    else
        csv.empty().empty();
    csv.text(Anthropic).text(Anthropic);                              // ProviderName, PublisherName
    csv.text(QStringLiteral("AI and Machine Learning"));              // ServiceCategory
    csv.text(QStringLiteral("Claude API"));                           // ServiceName
    csv.text(QStringLiteral("Generative AI"));                        // ServiceSubcategory
    csv.text(workspace);                                              // SubAccountId
    csv.text(workspace.isNull() ? QString() : c.in.workspaceNames.value(workspace)); // SubAccountName
    csv.text(tags(c));                                                // Tags
    csv.text(c.in.strings.text(c.model));                             // x_Model
    csv.text(c.in.strings.text(c.serviceTier)).text(c.in.strings.text(c.contextWindow)); // x_ServiceTier, x_ContextWindow
    csv.text(isTokenCategory(c.category) ? tokenTypeName(c.category) : costTypeName(c.category)); // x_ChargeType
    csv.text(c.pricingStatus);                                        // x_PricingStatus
    csv.endRecord();
}

} // namespace

QStringList FocusExporter::header()
{
    return QStringLiteral("BilledCost,BillingAccountId,BillingAccountName,BillingCurrency,BillingPeriodEnd,"
                          "BillingPeriodStart,ChargeCategory,ChargeClass,ChargeDescription,ChargeFrequency,"
                          "ChargePeriodEnd,ChargePeriodStart,ConsumedQuantity,ConsumedUnit,ContractedCost,"
                          "EffectiveCost,InvoiceIssuerName,ListCost,PricingQuantity,PricingUnit,ProviderName,"
                          "PublisherName,ServiceCategory,ServiceName,ServiceSubcategory,SubAccountId,SubAccountName,"
                          "Tags,x_Model,x_ServiceTier,x_ContextWindow,x_ChargeType,x_PricingStatus")
        .split(u',');
}

Status FocusExporter::write(const ReconcileResult &result, QIODevice *device, const QStringList &businessUnits)
{
    const ReconcileInput &in = *result.input;
    const std::vector<quint8> inScope = ReportScope::of(result, ReportFilter{{}, businessUnits}).bus;
    const UsageColumns &u = in.usage;
    const StringPool &pool = in.strings;
    const std::vector<AllocationPart> &parts = result.allocation.parts; // sorted by row

    // The exported BUs' usage rows in a stable, readable order: day, BU, workspace, key, model,
    // tier, context, geo.
    std::vector<quint32> order;
    order.reserve(u.size());
    for (quint32 i = 0; i < u.size(); ++i) {
        if (inScope[size_t(u.effectiveBu[i])])
            order.push_back(i);
    }
    const auto rowKey = [&](quint32 r) {
        return std::make_tuple(u.day[r], u.effectiveBu[r], pool.rank(u.workspace[r]), pool.rank(u.apiKey[r]),
                               pool.rank(u.model[r]), pool.rank(u.serviceTier[r]), pool.rank(u.contextWindow[r]),
                               pool.rank(u.inferenceGeo[r]), r);
    };
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return rowKey(a) < rowKey(b); });

    // Unattributed (tier-3) cells, in the same order, are written before the usage rows of the
    // next (day, BU) so the file reads chronologically.
    std::vector<const CellRecord *> unattributed;
    for (const CellRecord &cell : result.allocation.fallbackCells) {
        if (cell.tier == 3 && inScope[cell.bu])
            unattributed.push_back(&cell);
    }
    const auto cellKey = [&](const CellRecord *c) {
        return std::make_tuple(c->day, c->bu, pool.rank(c->workspace), pool.rank(c->model), pool.rank(c->serviceTier),
                               pool.rank(c->contextWindow), int(c->category));
    };
    std::sort(unattributed.begin(), unattributed.end(),
              [&](const CellRecord *a, const CellRecord *b) { return cellKey(a) < cellKey(b); });

    CsvWriter csv(device);
    csv.writeRecord(header());
    size_t nextCell = 0;
    const auto writeCellsBefore = [&](qint32 day, int bu) {
        for (; nextCell < unattributed.size(); ++nextCell) {
            const CellRecord &cell = *unattributed[nextCell];
            if (std::make_pair(cell.day, int(cell.bu)) >= std::make_pair(day, bu))
                break;
            const QString &name = in.businessUnits.at(cell.bu);
            const Charge c{in, name, name, in.date(cell.day), cell.workspace, StringPool::Null, cell.model,
                           cell.serviceTier, cell.contextWindow, cell.category, cell.amount < 0, true, cell.amount,
                           std::nullopt, std::nullopt, QStringLiteral("unattributed")};
            writeCharge(csv, c);
        }
    };
    for (quint32 row : order) {
        writeCellsBefore(u.day[row], u.effectiveBu[row]);
        std::array<qint64, CostCategoryCount> credits{};
        auto it = std::lower_bound(parts.begin(), parts.end(), row,
                                   [](const AllocationPart &part, quint32 r) { return part.row < r; });
        for (; it != parts.end() && it->row == row; ++it) {
            if (it->kinds & PartCredit)
                credits[size_t(it->category)] += it->nanos;
        }
        const bool priced = result.pricing.isPriced(row);
        const bool flagged = (result.pricing.flags[row] & ~RowPricing::Unpriced) != 0;
        for (int category = 0; category < CostCategoryCount; ++category) {
            const CostCategory cat = CostCategory(category);
            const bool token = isTokenCategory(cat);
            const bool web = cat == CostCategory::WebSearch;
            const qint64 quantity = token ? u.tokens[row][size_t(category)] : (web ? u.webSearchRequests[row] : 0);
            const qint64 charge = result.allocation.allocated[row][size_t(category)] - credits[size_t(category)];
            const qint64 list = token ? result.pricing.tokenList[row][size_t(category)]
                                      : (web ? result.pricing.webSearchList[row] : 0);
            Charge c{in, in.businessUnits.at(u.fetchBu[row]), in.businessUnits.at(u.effectiveBu[row]),
                     in.date(u.day[row]), u.workspace[row], u.apiKey[row], u.model[row], u.serviceTier[row],
                     u.contextWindow[row], cat, false, false, charge, std::nullopt, std::nullopt, QString()};
            if (token || web) {
                c.quantity = quantity;
                if (priced)
                    c.list = list;
                c.pricingStatus = !priced ? QStringLiteral("unpriced")
                                          : (flagged ? QStringLiteral("priced_flagged") : QStringLiteral("priced"));
            } else {
                c.pricingStatus = QStringLiteral("not_in_price_book");
            }
            if (quantity != 0 || charge != 0 || c.list.value_or(0) != 0)
                writeCharge(csv, c);
            if (credits[size_t(category)] != 0) {
                c.credit = true;
                c.billed = credits[size_t(category)];
                c.list.reset();
                c.pricingStatus = QStringLiteral("credit");
                writeCharge(csv, c);
            }
        }
    }
    writeCellsBefore(std::numeric_limits<qint32>::max(), 0);
    return csv.finish();
}

} // namespace tieout
