#pragma once

#include "core/sandbox/RateCard.h"
#include "core/sandbox/SandboxProfile.h"

#include <QList>
#include <QString>

namespace tieout::sandbox {

struct LayoutWorkspace
{
    QString id; // null for the default workspace (index 0)
    QString name;
    QString createdAt;
    QString displayColor;
    QList<int> models; // the models its keys draw from
};

struct LayoutApiKey
{
    QString id;
    QString name;
    int workspace = 0; // index into workspaces; 0 = default
    QString status;
    QString createdAt;
    QString createdBy;
    QString partialKeyHint;
};

// One candidate usage series: the fine grain of the usage report. Active on a day with the
// organization's activity probability; its token counts scale from inputScale.
struct UsageStream
{
    int apiKey = -1; // index into apiKeys; -1 = Console/Workbench (null api_key_id)
    int workspace = 0;
    int model = 0;
    ServiceTier tier = ServiceTier::Standard;
    ContextWindow window = ContextWindow::Standard;
    InferenceGeo geo = InferenceGeo::Global;
    quint8 tokenMask = 0; // bit per TokenType it uses
    qint64 inputScale = 0;
    bool webSearch = false;
};

struct ClaudeCodeActor
{
    bool isUser = true;
    QString name;   // email_address for users, api_key_name for API actors
    QString userId; // users only, for the users directory
    QString displayName;
    QString terminal;
    QString customerType;
    QString role;
    QList<int> models;
};

// The fixed structure of one synthetic organization: workspaces, keys, usage streams and
// Claude Code actors, derived from (seed, BU name, volume) alone. Per-day data is generated
// from it by DayGenerator; nothing here depends on a date.
struct OrganizationLayout
{
    static OrganizationLayout build(const QString &businessUnit, quint64 profileSeed,
                                    const SandboxVolume &volume);

    // The seed of one day's numbers: the organization's, or its restated variant.
    quint64 seedFor(QDate day) const
    {
        return restateFrom.isValid() && day >= restateFrom ? seed ^ 0x8E57A7ED5EEDULL : seed;
    }

    QString businessUnit;
    quint64 seed = 0;                         // the organization's seed: hash(profile seed, BU name)
    QDate restateFrom;                        // days from here on use a restated seed (see SandboxProfile)
    int negotiatedFactorBasisPoints = 10'000; // 8500..10000: discount on every token line
    int weekdayActivityPermille = 0;
    int weekendActivityPermille = 0;
    int quietDayPermille = 0;
    QString organizationId; // a UUID
    QList<LayoutWorkspace> workspaces;
    QList<LayoutApiKey> apiKeys;
    QList<UsageStream> streams; // sorted by usage grain
    QList<ClaudeCodeActor> claudeCodeActors;
    QList<QString> modelIds; // RateCard ids as shared QStrings
};

// "wrkspc_01" + 22 base58 characters, deterministic from the hash.
QString sandboxId(const char *prefix, quint64 hash);

} // namespace tieout::sandbox
