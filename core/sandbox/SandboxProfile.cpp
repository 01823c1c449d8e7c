#include "core/sandbox/SandboxProfile.h"

namespace tieout::sandbox {

namespace {

SandboxProfile makeProfile(const QString &name, const QStringList &units, SandboxVolume volume)
{
    SandboxProfile profile;
    profile.name = name;
    profile.volume = volume;
    profile.firstDay = QDate(2025, 1, 1);
    for (const QString &unit : units)
        profile.businessUnits.append({unit, SandboxProfile::defaultAdminKey(unit)});
    return profile;
}

} // namespace

SandboxProfile SandboxProfile::demo()
{
    return makeProfile(
        QStringLiteral("demo"),
        {QStringLiteral("DevFactory"), QStringLiteral("Education"), QStringLiteral("Research")},
        SandboxVolume{});
}

SandboxProfile SandboxProfile::large()
{
    SandboxVolume volume;
    volume.workspaces = 7;
    volume.apiKeys = 30;
    volume.streams = 158;
    volume.weekdayActivityPermille = 790;
    volume.weekendActivityPermille = 520;
    volume.quietDayPermille = 10;
    volume.claudeCodeUsers = 40;
    volume.claudeCodeApiActors = 6;
    return makeProfile(QStringLiteral("large"),
                       {QStringLiteral("DevFactory"), QStringLiteral("Education"), QStringLiteral("Research"),
                        QStringLiteral("Marketing"), QStringLiteral("Support"), QStringLiteral("Finance"),
                        QStringLiteral("Platform")},
                       volume);
}

Result<SandboxProfile> SandboxProfile::byName(QStringView name)
{
    if (name == u"demo")
        return demo();
    if (name == u"large")
        return large();
    return Error(ErrorCode::Usage, QStringLiteral("unknown sandbox profile \"%1\" (expected %2)")
                                       .arg(name.toString(), names().join(QStringLiteral(" or "))));
}

QStringList SandboxProfile::names()
{
    return {QStringLiteral("demo"), QStringLiteral("large")};
}

QString SandboxProfile::defaultAdminKey(const QString &businessUnit)
{
    return QStringLiteral("sk-ant-admin01-sandbox-") + businessUnit.toLower();
}

Status SandboxProfile::setAdminKey(const QString &businessUnit, const QString &key)
{
    if (key.trimmed().isEmpty())
        return Error(ErrorCode::Usage, QStringLiteral("empty admin key for BU %1").arg(businessUnit));
    SandboxBusinessUnit *target = nullptr;
    for (SandboxBusinessUnit &unit : businessUnits) {
        if (unit.name.compare(businessUnit, Qt::CaseInsensitive) == 0)
            target = &unit;
        else if (unit.adminKey == key)
            return Error(ErrorCode::Usage,
                         QStringLiteral("BU %1 already uses that admin key").arg(unit.name));
    }
    if (!target)
        return Error(ErrorCode::Usage,
                     QStringLiteral("profile %1 has no BU named %2").arg(name, businessUnit));
    target->adminKey = key;
    return okStatus();
}

const SandboxBusinessUnit *SandboxProfile::businessUnit(const QString &unitName) const
{
    for (const SandboxBusinessUnit &unit : businessUnits) {
        if (unit.name == unitName)
            return &unit;
    }
    return nullptr;
}

QDate SandboxProfile::effectiveLastDay(QDate todayUtc) const
{
    return lastDay.isValid() ? lastDay : todayUtc;
}

} // namespace tieout::sandbox
