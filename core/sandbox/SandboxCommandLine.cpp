#include "core/sandbox/SandboxCommandLine.h"

#include <QCommandLineParser>

namespace tieout::sandbox {

namespace {

Error usageError(const QString &message)
{
    return Error(ErrorCode::Usage, message);
}

Result<qint64> integer(const QString &option, const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return usageError(QStringLiteral("--%1: expected an integer from %2 to %3, got \"%4\"")
                              .arg(option)
                              .arg(min)
                              .arg(max)
                              .arg(text));
    return value;
}

void addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("profile"), QStringLiteral("demo (3 BUs) or large (7 BUs). Default demo."),
         QStringLiteral("name"), QStringLiteral("demo")},
        {QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1; 0 picks a free one. Default 0."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the synthetic data. Default 20250101."),
         QStringLiteral("N")},
        {QStringLiteral("key"),
         QStringLiteral("Admin key of a BU (repeatable). Default sk-ant-admin01-sandbox-<bu lowercase>."),
         QStringLiteral("BU=KEY")},
        {QStringLiteral("first-day"), QStringLiteral("First day with data. Default: the profile's (2025-01-01)."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("last-day"), QStringLiteral("Last day with data. Default: today (UTC)."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("restate-from"),
         QStringLiteral("Serve different numbers from this day on, as if the API restated them. Default: never."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("faults"),
         QStringLiteral("Faults to inject: 429,500,529,504,slow,truncated,malformed or all."),
         QStringLiteral("list")},
        {QStringLiteral("fault-rate"),
         QStringLiteral("Probability that a request gets a fault, 0..1. Default 0.2."), QStringLiteral("P"),
         QStringLiteral("0.2")},
        {QStringLiteral("slow-ms"), QStringLiteral("Delay of a slow response in ms. Default 3000."),
         QStringLiteral("N"), QStringLiteral("3000")},
        {QStringLiteral("fault-seed"), QStringLiteral("Seed of the fault stream. Default 1."),
         QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("max-consecutive-faults"),
         QStringLiteral(
             "Faults in a row for the same request before it is let through; 0 = no cap. Default 3."),
         QStringLiteral("N"), QStringLiteral("3")},
        {QStringLiteral("print-totals"),
         QStringLiteral(
             "Print usage rows, cost lines and billed dollars per BU and month (--from, --to), then exit.")},
        {QStringLiteral("from"), QStringLiteral("First month for --print-totals."),
         QStringLiteral("YYYY-MM")},
        {QStringLiteral("to"), QStringLiteral("Last month for --print-totals (inclusive)."),
         QStringLiteral("YYYY-MM")},
        {{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")},
        {{QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Show the version.")},
    });
}

} // namespace

QString SandboxCommandLine::usage()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves the Anthropic Admin API report and directory endpoints on 127.0.0.1 from deterministic\n"
        "synthetic organizations, one per BU, selected by x-api-key. The first line on stdout is\n"
        "\"Tieout sandbox listening on http://127.0.0.1:PORT\"."));
    addOptions(parser);
    // helpText() starts with "Usage: <program>"; name it explicitly for the tests and the docs.
    QString text = parser.helpText();
    const qsizetype lineEnd = text.indexOf(u'\n');
    return QStringLiteral("Usage: tieout-sandbox [options]") + text.mid(lineEnd);
}

Result<SandboxOptions> SandboxCommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    SandboxOptions options;
    options.help = parser.isSet(QStringLiteral("help"));
    options.version = parser.isSet(QStringLiteral("version"));
    auto profile = SandboxProfile::byName(parser.value(QStringLiteral("profile")));
    if (!profile)
        return profile.error();
    options.profile = *profile;

    const auto port = integer(QStringLiteral("port"), parser.value(QStringLiteral("port")), 0, 65535);
    if (!port)
        return port.error();
    options.port = static_cast<quint16>(*port);
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.profile.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usageError(QStringLiteral("--seed: expected a non-negative integer"));
    }
    for (const QString &assignment : parser.values(QStringLiteral("key"))) {
        const qsizetype eq = assignment.indexOf(u'=');
        if (eq <= 0)
            return usageError(QStringLiteral("--key: expected BU=KEY"));
        const Status set = options.profile.setAdminKey(assignment.left(eq), assignment.mid(eq + 1));
        if (!set)
            return usageError(QStringLiteral("--key: ") + set.error().message());
    }
    if (parser.isSet(QStringLiteral("first-day"))) {
        options.profile.firstDay = QDate::fromString(parser.value(QStringLiteral("first-day")), Qt::ISODate);
        if (!options.profile.firstDay.isValid())
            return usageError(QStringLiteral("--first-day: expected YYYY-MM-DD"));
    }
    if (parser.isSet(QStringLiteral("restate-from"))) {
        options.profile.restateFrom = QDate::fromString(parser.value(QStringLiteral("restate-from")), Qt::ISODate);
        if (!options.profile.restateFrom.isValid())
            return usageError(QStringLiteral("--restate-from: expected YYYY-MM-DD"));
    }
    if (parser.isSet(QStringLiteral("last-day"))) {
        options.profile.lastDay = QDate::fromString(parser.value(QStringLiteral("last-day")), Qt::ISODate);
        if (!options.profile.lastDay.isValid())
            return usageError(QStringLiteral("--last-day: expected YYYY-MM-DD"));
    }

    if (parser.isSet(QStringLiteral("faults"))) {
        const auto kinds = FaultSettings::parseKinds(parser.value(QStringLiteral("faults")));
        if (!kinds)
            return usageError(QStringLiteral("--faults: ") + kinds.error().message());
        options.faults.kinds = *kinds;
    }
    bool rateOk = false;
    options.faults.rate = parser.value(QStringLiteral("fault-rate")).toDouble(&rateOk);
    if (!rateOk || options.faults.rate < 0.0 || options.faults.rate > 1.0)
        return usageError(QStringLiteral("--fault-rate: expected a probability from 0 to 1"));
    const auto slow =
        integer(QStringLiteral("slow-ms"), parser.value(QStringLiteral("slow-ms")), 0, 3'600'000);
    if (!slow)
        return slow.error();
    options.faults.slowMs = static_cast<int>(*slow);
    bool seedOk = false;
    options.faults.seed = parser.value(QStringLiteral("fault-seed")).toULongLong(&seedOk);
    if (!seedOk)
        return usageError(QStringLiteral("--fault-seed: expected a non-negative integer"));
    const auto cap = integer(QStringLiteral("max-consecutive-faults"),
                             parser.value(QStringLiteral("max-consecutive-faults")), 0, 1000);
    if (!cap)
        return cap.error();
    options.faults.maxConsecutive = static_cast<int>(*cap);

    options.printTotals = parser.isSet(QStringLiteral("print-totals"));
    if (options.printTotals) {
        const auto from = YearMonth::parse(parser.value(QStringLiteral("from")));
        const auto to = YearMonth::parse(parser.value(QStringLiteral("to")));
        if (!from || !to)
            return usageError(QStringLiteral("--print-totals needs --from YYYY-MM and --to YYYY-MM"));
        if (*to < *from)
            return usageError(QStringLiteral("--to is before --from"));
        options.from = *from;
        options.to = *to;
    } else if (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"))) {
        return usageError(QStringLiteral("--from and --to only go with --print-totals"));
    }
    return options;
}

} // namespace tieout::sandbox
