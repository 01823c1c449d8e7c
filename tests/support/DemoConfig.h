#pragma once

#include "support/CliRunner.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace tieout::test {

// The business units of the sandbox's demo profile.
inline const QStringList DemoBusinessUnits = {QStringLiteral("DevFactory"), QStringLiteral("Education"),
                                              QStringLiteral("Research")};

// A config file for the demo BUs pointing at a sandbox, with each key in an environment variable
// of the runner (never in the file).
QString writeDemoConfig(const QTemporaryDir &dir, const QUrl &sandbox, const QString &fileName = QStringLiteral("tieout.json"));
// A runner for such a config, its environment holding the sandbox key of each demo BU.
CliRunner demoRunner(const QString &configPath);

} // namespace tieout::test
