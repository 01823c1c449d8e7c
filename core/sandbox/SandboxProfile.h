#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tieout::sandbox {

// One business unit of a sandbox profile: one synthetic organization and the admin key that
// selects it (x-api-key).
struct SandboxBusinessUnit
{
    QString name;
    QString adminKey;
};

// The shape of every organization of a profile. Each BU scales these by its own factor
// (0.8-1.2, from its seed) so BUs differ in size.
struct SandboxVolume
{
    int workspaces = 3;                // named workspaces, besides the default (null) one
    int apiKeys = 8;                   // besides Console usage (null api_key_id)
    int streams = 40;                  // candidate usage series: key x model x tier x window x geo
    int weekdayActivityPermille = 700; // chance that a stream has usage on a weekday
    int weekendActivityPermille = 350;
    int quietDayPermille = 25; // days with no usage, no cost and no Claude Code at all
    int claudeCodeUsers = 6;
    int claudeCodeApiActors = 2;
};

// Which organizations the sandbox serves and from which seed. Same profile and seed -> the
// same data, byte for byte, for any date range.
struct SandboxProfile
{
    QString name;
    QList<SandboxBusinessUnit> businessUnits;
    SandboxVolume volume;
    QDate firstDay; // days before this have no data (empty buckets)
    QDate lastDay;  // days after this have no data; null = today (UTC) when asked
    quint64 seed = 20250101;
    // Days from this one on are served with different numbers, as if the API had restated them
    // (late data, corrections): lets a test sync, restart the sandbox with this set, and sync
    // again to see revisions recorded. Null = never.
    QDate restateFrom;

    // 3 BUs (DevFactory, Education, Research), tens of usage rows per BU-day, from 2025-01-01.
    static SandboxProfile demo();
    // 7 BUs, about 106 usage rows and 184 cost lines per BU-day (a year: ~270k rows, ~470k lines).
    static SandboxProfile large();
    static Result<SandboxProfile> byName(QStringView name);
    static QStringList names();

    // "sk-ant-admin01-sandbox-<bu lowercase>": documented so the demo config can name it.
    static QString defaultAdminKey(const QString &businessUnit);
    // Replaces the admin key of a BU (--key BU=KEY); fails for an unknown BU or a duplicate key.
    Status setAdminKey(const QString &businessUnit, const QString &key);

    const SandboxBusinessUnit *businessUnit(const QString &name) const;
    // The last day with data as of `todayUtc` (lastDay if set).
    QDate effectiveLastDay(QDate todayUtc) const;
};

} // namespace tieout::sandbox
