#include "GuiOptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

namespace tieout::gui {

QString GuiOptions::defaultConfigPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("tieout.json"));
}

Result<GuiOptions> GuiOptions::parse(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Tieout: ties Anthropic usage at list price out against what was billed."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption config(
        QStringLiteral("config"),
        tr("Read and save the config file FILE (default: $TIEOUT_CONFIG, then %1).")
            .arg(QDir::toNativeSeparators(defaultConfigPath())),
        tr("FILE"));
    const QCommandLineOption database(
        QStringLiteral("db"),
        tr("Use the database URL (sqlite:PATH or postgresql://user@host:port/db) "
           "instead of the config file's, for this session."),
        tr("URL"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      tr("Interface language, e.g. de or en (default: $TIEOUT_LANG, then the "
                                         "system's)."),
                                      tr("LANG"));
    const QCommandLineOption measureStartup(
        QStringLiteral("measure-startup"),
        tr("Print the time from start to the first painted Tie-out page with data, then quit."));
    parser.addOptions({config, database, language, measureStartup});

    GuiOptions options;
    if (!parser.parse(arguments))
        return Error(ErrorCode::Usage, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return Error(ErrorCode::Usage,
                     tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
    options.helpRequested = parser.isSet(help);
    options.versionRequested = parser.isSet(version);
    options.helpText = parser.helpText();

    if (parser.isSet(config)) {
        options.configPath = parser.value(config);
        options.configPathExplicit = true;
    } else if (environment.contains(QStringLiteral("TIEOUT_CONFIG")) &&
               !environment.value(QStringLiteral("TIEOUT_CONFIG")).isEmpty()) {
        options.configPath = environment.value(QStringLiteral("TIEOUT_CONFIG"));
        options.configPathExplicit = true;
    } else {
        options.configPath = defaultConfigPath();
    }
    options.databaseUrl = parser.value(database);
    options.measureStartup = parser.isSet(measureStartup);
    options.language =
        parser.isSet(language) ? parser.value(language) : environment.value(QStringLiteral("TIEOUT_LANG"));
    return options;
}

} // namespace tieout::gui
