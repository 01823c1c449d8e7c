#pragma once

#include "core/sandbox/DayData.h"
#include "core/sandbox/OrganizationLayout.h"

namespace tieout::sandbox {

// Computes one day of an organization from hash(seed, day) alone, so any day can be produced
// in any order and always comes out the same. Costs are derived from the day's usage: per
// (workspace, model, tier, window, geo, token type) the summed tokens times RateCard's price
// times the negotiated factor, in integer nano-dollars; priority-tier usage is never billed.
class DayGenerator final
{
public:
    explicit DayGenerator(const OrganizationLayout &layout) : m_layout(layout) {}

    DayData generate(QDate day) const;
    // A day with no activity at all (a holiday): empty usage, cost and Claude Code.
    bool isQuietDay(QDate day) const;

private:
    void addUsage(DayData &data, QDate day) const;
    void addTokenCosts(DayData &data) const;
    void addOtherCosts(DayData &data, QDate day) const;

    const OrganizationLayout &m_layout;
};

} // namespace tieout::sandbox
