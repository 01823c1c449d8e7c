#include "core/cli/CliOptions.h"

#include "core/money/DateRange.h"

#include <QHash>
#include <QSet>

namespace tieout::cli {

namespace {

Error usageError(const QString &message)
{
    return Error(ErrorCode::Usage, message + QStringLiteral("\nRun 'tieout-cli --help' for usage."));
}

const QHash<QString, Command> &commandsByName()
{
    static const QHash<QString, Command> commands = {
        {QStringLiteral("plan"), Command::Plan},         {QStringLiteral("probe"), Command::Probe},
        {QStringLiteral("backfill"), Command::Backfill}, {QStringLiteral("sync"), Command::Sync},
        {QStringLiteral("verify"), Command::Verify},     {QStringLiteral("reconcile"), Command::Reconcile},
        {QStringLiteral("export"), Command::Export},
    };
    return commands;
}

// Options each command accepts (global ones are accepted everywhere).
QSet<QString> allowedOptions(Command command)
{
    switch (command) {
    case Command::Plan: return {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("bu")};
    case Command::Probe: return {QStringLiteral("bu"), QStringLiteral("date")};
    case Command::Backfill:
        return {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("bu"), QStringLiteral("execute")};
    case Command::Sync: return {QStringLiteral("lookback-days"), QStringLiteral("bu")};
    case Command::Verify: return {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("bu")};
    case Command::Reconcile: return {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("by")};
    case Command::Export:
        return {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("format"), QStringLiteral("out")};
    }
    return {};
}

const QSet<QString> &valueOptions()
{
    static const QSet<QString> options = {QStringLiteral("config"), QStringLiteral("db"),     QStringLiteral("from"),
                                          QStringLiteral("to"),     QStringLiteral("bu"),     QStringLiteral("date"),
                                          QStringLiteral("lookback-days"), QStringLiteral("by"), QStringLiteral("format"),
                                          QStringLiteral("out")};
    return options;
}

const QSet<QString> &flagOptions()
{
    static const QSet<QString> options = {QStringLiteral("execute"), QStringLiteral("help"), QStringLiteral("version"),
                                          QStringLiteral("verbose")};
    return options;
}

Result<YearMonth> parseMonthOption(const QString &name, const QString &value)
{
    auto month = YearMonth::parse(value);
    if (!month)
        return usageError(QStringLiteral("--%1: %2").arg(name, month.error().message()));
    return month;
}

} // namespace

QString CliOptions::commandName(Command command)
{
    return commandsByName().key(command);
}

Result<CliOptions> CliOptions::parse(const QStringList &arguments)
{
    CliOptions options;
    QString commandWord;
    QHash<QString, QStringList> values; // option -> values in order
    QSet<QString> flags;

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString argument = arguments.at(i);
        if (argument == QLatin1String("-h")) {
            flags.insert(QStringLiteral("help"));
            continue;
        }
        if (argument == QLatin1String("-v") || argument == QLatin1String("-vv")) {
            options.verbosity += int(argument.size() - 1);
            continue;
        }
        if (!argument.startsWith(QLatin1String("--"))) {
            if (!commandWord.isEmpty())
                return usageError(QStringLiteral("unexpected argument \"%1\" after command %2").arg(argument, commandWord));
            commandWord = argument;
            continue;
        }
        QString name = argument.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasInlineValue = true;
        }
        if (flagOptions().contains(name)) {
            if (hasInlineValue)
                return usageError(QStringLiteral("--%1 takes no value").arg(name));
            if (name == QLatin1String("verbose"))
                ++options.verbosity;
            else
                flags.insert(name);
            continue;
        }
        if (!valueOptions().contains(name))
            return usageError(QStringLiteral("unknown option --%1").arg(name));
        if (!hasInlineValue) {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(QLatin1String("--")))
                return usageError(QStringLiteral("--%1 needs a value").arg(name));
            value = arguments.at(++i);
        }
        if (value.isEmpty())
            return usageError(QStringLiteral("--%1 needs a non-empty value").arg(name));
        if (name != QLatin1String("bu") && values.contains(name))
            return usageError(QStringLiteral("--%1 given more than once").arg(name));
        values[name].append(value);
    }

    options.helpRequested = flags.contains(QStringLiteral("help"));
    options.versionRequested = flags.contains(QStringLiteral("version"));
    if (options.helpRequested || options.versionRequested)
        return options;

    if (commandWord.isEmpty())
        return usageError(QStringLiteral("no command given (plan, probe, backfill, sync, verify, reconcile or export)"));
    const auto command = commandsByName().constFind(commandWord);
    if (command == commandsByName().constEnd())
        return usageError(QStringLiteral("unknown command \"%1\"").arg(commandWord));
    options.command = *command;

    const QSet<QString> allowed = allowedOptions(options.command);
    for (const QString &name : flags) {
        if (!allowed.contains(name))
            return usageError(QStringLiteral("%1 does not take --%2").arg(commandWord, name));
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const bool global = it.key() == QLatin1String("config") || it.key() == QLatin1String("db");
        if (!global && !allowed.contains(it.key()))
            return usageError(QStringLiteral("%1 does not take --%2").arg(commandWord, it.key()));
    }
    const auto single = [&](const QString &name) { return values.value(name).value(0); };

    options.configPath = single(QStringLiteral("config"));
    options.databaseUrl = single(QStringLiteral("db"));
    options.businessUnits = values.value(QStringLiteral("bu"));
    options.businessUnits.removeDuplicates();
    options.execute = flags.contains(QStringLiteral("execute"));
    options.outPath = single(QStringLiteral("out"));

    if (allowed.contains(QStringLiteral("from"))) {
        for (const QString &name : {QStringLiteral("from"), QStringLiteral("to")}) {
            if (!values.contains(name))
                return usageError(QStringLiteral("%1 needs --%2 YYYY-MM").arg(commandWord, name));
        }
        auto from = parseMonthOption(QStringLiteral("from"), single(QStringLiteral("from")));
        if (!from)
            return from.error();
        auto to = parseMonthOption(QStringLiteral("to"), single(QStringLiteral("to")));
        if (!to)
            return to.error();
        if (*from > *to)
            return usageError(QStringLiteral("--from %1 is after --to %2").arg(from->toString(), to->toString()));
        options.from = *from;
        options.to = *to;
    }

    switch (options.command) {
    case Command::Probe: {
        if (options.businessUnits.size() != 1)
            return usageError(QStringLiteral("probe needs exactly one --bu NAME"));
        if (!values.contains(QStringLiteral("date")))
            return usageError(QStringLiteral("probe needs --date YYYY-MM-DD"));
        auto date = parseIsoDay(single(QStringLiteral("date")));
        if (!date)
            return usageError(QStringLiteral("--date: %1").arg(date.error().message()));
        options.date = *date;
        break;
    }
    case Command::Sync:
        if (values.contains(QStringLiteral("lookback-days"))) {
            bool ok = false;
            const int days = single(QStringLiteral("lookback-days")).toInt(&ok);
            if (!ok || days < 1 || days > 366)
                return usageError(QStringLiteral("--lookback-days must be a whole number from 1 to 366, not \"%1\"")
                                      .arg(single(QStringLiteral("lookback-days"))));
            options.lookbackDays = days;
        }
        break;
    case Command::Reconcile:
        if (values.contains(QStringLiteral("by"))) {
            static const QHash<QString, ReconcileGrouping> groupings = {
                {QStringLiteral("month-bu"), ReconcileGrouping::MonthBu},
                {QStringLiteral("model"), ReconcileGrouping::Model},
                {QStringLiteral("workspace"), ReconcileGrouping::Workspace},
                {QStringLiteral("api-key"), ReconcileGrouping::ApiKey},
                {QStringLiteral("token-type"), ReconcileGrouping::TokenType}};
            const QString by = single(QStringLiteral("by"));
            if (!groupings.contains(by))
                return usageError(QStringLiteral("--by must be month-bu, model, workspace, api-key or token-type, not \"%1\"")
                                      .arg(by));
            options.grouping = groupings.value(by);
        }
        break;
    case Command::Export: {
        static const QHash<QString, ExportFormat> formats = {{QStringLiteral("recon"), ExportFormat::Recon},
                                                             {QStringLiteral("detail"), ExportFormat::Detail},
                                                             {QStringLiteral("focus"), ExportFormat::Focus}};
        if (!values.contains(QStringLiteral("format")))
            return usageError(QStringLiteral("export needs --format recon|detail|focus"));
        const QString format = single(QStringLiteral("format"));
        if (!formats.contains(format))
            return usageError(QStringLiteral("--format must be recon, detail or focus, not \"%1\"").arg(format));
        options.format = formats.value(format);
        if (options.outPath.isEmpty())
            return usageError(QStringLiteral("export needs --out FILE"));
        break;
    }
    case Command::Plan:
    case Command::Backfill:
    case Command::Verify:
        break;
    }
    return options;
}

QString CliOptions::usage()
{
    return QStringLiteral(
        "Usage: tieout-cli [--config FILE] [--db URL] COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  plan      --from YYYY-MM --to YYYY-MM [--bu NAME]...   month windows per BU (no network, no writes)\n"
        "  probe     --bu NAME --date YYYY-MM-DD                 read-only fetch of one day\n"
        "  backfill  --from YYYY-MM --to YYYY-MM [--bu NAME]... [--execute]\n"
        "                                                        preview (read-only diff) unless --execute\n"
        "  sync      [--lookback-days N] [--bu NAME]...          re-fetch recent days, record restatements\n"
        "  verify    --from YYYY-MM --to YYYY-MM [--bu NAME]...   read-only checks\n"
        "  reconcile --from YYYY-MM --to YYYY-MM [--by month-bu|model|workspace|api-key|token-type]\n"
        "  export    --from YYYY-MM --to YYYY-MM --format recon|detail|focus --out FILE\n"
        "\n"
        "Options:\n"
        "  --config FILE   JSON config (default: $TIEOUT_CONFIG, then ~/.config/Tieout/tieout/tieout.json)\n"
        "  --db URL        sqlite:PATH or postgresql://user@host:port/dbname (password from\n"
        "                  $TIEOUT_DB_PASSWORD or $PGPASSWORD)\n"
        "  -v, --verbose   more progress on stderr (twice: debug logs; keys are always redacted)\n"
        "  -h, --help      this text\n"
        "      --version   the version\n"
        "\n"
        "Exit codes: 0 success, 1 a check failed, 2 usage error, 3 API or network error, 4 database error.\n"
        "Progress goes to stderr; results to stdout.\n");
}

} // namespace tieout::cli
