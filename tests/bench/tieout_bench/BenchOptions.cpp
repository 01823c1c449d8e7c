#include "BenchOptions.h"

#include "core/sandbox/SandboxProfile.h"

#include <QCommandLineParser>

namespace tieout::bench {

namespace {

Error usage(const QString &message)
{
    return Error(ErrorCode::Usage, message);
}

} // namespace

YearMonth BenchOptions::to() const
{
    const int absolute = 2025 * 12 + months - 1;
    return YearMonth(absolute / 12, absolute % 12 + 1);
}

QStringList BenchOptions::allPhases()
{
    return {QStringLiteral("fetch"), QStringLiteral("backfill"), QStringLiteral("reconcile"),
            QStringLiteral("baseline")};
}

Result<BenchOptions> BenchOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures fetch, backfill, reconcile and the old SQL allocation against an in-process sandbox "
        "and real databases. See docs/benchmarks.md."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("phases"),
         QStringLiteral("Comma-separated: fetch,backfill,reconcile,baseline (default all)."),
         QStringLiteral("list")},
        {QStringLiteral("profile"), QStringLiteral("Sandbox profile: large (default) or demo."),
         QStringLiteral("name")},
        {QStringLiteral("months"), QStringLiteral("Months from 2025-01 (default 12)."), QStringLiteral("N")},
        {QStringLiteral("pg"),
         QStringLiteral("PostgreSQL URL (default: TIEOUT_TEST_PG_URL; none = SQLite only)."),
         QStringLiteral("URL")},
        {QStringLiteral("json"), QStringLiteral("Also write the results as JSON to FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("keep"), QStringLiteral("Keep the work files (SQLite database, export) in DIR."),
         QStringLiteral("DIR")},
        {QStringLiteral("verbose"), QStringLiteral("Log tieout.* info messages.")},
        {QStringLiteral("worker"), QStringLiteral("Internal: run one phase and print JSON."),
         QStringLiteral("phase")},
        {QStringLiteral("engine"), QStringLiteral("Internal: sqlite or postgres."), QStringLiteral("engine")},
        {QStringLiteral("db"), QStringLiteral("Internal: database URL of the step."), QStringLiteral("URL")},
        {QStringLiteral("work-dir"), QStringLiteral("Internal: folder for the step's files."),
         QStringLiteral("DIR")},
    });
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        BenchOptions help;
        help.helpText = parser.helpText();
        return help;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().first()));

    BenchOptions options;
    const QStringList known = allPhases();
    if (parser.isSet(QStringLiteral("phases"))) {
        const QStringList asked = parser.value(QStringLiteral("phases")).split(u',', Qt::SkipEmptyParts);
        for (const QString &phase : asked) {
            if (!known.contains(phase.trimmed()))
                return usage(QStringLiteral("--phases: unknown phase \"%1\" (expected %2)")
                                 .arg(phase, known.join(u',')));
        }
        for (const QString &phase : known) { // canonical order
            if (asked.contains(phase))
                options.phases.append(phase);
        }
    } else {
        options.phases = known;
    }
    if (parser.isSet(QStringLiteral("profile")))
        options.profile = parser.value(QStringLiteral("profile"));
    if (!sandbox::SandboxProfile::byName(options.profile))
        return usage(QStringLiteral("--profile: expected large or demo, got \"%1\"").arg(options.profile));
    if (parser.isSet(QStringLiteral("months"))) {
        bool ok = false;
        options.months = parser.value(QStringLiteral("months")).toInt(&ok);
        if (!ok || options.months < 1 || options.months > 24)
            return usage(QStringLiteral("--months: expected 1 to 24"));
    }
    options.postgresUrl = parser.isSet(QStringLiteral("pg")) ? parser.value(QStringLiteral("pg"))
                                                             : qEnvironmentVariable("TIEOUT_TEST_PG_URL");
    options.jsonPath = parser.value(QStringLiteral("json"));
    options.keepDir = parser.value(QStringLiteral("keep"));
    options.verbose = parser.isSet(QStringLiteral("verbose"));
    options.worker = parser.value(QStringLiteral("worker"));
    options.engine = parser.value(QStringLiteral("engine"));
    options.databaseUrl = parser.value(QStringLiteral("db"));
    options.workDir = parser.value(QStringLiteral("work-dir"));
    if (!options.worker.isEmpty() && !known.contains(options.worker))
        return usage(QStringLiteral("--worker: unknown phase \"%1\"").arg(options.worker));
    return options;
}

QStringList BenchOptions::workerArguments(const QString &phase, const QString &engine,
                                          const QString &url) const
{
    QStringList arguments{QStringLiteral("--worker"),   phase,
                          QStringLiteral("--profile"),  profile,
                          QStringLiteral("--months"),   QString::number(months),
                          QStringLiteral("--work-dir"), workDir};
    if (!engine.isEmpty())
        arguments << QStringLiteral("--engine") << engine;
    if (!url.isEmpty())
        arguments << QStringLiteral("--db") << url;
    if (verbose)
        arguments << QStringLiteral("--verbose");
    return arguments;
}

} // namespace tieout::bench
