#include "WindowScheduler.h"

#include <QPromise>

namespace tieout::bench {

WindowScheduler::WindowScheduler(QList<backfill::PlannedWindow> windows, int parallel, Job job,
                                 QObject *parent)
    : QObject(parent), m_parallel(qMax(1, parallel)), m_job(std::move(job))
{
    for (const backfill::PlannedWindow &window : windows) {
        if (!m_queues.contains(window.businessUnit))
            m_pendingUnits.append(window.businessUnit);
        m_queues[window.businessUnit].append(window);
    }
}

WindowScheduler::~WindowScheduler() = default;

QFuture<Result<qint64>> WindowScheduler::start()
{
    m_promise = std::make_shared<QPromise<Result<qint64>>>();
    m_promise->start();
    QFuture<Result<qint64>> future = m_promise->future();
    startUnits();
    return future;
}

void WindowScheduler::startUnits()
{
    while (!m_error && m_active < m_parallel && !m_pendingUnits.isEmpty()) {
        ++m_active;
        runNext(m_pendingUnits.takeFirst());
    }
    if (m_active > 0 || !m_promise)
        return;
    m_promise->addResult(m_error ? Result<qint64>(*m_error) : Result<qint64>(m_total));
    m_promise->finish();
    m_promise.reset();
}

void WindowScheduler::runNext(const QString &businessUnit)
{
    QList<backfill::PlannedWindow> &queue = m_queues[businessUnit];
    if (m_error || queue.isEmpty()) {
        --m_active;
        startUnits();
        return;
    }
    const backfill::PlannedWindow window = queue.takeFirst();
    m_job(window).then(this, [this, businessUnit](Result<qint64> done) {
        if (done)
            m_total += *done;
        else if (!m_error)
            m_error = done.error();
        runNext(businessUnit);
    });
}

} // namespace tieout::bench
