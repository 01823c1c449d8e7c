#include "ui/settings/SettingsController.h"

#include "core/common/UrlPolicy.h"
#include "core/config/ConfigFile.h"
#include "core/config/SecretStore.h"
#include "core/store/DatabaseUrl.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace tieout::ui {

namespace {

bool isEnvironmentName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

} // namespace

SettingsController::SettingsController(SecretStore *keychain, QString configPath, QObject *parent)
    : QObject(parent), m_keychain(keychain), m_configPath(std::move(configPath))
{
}

QString SettingsController::keychainEntryFor(const QString &businessUnit)
{
    return QStringLiteral("tieout/") + businessUnit;
}

void SettingsController::load(const AppConfig &config)
{
    m_saved = config;
    m_draft = config;
    m_obsoleteEntries.clear();
    emit draftChanged();
}

int SettingsController::indexOf(const QString &name) const
{
    for (int i = 0; i < m_draft.businessUnits.size(); ++i) {
        if (m_draft.businessUnits.at(i).name == name)
            return i;
    }
    return -1;
}

Status SettingsController::validateBusinessUnit(const BusinessUnitConfig &unit, const QString &originalName,
                                                bool hasNewKey) const
{
    if (unit.name.trimmed().isEmpty())
        return Error(ErrorCode::Config, tr("Enter a name for the business unit."));
    if (unit.name != unit.name.trimmed())
        return Error(ErrorCode::Config, tr("The name must not start or end with spaces."));
    if (unit.name != originalName && indexOf(unit.name) >= 0)
        return Error(ErrorCode::Config, tr("There is already a business unit named %1.").arg(unit.name));
    if (auto url = validateApiBaseUrl(unit.apiBaseUrl); !url)
        return Error(ErrorCode::Config,
                     tr("The API base URL must use https (plain http only to this computer: 127.0.0.1, ::1, "
                        "localhost)."));
    if (unit.adminKey.kind == SecretRef::Kind::Environment) {
        if (!isEnvironmentName(unit.adminKey.name))
            return Error(ErrorCode::Config,
                         tr("Enter the name of the environment variable that holds the admin key, e.g. "
                            "DEVFACTORY_ADMIN_KEY."));
    } else if (!hasNewKey) {
        const int existing = indexOf(originalName);
        const bool hadKeychainKey =
            existing >= 0 && m_draft.businessUnits.at(existing).adminKey.kind == SecretRef::Kind::Keychain;
        if (!hadKeychainKey)
            return Error(ErrorCode::Config, tr("Enter the admin key: it is stored in the OS keychain."));
    }
    return okStatus();
}

QFuture<Status> SettingsController::applyBusinessUnit(const QString &originalName, BusinessUnitConfig unit,
                                                      const QString &adminKey)
{
    const bool hasNewKey = unit.adminKey.kind == SecretRef::Kind::Keychain && !adminKey.isEmpty();
    if (auto valid = validateBusinessUnit(unit, originalName, hasNewKey); !valid)
        return QtFuture::makeReadyFuture(valid);
    if (unit.adminKey.kind == SecretRef::Kind::Keychain && !hasNewKey) {
        // Unchanged key: keep the entry the BU already refers to (it may predate a rename).
        unit.adminKey = m_draft.businessUnits.at(indexOf(originalName)).adminKey;
    }
    if (!hasNewKey) {
        commitBusinessUnit(originalName, unit);
        return QtFuture::makeReadyFuture(okStatus());
    }
    if (!m_keychain)
        return QtFuture::makeReadyFuture(
            Status(Error(ErrorCode::Config,
                         tr("The OS keychain is not available. The admin key was not stored anywhere."))));
    const QString entry = keychainEntryFor(unit.name);
    unit.adminKey = SecretRef{SecretRef::Kind::Keychain, entry};
    return m_keychain->write(entry, adminKey)
        .then(this, [this, originalName, unit](Status written) -> Status {
            if (!written) {
                return Error(
                    ErrorCode::Config,
                    tr("The admin key could not be saved in the OS keychain, so it was not stored anywhere "
                       "and business unit %1 was not changed.\n\n%2")
                        .arg(unit.name, written.error().message()));
            }
            commitBusinessUnit(originalName, unit);
            return okStatus();
        });
}

void SettingsController::commitBusinessUnit(const QString &originalName, const BusinessUnitConfig &unit)
{
    const int row = originalName.isEmpty() ? -1 : indexOf(originalName);
    if (row < 0) {
        m_draft.businessUnits.append(unit);
    } else {
        m_draft.businessUnits[row] = unit;
        if (originalName != unit.name) {
            for (KeyOverride &override : m_draft.overrides) {
                if (override.businessUnit == originalName)
                    override.businessUnit = unit.name;
            }
        }
    }
    m_obsoleteEntries.removeAll(unit.adminKey.name);
    changed();
}

void SettingsController::removeBusinessUnit(const QString &name)
{
    const int row = indexOf(name);
    if (row < 0)
        return;
    const BusinessUnitConfig removed = m_draft.businessUnits.takeAt(row);
    // Only entries Tieout itself created are cleaned up, and only once the removal is saved.
    if (removed.adminKey.kind == SecretRef::Kind::Keychain &&
        removed.adminKey.name == keychainEntryFor(removed.name))
        m_obsoleteEntries.append(removed.adminKey.name);
    changed();
}

Status SettingsController::validateDatabase(const QString &text)
{
    if (text.trimmed().isEmpty())
        return okStatus();
    auto url = DatabaseUrl::parse(text.trimmed(), ErrorCode::Config);
    if (!url)
        return url.error();
    return okStatus();
}

void SettingsController::setDatabase(const QString &database)
{
    if (m_draft.database == database.trimmed())
        return;
    m_draft.database = database.trimmed();
    changed();
}

QFuture<Status> SettingsController::storeDatabasePassword(const QString &databaseUrl, const QString &password)
{
    auto url = DatabaseUrl::parse(databaseUrl.trimmed(), ErrorCode::Config);
    if (!url)
        return QtFuture::makeReadyFuture(Status(url.error()));
    if (url->engine() != DatabaseEngine::Postgres)
        return QtFuture::makeReadyFuture(
            Status(Error(ErrorCode::Config, tr("Only a PostgreSQL database takes a password."))));
    if (!m_keychain)
        return QtFuture::makeReadyFuture(
            Status(Error(ErrorCode::Config,
                         tr("The OS keychain is not available. The password was not stored anywhere."))));
    return m_keychain->write(url->keychainEntry(), password);
}

void SettingsController::setOverrides(const QList<KeyOverride> &overrides)
{
    if (m_draft.overrides == overrides)
        return;
    m_draft.overrides = overrides;
    changed();
}

Status SettingsController::save()
{
    // The file's own strict parser is the judge: what it would refuse is not written.
    if (auto valid = ConfigFile::parse(ConfigFile::serialize(m_draft), m_configPath); !valid)
        return valid.error();
    if (auto valid = validateDatabase(m_draft.database); !valid)
        return valid.error();
    const QFileInfo file(m_configPath);
    if (!QDir().mkpath(file.absolutePath()))
        return Error(ErrorCode::Io,
                     tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(file.absolutePath())));
    if (auto saved = ConfigFile::save(m_draft, m_configPath); !saved)
        return saved.error();
    m_saved = m_draft;
    if (m_keychain) {
        for (const QString &entry : std::as_const(m_obsoleteEntries))
            m_keychain->remove(entry); // best effort: a leftover entry is harmless, a lost config is not
    }
    m_obsoleteEntries.clear();
    emit configSaved(m_saved);
    emit draftChanged();
    return okStatus();
}

void SettingsController::revert()
{
    m_draft = m_saved;
    m_obsoleteEntries.clear();
    emit draftChanged();
}

Status SettingsController::importFrom(const QString &path)
{
    auto config = ConfigFile::load(path);
    if (!config)
        return config.error();
    m_draft = *config;
    changed();
    return okStatus();
}

Status SettingsController::exportTo(const QString &path) const
{
    return ConfigFile::save(m_draft, path);
}

void SettingsController::changed()
{
    emit draftChanged();
}

} // namespace tieout::ui
