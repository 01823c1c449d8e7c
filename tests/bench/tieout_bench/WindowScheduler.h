#pragma once

#include "core/backfill/BackfillPlan.h"
#include "core/common/Result.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPromise>

#include <functional>
#include <memory>
#include <optional>

namespace tieout::bench {

// Runs one asynchronous job per planned window on BackfillRunner's schedule — `parallel` BUs at
// a time, each BU's months one after another — without the database. The future finishes with
// the sum of the jobs' counts, or the first error (no new windows start after it).
class WindowScheduler final : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<QFuture<Result<qint64>>(const backfill::PlannedWindow &window)>;

    WindowScheduler(QList<backfill::PlannedWindow> windows, int parallel, Job job, QObject *parent = nullptr);
    ~WindowScheduler() override;

    QFuture<Result<qint64>> start();

private:
    void startUnits();
    void runNext(const QString &businessUnit);

    int m_parallel;
    Job m_job;
    QStringList m_pendingUnits;
    QHash<QString, QList<backfill::PlannedWindow>> m_queues;
    int m_active = 0;
    qint64 m_total = 0;
    std::optional<Error> m_error;
    std::shared_ptr<QPromise<Result<qint64>>> m_promise;
};

} // namespace tieout::bench
