#pragma once

#include "core/sandbox/ClaudeCodeRecord.h"
#include "core/sandbox/OrganizationLayout.h"

namespace tieout::sandbox {

// One day of Claude Code records for an organization, from hash(seed, day, actor): each
// actor is active with a weekday/weekend probability; users appear by email, automations by
// key name. Records are ordered users first, then API actors, each in layout order.
class ClaudeCodeGenerator final
{
public:
    explicit ClaudeCodeGenerator(const OrganizationLayout &layout) : m_layout(layout) {}

    ClaudeCodeRecords generate(QDate day) const;

private:
    const OrganizationLayout &m_layout;
};

} // namespace tieout::sandbox
