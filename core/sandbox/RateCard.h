#pragma once

#include "core/records/TokenType.h"

#include <QString>
#include <QtGlobal>

#include <array>
#include <span>

namespace tieout::sandbox {

// Service tiers, context windows and inference geographies the synthetic organizations use,
// by index (the generator stores indices, not strings).
enum class ServiceTier : quint8
{
    Standard,
    Batch,
    Priority
};
enum class ContextWindow : quint8
{
    Standard,
    Long
};
enum class InferenceGeo : quint8
{
    Global,
    Us
};

QString serviceTierName(ServiceTier tier);       // "standard", "batch", "priority"
QString contextWindowName(ContextWindow window); // "0-200k", "200k-1M"
QString inferenceGeoName(InferenceGeo geo);      // "global", "us"

// What Anthropic bills, as the sandbox models it: list prices of SPEC §4 per model, in
// nano-dollars per million tokens (exact integers), batch at 50%, long-context prices for the
// Sonnet 4 family, times a per-organization negotiated factor. One model,
// claude-nimbus-1-20260101, is billed but unknown to any price book, on purpose. This is the
// sandbox's own table: the product's price book is a separate module and must not depend on it.
struct SandboxModel
{
    const char *id;
    const char *displayName;                                    // for cost descriptions: "Claude Sonnet 4.5"
    std::array<qint64, TokenTypeCount> nanosPerMTok;            // indexed by TokenType
    std::array<qint64, TokenTypeCount> longContextNanosPerMTok; // all zero: no long-context price
    int streamWeight;                                           // how often organizations use it
    bool estimatedInClaudeCode;                                 // appears in Claude Code breakdowns
};

class RateCard final
{
public:
    static std::span<const SandboxModel> models();
    static int modelCount() { return static_cast<int>(models().size()); }
    static const SandboxModel &model(int index) { return models()[static_cast<size_t>(index)]; }
    static int indexOf(QStringView modelId); // -1 when unknown
    static bool hasLongContext(int modelIndex);

    // Unit price before the negotiated factor; 0 for the priority tier (usage without cost).
    static qint64 unitNanosPerMTok(int modelIndex, ServiceTier tier, ContextWindow window, TokenType type);
    // tokens x unit price x factorBasisPoints / 10^4 / 10^6, rounded half away from zero once.
    static qint64 billedNanos(qint64 tokens, qint64 unitNanosPerMTok, int factorBasisPoints);

    static constexpr qint64 WebSearchNanosPerRequest = 10'000'000; // $10 per 1,000
};

} // namespace tieout::sandbox
