#include "core/sandbox/RateCard.h"

#include "core/money/Int128.h"

namespace tieout::sandbox {

namespace {

// Dollars per million tokens -> nano-dollars per million tokens, written as micro-dollars so
// that every literal is an exact integer: 0.30 $/MTok = 300'000 micro-dollars.
constexpr qint64 usd(qint64 microDollars)
{
    return microDollars * 1000;
}

// Token order: uncached input, output, cache read, 5m cache write, 1h cache write.
constexpr std::array<qint64, TokenTypeCount> rates(qint64 in, qint64 out, qint64 read, qint64 w5m, qint64 w1h)
{
    return {usd(in), usd(out), usd(read), usd(w5m), usd(w1h)};
}

constexpr std::array<qint64, TokenTypeCount> NoLongContext{};

const std::array<SandboxModel, 8> Models = {{
    {"claude-sonnet-4-5-20250929", "Claude Sonnet 4.5",
     rates(3'000'000, 15'000'000, 300'000, 3'750'000, 6'000'000),
     rates(6'000'000, 22'500'000, 600'000, 7'500'000, 12'000'000), 32, true},
    {"claude-sonnet-4-20250514", "Claude Sonnet 4",
     rates(3'000'000, 15'000'000, 300'000, 3'750'000, 6'000'000),
     rates(6'000'000, 22'500'000, 600'000, 7'500'000, 12'000'000), 14, true},
    {"claude-opus-4-6", "Claude Opus 4.6", rates(5'000'000, 25'000'000, 500'000, 6'250'000, 10'000'000),
     NoLongContext, 10, true},
    {"claude-opus-4-1-20250805", "Claude Opus 4.1",
     rates(15'000'000, 75'000'000, 1'500'000, 18'750'000, 30'000'000), NoLongContext, 4, false},
    {"claude-haiku-4-5-20251001", "Claude Haiku 4.5",
     rates(1'000'000, 5'000'000, 100'000, 1'250'000, 2'000'000), NoLongContext, 16, true},
    {"claude-3-5-haiku-20241022", "Claude Haiku 3.5", rates(800'000, 4'000'000, 80'000, 1'000'000, 1'600'000),
     NoLongContext, 10, false},
    {"claude-3-haiku-20240307", "Claude Haiku 3", rates(250'000, 1'250'000, 30'000, 300'000, 500'000),
     NoLongContext, 7, false},
    {"claude-nimbus-1-20260101", "Claude Nimbus 1",
     rates(4'000'000, 20'000'000, 400'000, 5'000'000, 8'000'000), NoLongContext, 7, false},
}};

} // namespace

QString serviceTierName(ServiceTier tier)
{
    switch (tier) {
    case ServiceTier::Standard:
        return QStringLiteral("standard");
    case ServiceTier::Batch:
        return QStringLiteral("batch");
    case ServiceTier::Priority:
        return QStringLiteral("priority");
    }
    return {};
}

QString contextWindowName(ContextWindow window)
{
    return window == ContextWindow::Long ? QStringLiteral("200k-1M") : QStringLiteral("0-200k");
}

QString inferenceGeoName(InferenceGeo geo)
{
    return geo == InferenceGeo::Us ? QStringLiteral("us") : QStringLiteral("global");
}

std::span<const SandboxModel> RateCard::models()
{
    return Models;
}

int RateCard::indexOf(QStringView modelId)
{
    for (int i = 0; i < modelCount(); ++i) {
        if (modelId == QLatin1String(Models[static_cast<size_t>(i)].id))
            return i;
    }
    return -1;
}

bool RateCard::hasLongContext(int modelIndex)
{
    return model(modelIndex).longContextNanosPerMTok[0] != 0;
}

qint64 RateCard::unitNanosPerMTok(int modelIndex, ServiceTier tier, ContextWindow window, TokenType type)
{
    if (tier == ServiceTier::Priority)
        return 0;
    const SandboxModel &m = model(modelIndex);
    const auto index = static_cast<size_t>(type);
    qint64 unit = window == ContextWindow::Long && hasLongContext(modelIndex)
                      ? m.longContextNanosPerMTok[index]
                      : m.nanosPerMTok[index];
    // Every list price is a whole number of micro-dollars per MTok, so halving is exact.
    if (tier == ServiceTier::Batch)
        unit /= 2;
    return unit;
}

qint64 RateCard::billedNanos(qint64 tokens, qint64 unitNanosPerMTok, int factorBasisPoints)
{
    const Int128 numerator = Int128(tokens) * unitNanosPerMTok * factorBasisPoints;
    const Int128 denominator = Int128(1'000'000) * 10'000;
    const Int128 magnitude = (numerator < 0 ? -numerator : numerator) + denominator / 2;
    const auto rounded = static_cast<qint64>(magnitude / denominator);
    return numerator < 0 ? -rounded : rounded;
}

} // namespace tieout::sandbox
