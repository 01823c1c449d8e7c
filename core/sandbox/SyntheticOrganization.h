#pragma once

#include "core/money/DateRange.h"
#include "core/records/CostLine.h"
#include "core/records/DirectoryRecords.h"
#include "core/records/ProductivityRecord.h"
#include "core/records/UsageLine.h"
#include "core/sandbox/ClaudeCodeRecord.h"
#include "core/sandbox/DayData.h"
#include "core/sandbox/OrganizationTotals.h"
#include "core/sandbox/ReportGrouping.h"
#include "core/sandbox/SandboxProfile.h"

#include <memory>

namespace tieout::sandbox {

struct OrganizationLayout;

// One business unit's deterministic synthetic organization: the same (profile seed, BU) gives
// the same workspaces, keys and, for every day, the same usage, cost and Claude Code records,
// whatever range is asked and in whatever order. Days outside [firstDay, lastDay] are empty.
// The HTTP server serves exactly what these functions return, so tests compare fetched data
// with them.
class SyntheticOrganization final
{
public:
    SyntheticOrganization(const SandboxProfile &profile, const SandboxBusinessUnit &unit);
    ~SyntheticOrganization();
    SyntheticOrganization(const SyntheticOrganization &) = delete;
    SyntheticOrganization &operator=(const SyntheticOrganization &) = delete;

    const QString &businessUnit() const;
    const QString &adminKey() const { return m_adminKey; }
    const QString &organizationId() const;
    int negotiatedFactorBasisPoints() const;
    const OrganizationLayout &layout() const { return *m_layout; }

    QDate firstDay() const { return m_firstDay; }
    // The profile's lastDay, or today (UTC) when the profile leaves it open.
    QDate lastDay() const;
    bool servesDay(QDate day) const;

    // The day in compact form (empty outside the served days).
    DayData dayData(QDate day) const;

    UsageLines usageForDay(QDate day, const UsageGrouping &grouping = UsageGrouping::all(),
                           const UsageFilter &filter = {}) const;
    CostLines costForDay(QDate day, const CostGrouping &grouping = {}) const;
    ClaudeCodeRecords claudeCodeForDay(QDate day) const;
    // claudeCodeForDay without model_breakdown: what the product stores.
    ProductivityRecords productivityForDay(QDate day) const;

    ApiKeyRecords apiKeys() const;
    WorkspaceRecords workspaces() const; // named workspaces; the default one is not listed

    OrganizationTotals totals(const DateRange &range) const;

    // Conversions of one compact day, shared with the HTTP endpoints.
    UsageLines usageLines(const DayData &data, const UsageGrouping &grouping,
                          const UsageFilter &filter) const;
    CostLines costLines(const DayData &data, const CostGrouping &grouping) const;

private:
    std::shared_ptr<const OrganizationLayout> m_layout;
    QString m_adminKey;
    QDate m_firstDay;
    QDate m_lastDay; // null = today
};

} // namespace tieout::sandbox
