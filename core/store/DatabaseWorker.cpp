#include "core/store/DatabaseWorker.h"

#include "core/store/Database.h"

#include <QSemaphore>

namespace tieout {

DatabaseWorker::DatabaseWorker(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // one long-lived thread: one connection, opened once
}

DatabaseWorker::~DatabaseWorker()
{
    // Close the connection on the worker thread itself before the pool joins it: the store's
    // thread-exit cleanup runs after QThread::wait() returns and would race with process
    // shutdown. QThreadPool::start + a semaphore, not QFuture::waitForFinished(), which may steal
    // a queued task and run it on this thread instead.
    if (m_database) {
        QSemaphore closed;
        auto database = m_database;
        m_pool.start([database, &closed] {
            database->closeThreadConnection();
            closed.release();
        });
        closed.acquire();
    }
    m_pool.waitForDone();
}

} // namespace tieout
