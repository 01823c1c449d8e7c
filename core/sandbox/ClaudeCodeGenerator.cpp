#include "core/sandbox/ClaudeCodeGenerator.h"

#include "core/money/Int128.h"
#include "core/sandbox/DeterministicRng.h"

namespace tieout::sandbox {

namespace {

constexpr quint64 ActorSalt = 0xC0DE0000;

// Cents at the standard list price, rounded to a whole cent: an estimate, as the API says.
qint64 estimatedCents(int model, const ClaudeCodeModelUsage &usage)
{
    const auto &rates = RateCard::model(model).nanosPerMTok;
    const Int128 nanosTimesMillion =
        Int128(usage.inputTokens) * rates[static_cast<size_t>(TokenType::UncachedInput)] +
        Int128(usage.outputTokens) * rates[static_cast<size_t>(TokenType::Output)] +
        Int128(usage.cacheReadTokens) * rates[static_cast<size_t>(TokenType::CacheRead)] +
        Int128(usage.cacheCreationTokens) * rates[static_cast<size_t>(TokenType::CacheWrite5m)];
    const Int128 perCent = Int128(1'000'000) * 10'000'000; // tokens per MTok x nanos per cent
    return static_cast<qint64>((nanosTimesMillion + perCent / 2) / perCent);
}

} // namespace

ClaudeCodeRecords ClaudeCodeGenerator::generate(QDate day) const
{
    ClaudeCodeRecords records;
    const bool weekend = day.dayOfWeek() >= 6;
    for (int a = 0; a < m_layout.claudeCodeActors.size(); ++a) {
        const ClaudeCodeActor &actor = m_layout.claudeCodeActors[a];
        DeterministicRng rng(dayHash(m_layout.seed, day, ActorSalt + static_cast<quint64>(a)));
        const int activity = actor.isUser ? (weekend ? 150 : 650) : 500;
        if (!rng.chance(activity))
            continue;

        ClaudeCodeRecord record;
        ProductivityRecord &p = record.productivity;
        p.date = day;
        p.actorType = actor.isUser ? QStringLiteral("user_actor") : QStringLiteral("api_actor");
        p.actorId = actor.name;
        p.organizationId = m_layout.organizationId;
        p.customerType = actor.customerType;
        p.terminalType = actor.terminal;
        p.sessions = rng.between(1, actor.isUser ? 20 : 60);
        p.linesAdded = rng.between(0, 900);
        p.linesRemoved = rng.between(0, p.linesAdded / 2 + 1);
        p.commits = rng.between(0, 10);
        p.pullRequests = rng.between(0, p.commits / 3 + (p.commits > 0 ? 1 : 0));
        const auto tool = [&](const QString &name, qint64 maxAccepted) {
            const qint64 accepted = rng.between(0, maxAccepted);
            p.toolActions.insert(name, {accepted, rng.between(0, accepted / 4 + 1)});
        };
        tool(QStringLiteral("edit_tool"), 60);
        tool(QStringLiteral("multi_edit_tool"), 25);
        if (rng.chance(300))
            tool(QStringLiteral("notebook_edit_tool"), 10);
        tool(QStringLiteral("write_tool"), 15);
        // A tool the decoder does not know yet: new tools must be kept, not dropped.
        if (rng.chance(350))
            tool(QStringLiteral("bash_tool"), 40);

        for (int model : actor.models) {
            ClaudeCodeModelUsage usage;
            usage.model = m_layout.modelIds[model];
            usage.inputTokens = rng.between(2'000, 250'000);
            usage.outputTokens = usage.inputTokens * rng.between(100, 400) / 1000;
            usage.cacheReadTokens = usage.inputTokens * rng.between(500, 3000) / 1000;
            usage.cacheCreationTokens = usage.inputTokens * rng.between(50, 300) / 1000;
            usage.estimatedCostCents = estimatedCents(model, usage);
            record.modelBreakdown.append(usage);
        }
        records.append(record);
    }
    return records;
}

} // namespace tieout::sandbox
