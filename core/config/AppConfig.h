#pragma once

#include "core/money/Money.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tieout {

// Where an admin key comes from. The key itself never appears in a config file (SPEC §8).
struct SecretRef
{
    enum class Kind { Environment, Keychain };
    Kind kind = Kind::Environment;
    QString name; // environment variable name, or keychain entry name

    friend bool operator==(const SecretRef &, const SecretRef &) = default;
};

struct BusinessUnitConfig
{
    QString name;
    QUrl apiBaseUrl = QUrl(QStringLiteral("https://api.anthropic.com"));
    SecretRef adminKey;

    friend bool operator==(const BusinessUnitConfig &, const BusinessUnitConfig &) = default;
};

// A key→BU override: usage of this API key belongs to `businessUnit`, whoever fetched it.
struct KeyOverride
{
    QString apiKeyId;
    QString businessUnit;

    friend bool operator==(const KeyOverride &, const KeyOverride &) = default;
};

// Thresholds for checks and statuses (SPEC §5). The ratio band is in basis points
// (1.5 = 15000) so that comparisons against exact money ratios stay in integers.
struct CheckSettings
{
    int ratioLowBasisPoints = 8'000;
    int ratioHighBasisPoints = 15'000;
    Money largestLineThreshold = Money::fromDollars(10'000);
    int lookbackDays = 3;

    friend bool operator==(const CheckSettings &, const CheckSettings &) = default;
};

// The whole configuration: what the CLI reads and the GUI imports and exports.
struct AppConfig
{
    QString database; // "sqlite:PATH" or "postgresql://user@host:port/db"; empty = default SQLite file
    QList<BusinessUnitConfig> businessUnits;
    QList<KeyOverride> overrides;
    CheckSettings checks;

    const BusinessUnitConfig *findBusinessUnit(const QString &name) const;
    // Every BU that is configured or is the target of an override, in code-point order:
    // the rows of the recon export (SPEC §9).
    QStringList reportBusinessUnits() const;

    friend bool operator==(const AppConfig &, const AppConfig &) = default;
};

} // namespace tieout
