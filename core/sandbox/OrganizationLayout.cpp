#include "core/sandbox/OrganizationLayout.h"

#include "core/sandbox/DeterministicRng.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <tuple>

namespace tieout::sandbox {

namespace {

constexpr const char *WorkspaceNames[] = {
    "Production",     "Staging",         "Data Science", "Support Assistant",
    "Internal Tools", "Batch Pipelines", "Evaluation",   "Search",
    "Documents",      "Mobile",          "Analytics",    "Prototypes"};
constexpr const char *KeyNames[] = {
    "backend",   "ci-bot",     "etl-batch", "chat-frontend", "eval-harness", "summarizer",     "classifier",
    "notebooks", "review-bot", "ingest",    "agent-runner",  "translation",  "search-indexer", "qa"};
constexpr const char *Colors[] = {"#6C5BB9", "#2E86AB", "#D4A373", "#3A7D44", "#C44536", "#7D8491"};
constexpr const char *FirstNames[] = {
    "ada",   "alan", "grace", "linus",  "barbara", "ken",       "margaret", "dennis", "frances", "john",
    "radia", "tim",  "hedy",  "donald", "edsger",  "katherine", "niklaus",  "sophie", "guido",   "bjarne"};
constexpr const char *LastNames[] = {"lovelace", "turing",  "hopper",   "torvalds", "liskov",  "thompson",
                                     "hamilton", "ritchie", "allen",    "backus",   "perlman", "berners-lee",
                                     "lamarr",   "knuth",   "dijkstra", "johnson",  "wirth",   "wilson"};
constexpr const char *Terminals[] = {"vscode", "iTerm.app", "pycharm", "tmux", "Apple_Terminal", "cursor"};

template<typename T, size_t N> QString pickName(const T (&names)[N], size_t index)
{
    return QString::fromLatin1(names[index % N]);
}

QString isoTimestamp(quint64 hash)
{
    // Created some time in 2024: before any data the profiles serve.
    const QDateTime base(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    const auto seconds = static_cast<qint64>(hash % (360ULL * 86400ULL));
    return base.addSecs(seconds).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

int weightedModel(DeterministicRng &rng)
{
    int total = 0;
    for (const SandboxModel &m : RateCard::models())
        total += m.streamWeight;
    int roll = rng.pick(total);
    for (int i = 0; i < RateCard::modelCount(); ++i) {
        roll -= RateCard::model(i).streamWeight;
        if (roll < 0)
            return i;
    }
    return 0;
}

} // namespace

QString sandboxId(const char *prefix, quint64 hash)
{
    static constexpr char Alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    QString id = QString::fromLatin1(prefix) + QStringLiteral("01");
    quint64 state = hash;
    for (int i = 0; i < 22; ++i) {
        if (i % 10 == 0)
            state = mix64(state + static_cast<quint64>(i));
        id.append(QLatin1Char(Alphabet[state % 58]));
        state /= 58;
    }
    return id;
}

namespace {

// The steps of OrganizationLayout::build, sharing one random stream. The order of the steps
// (and of the draws inside them) is part of the data: changing it changes every organization.
struct LayoutBuilder
{
    struct KeyHabits
    {
        ServiceTier tier;
        InferenceGeo geo;
        quint8 mask;
    };

    int scaled(int n) const { return std::max(1, static_cast<int>(n * sizePermille / 1000)); }
    void addWorkspaces(int workspaceCount);
    void addApiKeys(int keyCount);
    void addStreams(int streamCount);
    void addClaudeCodeActors(int users, int apiActors);

    OrganizationLayout &layout;
    DeterministicRng &rng;
    qint64 sizePermille = 1000;
    QList<KeyHabits> habits;
};

void LayoutBuilder::addWorkspaces(int workspaceCount)
{
    // Workspaces: index 0 is the default workspace (null id); each draws 2-4 models so that
    // several keys share a cost cell, as in a real organization.
    for (int w = 0; w <= workspaceCount; ++w) {
        LayoutWorkspace ws;
        if (w > 0) {
            ws.id = sandboxId("wrkspc_", combineHash(layout.seed, 0x5700 + static_cast<quint64>(w)));
            ws.name = pickName(WorkspaceNames, static_cast<size_t>(w - 1));
            if (w > static_cast<int>(std::size(WorkspaceNames)))
                ws.name += QStringLiteral(" %1").arg(w);
            ws.createdAt = isoTimestamp(rng.next());
            ws.displayColor =
                pickName(Colors, static_cast<size_t>(rng.pick(static_cast<int>(std::size(Colors)))));
        } else {
            ws.name = QStringLiteral("Default");
        }
        const int modelCount = static_cast<int>(rng.between(2, 4));
        while (ws.models.size() < modelCount) {
            const int m = weightedModel(rng);
            if (!ws.models.contains(m))
                ws.models.append(m);
        }
        layout.workspaces.append(ws);
    }
}

void LayoutBuilder::addApiKeys(int keyCount)
{
    // Keys: about 15% in the default workspace, the rest spread over the named ones.
    for (int k = 0; k < keyCount; ++k) {
        LayoutApiKey key;
        const quint64 h = combineHash(layout.seed, 0xA900 + static_cast<quint64>(k));
        key.id = sandboxId("apikey_", h);
        key.name = pickName(KeyNames, static_cast<size_t>(k));
        if (k >= static_cast<int>(std::size(KeyNames)))
            key.name += QStringLiteral("-%1").arg(k / static_cast<int>(std::size(KeyNames)) + 1);
        key.workspace = rng.chance(150) ? 0 : 1 + (k % (static_cast<int>(layout.workspaces.size()) - 1));
        const qint64 statusRoll = rng.between(0, 99);
        key.status = statusRoll < 88   ? QStringLiteral("active")
                     : statusRoll < 95 ? QStringLiteral("inactive")
                                       : QStringLiteral("archived");
        key.createdAt = isoTimestamp(rng.next());
        key.createdBy = sandboxId("user_", combineHash(layout.seed, rng.next() % 5));
        key.partialKeyHint =
            QStringLiteral("sk-ant-api03-") + key.id.mid(9, 3) + QStringLiteral("...") + key.id.right(4);
        layout.apiKeys.append(key);
    }
}

void LayoutBuilder::addStreams(int streamCount)
{
    const int keyCount = static_cast<int>(layout.apiKeys.size());
    const int workspaceCount = static_cast<int>(layout.workspaces.size()) - 1;
    // Streams: a key keeps its geography, cache habits and usual tier; models come from its
    // workspace. Duplicated grains are skipped, so each stream is one usage row per day.
    for (int k = 0; k < keyCount; ++k) {
        const qint64 tierRoll = rng.between(0, 99);
        const ServiceTier tier = tierRoll < 72   ? ServiceTier::Standard
                                 : tierRoll < 92 ? ServiceTier::Batch
                                                 : ServiceTier::Priority;
        quint8 mask =
            (1u << static_cast<int>(TokenType::UncachedInput)) | (1u << static_cast<int>(TokenType::Output));
        if (rng.chance(750))
            mask |= 1u << static_cast<int>(TokenType::CacheRead);
        if (rng.chance(300))
            mask |= 1u << static_cast<int>(TokenType::CacheWrite5m);
        if (rng.chance(90))
            mask |= 1u << static_cast<int>(TokenType::CacheWrite1h);
        habits.append({tier, rng.chance(120) ? InferenceGeo::Us : InferenceGeo::Global, mask});
    }
    static constexpr qint64 Scales[] = {20'000, 60'000, 150'000, 400'000, 900'000, 1'800'000, 3'500'000};
    const auto addStream = [this](const UsageStream &s) {
        const auto grain = [](const UsageStream &x) {
            return std::tie(x.workspace, x.apiKey, x.model, x.tier, x.window, x.geo);
        };
        const bool duplicate = std::any_of(layout.streams.cbegin(), layout.streams.cend(),
                                           [&](const UsageStream &o) { return grain(o) == grain(s); });
        if (!duplicate)
            layout.streams.append(s);
    };
    const auto keyStream = [&](int key) {
        UsageStream s;
        s.apiKey = key;
        s.workspace = layout.apiKeys[key].workspace;
        s.geo = habits[key].geo;
        s.tokenMask = habits[key].mask;
        s.inputScale = Scales[rng.pick(static_cast<int>(std::size(Scales)))] * rng.between(800, 1200) / 1000;
        return s;
    };

    // Every organization has what the product must cope with, whatever the seed: a model no
    // price book knows, batch, long context (also in batch), priority usage that is never
    // billed, and web search.
    struct Signature
    {
        const char16_t *model;
        ServiceTier tier;
        ContextWindow window;
        bool webSearch;
    };
    static constexpr Signature Signatures[] = {
        {u"claude-sonnet-4-5-20250929", ServiceTier::Standard, ContextWindow::Long, false},
        {u"claude-nimbus-1-20260101", ServiceTier::Standard, ContextWindow::Standard, false},
        {u"claude-sonnet-4-5-20250929", ServiceTier::Batch, ContextWindow::Standard, false},
        {u"claude-sonnet-4-20250514", ServiceTier::Batch, ContextWindow::Long, false},
        {u"claude-haiku-4-5-20251001", ServiceTier::Priority, ContextWindow::Standard, false},
        {u"claude-sonnet-4-5-20250929", ServiceTier::Standard, ContextWindow::Standard, true},
    };
    for (const Signature &signature : Signatures) {
        UsageStream s = keyStream(rng.pick(keyCount));
        s.model = RateCard::indexOf(QStringView(signature.model));
        s.tier = signature.tier;
        s.window = signature.window;
        s.webSearch = signature.webSearch;
        if (!layout.workspaces[s.workspace].models.contains(s.model))
            layout.workspaces[s.workspace].models.append(s.model);
        addStream(s);
    }

    for (int attempt = 0; layout.streams.size() < streamCount && attempt < streamCount * 20; ++attempt) {
        const bool console = rng.chance(60);
        UsageStream s = keyStream(console ? 0 : rng.pick(keyCount));
        if (console) {
            s.apiKey = -1;
            s.workspace = rng.pick(workspaceCount + 1);
            s.geo = InferenceGeo::Global;
            s.tokenMask = 0b111; // Console: input, output, cache reads
        } else if (rng.chance(120)) {
            s.tier = static_cast<ServiceTier>(rng.pick(3));
        } else {
            s.tier = habits[s.apiKey].tier;
        }
        const QList<int> &models = layout.workspaces[s.workspace].models;
        s.model = models[rng.pick(static_cast<int>(models.size()))];
        if (RateCard::hasLongContext(s.model) && s.tier != ServiceTier::Priority && rng.chance(250))
            s.window = ContextWindow::Long;
        s.webSearch = s.tier == ServiceTier::Standard && rng.chance(200);
        addStream(s);
    }
    std::sort(layout.streams.begin(), layout.streams.end(), [](const UsageStream &a, const UsageStream &b) {
        return std::tie(a.workspace, a.model, a.tier, a.window, a.geo, a.apiKey) <
               std::tie(b.workspace, b.model, b.tier, b.window, b.geo, b.apiKey);
    });
}

void LayoutBuilder::addClaudeCodeActors(int users, int apiActors)
{
    // Claude Code: people by email, automations by key name.
    QList<int> codeModels;
    for (int i = 0; i < RateCard::modelCount(); ++i) {
        if (RateCard::model(i).estimatedInClaudeCode)
            codeModels.append(i);
    }
    const QString domain = layout.businessUnit.toLower() + QStringLiteral(".example.com");
    for (int u = 0; u < users; ++u) {
        ClaudeCodeActor actor;
        const QString first = pickName(FirstNames, static_cast<size_t>(u));
        const QString last = pickName(LastNames, static_cast<size_t>(u / 2 + u * 7));
        actor.name = first + u'.' + last +
                     (u >= static_cast<int>(std::size(FirstNames)) ? QString::number(u) : QString()) + u'@' +
                     domain;
        actor.displayName =
            first.left(1).toUpper() + first.mid(1) + u' ' + last.left(1).toUpper() + last.mid(1);
        actor.userId = sandboxId("user_", combineHash(layout.seed, 0xC0DE00 + static_cast<quint64>(u)));
        actor.terminal =
            pickName(Terminals, static_cast<size_t>(rng.pick(static_cast<int>(std::size(Terminals)))));
        actor.customerType = rng.chance(700) ? QStringLiteral("api") : QStringLiteral("subscription");
        actor.role = u == 0            ? QStringLiteral("admin")
                     : rng.chance(600) ? QStringLiteral("developer")
                                       : QStringLiteral("user");
        actor.models = {codeModels[rng.pick(static_cast<int>(codeModels.size()))]};
        if (rng.chance(400)) {
            const int second = codeModels[rng.pick(static_cast<int>(codeModels.size()))];
            if (!actor.models.contains(second))
                actor.models.append(second);
        }
        layout.claudeCodeActors.append(actor);
    }
    for (int a = 0; a < apiActors && a < layout.apiKeys.size(); ++a) {
        ClaudeCodeActor actor;
        actor.isUser = false;
        actor.name = layout.apiKeys[a].name;
        actor.terminal = QStringLiteral("non-interactive");
        actor.customerType = QStringLiteral("api");
        actor.models = {codeModels[rng.pick(static_cast<int>(codeModels.size()))]};
        layout.claudeCodeActors.append(actor);
    }
}

} // namespace

OrganizationLayout OrganizationLayout::build(const QString &businessUnit, quint64 profileSeed,
                                             const SandboxVolume &volume)
{
    OrganizationLayout layout;
    layout.businessUnit = businessUnit;
    layout.seed = combineHash(profileSeed, fnv1a64(businessUnit));
    DeterministicRng rng(layout.seed);
    layout.negotiatedFactorBasisPoints = static_cast<int>(rng.between(8500, 10'000));
    // BUs differ in size: 80%..120% of the profile's volume.
    LayoutBuilder builder{layout, rng, rng.between(800, 1200), {}};
    layout.weekdayActivityPermille = volume.weekdayActivityPermille;
    layout.weekendActivityPermille = volume.weekendActivityPermille;
    layout.quietDayPermille = volume.quietDayPermille;

    const quint64 u1 = rng.next();
    const quint64 u2 = rng.next();
    layout.organizationId = QStringLiteral("%1-%2-%3-%4-%5")
                                .arg(u1 >> 32, 8, 16, QLatin1Char('0'))
                                .arg((u1 >> 16) & 0xffff, 4, 16, QLatin1Char('0'))
                                .arg(0x4000 | (u1 & 0x0fff), 4, 16, QLatin1Char('0'))
                                .arg(0x8000 | ((u2 >> 48) & 0x3fff), 4, 16, QLatin1Char('0'))
                                .arg(u2 & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
    for (const SandboxModel &m : RateCard::models())
        layout.modelIds.append(QString::fromLatin1(m.id));

    builder.addWorkspaces(builder.scaled(volume.workspaces));
    builder.addApiKeys(builder.scaled(volume.apiKeys));
    builder.addStreams(builder.scaled(volume.streams));
    builder.addClaudeCodeActors(
        builder.scaled(volume.claudeCodeUsers),
        std::max(1, static_cast<int>(volume.claudeCodeApiActors * builder.sizePermille / 1000)));
    return layout;
}

} // namespace tieout::sandbox
