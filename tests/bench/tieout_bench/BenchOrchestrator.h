#pragma once

#include "BenchOptions.h"
#include "StepResult.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <memory>

namespace tieout::bench {

// Runs the selected phases, each (phase, engine) as a child process of this executable
// (`--worker`), so that every step starts from a clean heap and its peak RSS is its own; keeps
// the work folder and the PostgreSQL schema for the run; prints the table and writes the JSON.
class BenchOrchestrator final
{
public:
    explicit BenchOrchestrator(BenchOptions options);
    ~BenchOrchestrator();

    int run(); // 0 when every step ran (targets missed or not), 1 when a step failed

private:
    struct Step
    {
        QString phase;
        QString engine;
        QString databaseUrl;
        bool setup = false; // data for a later phase; not reported
    };

    Status prepare();
    QList<Step> plan() const;
    StepResult runStep(const Step &step);
    void dropPostgresSchema();
    void printHeader(QTextStream &out) const;
    Status writeJson(const QList<StepResult> &steps) const;
    void progress(const QString &line) const;

    BenchOptions m_options;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_workDir;
    QString m_sqliteUrl;
    QString m_postgresUrl; // with the run's own schema; empty = SQLite only
    QString m_postgresSchema;
    bool m_reuseSqlite = false;
    QString m_loadAtStart;
    QElapsedTimer m_elapsed;
    QList<StepResult> m_steps;
};

} // namespace tieout::bench
