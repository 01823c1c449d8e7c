#include "core/sandbox/SyntheticOrganization.h"

#include "core/common/Clock.h"
#include "core/sandbox/ClaudeCodeGenerator.h"
#include "core/sandbox/DayGenerator.h"
#include "core/sandbox/OrganizationLayout.h"

#include <map>

namespace tieout::sandbox {

namespace {

constexpr int Ungrouped = -100;

QString costTypeName(CostKind kind)
{
    switch (kind) {
    case CostKind::Tokens:
        return QStringLiteral("tokens");
    case CostKind::WebSearch:
        return QStringLiteral("web_search");
    case CostKind::CodeExecution:
        return QStringLiteral("code_execution");
    case CostKind::Credit:
        return QStringLiteral("credit");
    }
    return {};
}

QString tokenDescription(TokenType type)
{
    switch (type) {
    case TokenType::UncachedInput:
        return QStringLiteral("Input Tokens");
    case TokenType::Output:
        return QStringLiteral("Output Tokens");
    case TokenType::CacheRead:
        return QStringLiteral("Input Tokens, Cache Hit");
    case TokenType::CacheWrite5m:
        return QStringLiteral("Input Tokens, Cache Write");
    case TokenType::CacheWrite1h:
        return QStringLiteral("Input Tokens, Cache Write (1h)");
    }
    return {};
}

// Free text, as the real report's descriptions are: "Claude Sonnet 4.5 Batch Usage - Output Tokens".
QString describe(const CostCell &cell)
{
    switch (cell.kind) {
    case CostKind::WebSearch:
        return QStringLiteral("Web Search Usage");
    case CostKind::CodeExecution:
        return QStringLiteral("Code Execution Usage");
    case CostKind::Credit:
        return QStringLiteral("Service Credit");
    case CostKind::Tokens:
        break;
    }
    QString text = QString::fromLatin1(RateCard::model(cell.model).displayName);
    if (cell.window == ContextWindow::Long)
        text += QStringLiteral(" Long Context");
    if (cell.tier == ServiceTier::Batch)
        text += QStringLiteral(" Batch");
    return text + QStringLiteral(" Usage - ") + tokenDescription(cell.tokenType);
}

bool passes(const QStringList &allowed, const QString &value)
{
    return allowed.isEmpty() || (!value.isNull() && allowed.contains(value));
}

} // namespace

SyntheticOrganization::SyntheticOrganization(const SandboxProfile &profile, const SandboxBusinessUnit &unit)
    : m_layout(std::make_shared<const OrganizationLayout>([&] {
          OrganizationLayout layout = OrganizationLayout::build(unit.name, profile.seed, profile.volume);
          layout.restateFrom = profile.restateFrom;
          return layout;
      }())),
      m_adminKey(unit.adminKey), m_firstDay(profile.firstDay), m_lastDay(profile.lastDay)
{
}

SyntheticOrganization::~SyntheticOrganization() = default;

const QString &SyntheticOrganization::businessUnit() const
{
    return m_layout->businessUnit;
}

const QString &SyntheticOrganization::organizationId() const
{
    return m_layout->organizationId;
}

int SyntheticOrganization::negotiatedFactorBasisPoints() const
{
    return m_layout->negotiatedFactorBasisPoints;
}

QDate SyntheticOrganization::lastDay() const
{
    return m_lastDay.isValid() ? m_lastDay : SystemClock().todayUtc();
}

bool SyntheticOrganization::servesDay(QDate day) const
{
    return day.isValid() && (!m_firstDay.isValid() || day >= m_firstDay) && day <= lastDay();
}

DayData SyntheticOrganization::dayData(QDate day) const
{
    if (!servesDay(day)) {
        DayData empty;
        empty.day = day;
        return empty;
    }
    return DayGenerator(*m_layout).generate(day);
}

UsageLines SyntheticOrganization::usageForDay(QDate day, const UsageGrouping &grouping,
                                              const UsageFilter &filter) const
{
    return usageLines(dayData(day), grouping, filter);
}

CostLines SyntheticOrganization::costForDay(QDate day, const CostGrouping &grouping) const
{
    return costLines(dayData(day), grouping);
}

UsageLines SyntheticOrganization::usageLines(const DayData &data, const UsageGrouping &grouping,
                                             const UsageFilter &filter) const
{
    const OrganizationLayout &layout = *m_layout;
    UsageLines lines;
    lines.reserve(data.usage.size());
    std::map<std::array<int, 6>, qsizetype> index; // grouped dimensions -> row in `lines`
    for (const UsageCell &cell : data.usage) {
        const UsageStream &s = layout.streams[cell.stream];
        const QString keyId = s.apiKey >= 0 ? layout.apiKeys[s.apiKey].id : QString();
        const QString &workspaceId = layout.workspaces[s.workspace].id;
        const QString &model = layout.modelIds[s.model];
        const QString tier = serviceTierName(s.tier);
        const QString window = contextWindowName(s.window);
        const QString geo = inferenceGeoName(s.geo);
        if (!passes(filter.apiKeyIds, keyId) || !passes(filter.workspaceIds, workspaceId) ||
            !passes(filter.models, model) || !passes(filter.serviceTiers, tier) ||
            !passes(filter.contextWindows, window) || !passes(filter.inferenceGeos, geo))
            continue;
        const std::array<int, 6> key = {grouping.apiKey ? s.apiKey : Ungrouped,
                                        grouping.workspace ? s.workspace : Ungrouped,
                                        grouping.model ? s.model : Ungrouped,
                                        grouping.serviceTier ? static_cast<int>(s.tier) : Ungrouped,
                                        grouping.contextWindow ? static_cast<int>(s.window) : Ungrouped,
                                        grouping.inferenceGeo ? static_cast<int>(s.geo) : Ungrouped};
        const auto [it, inserted] = index.try_emplace(key, lines.size());
        if (inserted) {
            UsageLine line;
            line.date = data.day;
            if (grouping.apiKey)
                line.apiKeyId = keyId;
            if (grouping.workspace)
                line.workspaceId = workspaceId;
            if (grouping.model)
                line.model = model;
            if (grouping.serviceTier)
                line.serviceTier = tier;
            if (grouping.contextWindow)
                line.contextWindow = window;
            if (grouping.inferenceGeo)
                line.inferenceGeo = geo;
            lines.append(line);
        }
        UsageLine &line = lines[it->second];
        for (int t = 0; t < TokenTypeCount; ++t)
            line.tokens[static_cast<size_t>(t)] += cell.tokens[static_cast<size_t>(t)];
        line.webSearchRequests += cell.webSearchRequests;
    }
    return lines;
}

CostLines SyntheticOrganization::costLines(const DayData &data, const CostGrouping &grouping) const
{
    const OrganizationLayout &layout = *m_layout;
    // Keyed by (workspace, kind, model, tier, window, geo, token type) with the ungrouped parts
    // blanked; one representative cell per key keeps the detail fields for the line.
    std::map<std::array<int, 7>, std::pair<CostCell, qint64>> sums;
    for (const CostCell &cell : data.cost) {
        const bool detail = grouping.description;
        const std::array<int, 7> key = {
            grouping.workspace ? cell.workspace : Ungrouped,
            static_cast<int>(cell.kind),
            detail ? cell.model : Ungrouped,
            detail ? static_cast<int>(cell.tier) : Ungrouped,
            detail ? static_cast<int>(cell.window) : Ungrouped,
            detail ? static_cast<int>(cell.geo) : Ungrouped,
            detail && cell.kind == CostKind::Tokens ? static_cast<int>(cell.tokenType) : Ungrouped};
        auto [it, inserted] = sums.try_emplace(key, cell, 0);
        it->second.second += cell.nanos;
    }
    CostLines lines;
    lines.reserve(static_cast<qsizetype>(sums.size()));
    for (const auto &[key, entry] : sums) {
        const CostCell &cell = entry.first;
        CostLine line;
        line.date = data.day;
        if (grouping.workspace)
            line.workspaceId = layout.workspaces[cell.workspace].id;
        line.costType = costTypeName(cell.kind);
        line.currency = QStringLiteral("USD");
        line.amount = Money::fromNanos(entry.second);
        if (grouping.description) {
            line.description = describe(cell);
            if (cell.kind == CostKind::Tokens) {
                line.model = layout.modelIds[cell.model];
                line.tokenType = tokenTypeApiName(cell.tokenType);
                line.serviceTier = serviceTierName(cell.tier);
                line.contextWindow = contextWindowName(cell.window);
                line.inferenceGeo = inferenceGeoName(cell.geo);
            }
        }
        lines.append(line);
    }
    return lines;
}

ClaudeCodeRecords SyntheticOrganization::claudeCodeForDay(QDate day) const
{
    if (!servesDay(day) || DayGenerator(*m_layout).isQuietDay(day))
        return {};
    return ClaudeCodeGenerator(*m_layout).generate(day);
}

ProductivityRecords SyntheticOrganization::productivityForDay(QDate day) const
{
    ProductivityRecords records;
    const ClaudeCodeRecords full = claudeCodeForDay(day);
    records.reserve(full.size());
    for (const ClaudeCodeRecord &record : full)
        records.append(record.productivity);
    return records;
}

ApiKeyRecords SyntheticOrganization::apiKeys() const
{
    ApiKeyRecords records;
    for (const LayoutApiKey &key : m_layout->apiKeys)
        records.append({key.id, key.name, m_layout->workspaces[key.workspace].id, key.status});
    return records;
}

WorkspaceRecords SyntheticOrganization::workspaces() const
{
    WorkspaceRecords records;
    for (const LayoutWorkspace &workspace : m_layout->workspaces) {
        if (!workspace.id.isNull())
            records.append({workspace.id, workspace.name});
    }
    return records;
}

OrganizationTotals SyntheticOrganization::totals(const DateRange &range) const
{
    OrganizationTotals totals;
    const DayGenerator days(*m_layout);
    const ClaudeCodeGenerator code(*m_layout);
    for (QDate day = range.from; day < range.toExclusive; day = day.addDays(1)) {
        if (!servesDay(day) || days.isQuietDay(day))
            continue;
        const DayData data = days.generate(day);
        totals.usageRows += data.usage.size();
        totals.costLines += data.cost.size();
        totals.daysWithUsage += data.usage.isEmpty() ? 0 : 1;
        for (const CostCell &cell : data.cost)
            totals.billed += Money::fromNanos(cell.nanos);
        totals.claudeCodeRecords += code.generate(day).size();
    }
    return totals;
}

} // namespace tieout::sandbox
