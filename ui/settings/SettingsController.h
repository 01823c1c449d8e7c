#pragma once

#include "core/common/Result.h"
#include "core/config/AppConfig.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

namespace tieout {
class SecretStore;
}

namespace tieout::ui {

// The Settings page's working copy of the config file (SPEC §8), without widgets: BUs, the
// database, key->BU overrides; import, export and save to the file the CLI also reads.
// Admin keys go to the OS keychain through SecretStore under "tieout/<bu>" and the draft only
// records {"keychain": "tieout/<bu>"}. There is no fallback: when the keychain refuses, the key
// is stored nowhere and the BU is left unchanged.
class SettingsController final : public QObject
{
    Q_OBJECT

public:
    SettingsController(SecretStore *keychain, QString configPath, QObject *parent = nullptr);

    static QString keychainEntryFor(const QString &businessUnit);

    QString configPath() const { return m_configPath; }
    // The config in use (what was loaded or last saved); the draft starts as a copy.
    void load(const AppConfig &config);
    const AppConfig &draft() const { return m_draft; }
    const AppConfig &saved() const { return m_saved; }
    bool isModified() const { return !(m_draft == m_saved); }

    // Checks a BU as the dialog would save it. `originalName` is the BU being edited (empty
    // for a new one); `hasNewKey` says whether a key was typed for the keychain.
    Status validateBusinessUnit(const BusinessUnitConfig &unit, const QString &originalName,
                                bool hasNewKey) const;
    // Adds or replaces (by `originalName`) a BU. With a non-empty `adminKey` the key is written
    // to the keychain first and the BU is changed only if that succeeds. Renaming a BU also
    // renames it in the overrides that point at it.
    QFuture<Status> applyBusinessUnit(const QString &originalName, BusinessUnitConfig unit,
                                      const QString &adminKey);
    void removeBusinessUnit(const QString &name);

    // Empty text means the default SQLite file. Checked with the store's URL parser.
    static Status validateDatabase(const QString &text);
    void setDatabase(const QString &database);
    // Puts a PostgreSQL password in the keychain entry the store looks it up under.
    QFuture<Status> storeDatabasePassword(const QString &databaseUrl, const QString &password);

    void setOverrides(const QList<KeyOverride> &overrides);

    // Writes the draft to configPath (creating its folder) after the config file's own strict
    // checks; on success the draft becomes the config in use and configSaved() is emitted.
    Status save();
    void revert();
    // Replaces the draft with a config file's content (not saved until save()).
    Status importFrom(const QString &path);
    Status exportTo(const QString &path) const;

signals:
    void draftChanged();
    void configSaved(const tieout::AppConfig &config);

private:
    int indexOf(const QString &name) const;
    void commitBusinessUnit(const QString &originalName, const BusinessUnitConfig &unit);
    void changed();

    SecretStore *m_keychain;
    QString m_configPath;
    AppConfig m_saved;
    AppConfig m_draft;
    QStringList m_obsoleteEntries; // keychain entries of removed BUs, deleted on save
};

} // namespace tieout::ui
