#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

namespace tieout::gui {

// The desktop app's command line:
//   tieout [--config FILE] [--db URL] [--lang LANG] [--measure-startup]
// --config and the config-file lookup are the CLI's (SPEC §8), so both faces share one file:
// --config, else $TIEOUT_CONFIG, else <AppConfigLocation>/tieout.json. --lang (or $TIEOUT_LANG)
// picks the interface language for tests and screenshots; the default is the system's.
struct GuiOptions
{
    Q_DECLARE_TR_FUNCTIONS(GuiOptions)

public:
    QString configPath;
    bool configPathExplicit = false; // from --config or $TIEOUT_CONFIG
    QString databaseUrl;             // empty: the config file's, then the default SQLite file
    QString language;                // empty: the system's
    // --measure-startup: print how long it took from main() to the first painted Tie-out page with
    // data, then quit (docs/gui-performance.md).
    bool measureStartup = false;
    bool helpRequested = false;
    bool versionRequested = false;
    QString helpText;

    static Result<GuiOptions> parse(const QStringList &arguments, const QProcessEnvironment &environment);
    static QString defaultConfigPath();
};

} // namespace tieout::gui
