#include "BenchWorker.h"

#include "BackfillPhase.h"
#include "BaselinePhase.h"
#include "BenchOptions.h"
#include "BenchScenario.h"
#include "FetchPhase.h"
#include "ProcessStats.h"
#include "ReconcilePhase.h"

#include <QJsonDocument>
#include <QTextStream>

namespace tieout::bench {

int BenchWorker::run(const BenchOptions &options)
{
    const BenchScenario scenario(options);
    StepResult result;
    if (options.worker == QLatin1String("fetch"))
        result = FetchPhase::run(scenario);
    else if (options.worker == QLatin1String("backfill"))
        result = BackfillPhase::run(scenario, options.engine, options.databaseUrl);
    else if (options.worker == QLatin1String("reconcile"))
        result = ReconcilePhase::run(scenario, options.engine, options.databaseUrl, options.workDir);
    else
        result = BaselinePhase::run(scenario, options.engine, options.databaseUrl);
    result.add(QStringLiteral("peak_mb"), QStringLiteral("peak RSS of the step (VmHWM)"),
               ProcessStats::peakRssMb(), QStringLiteral("MB"));
    result.add(QStringLiteral("cpu_s"), QStringLiteral("CPU time of the step (all threads)"),
               ProcessStats::processCpuSeconds(), QStringLiteral("s"), 1);
    QTextStream out(stdout);
    out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact) << '\n';
    out.flush();
    return result.ok() ? 0 : 1;
}

} // namespace tieout::bench
