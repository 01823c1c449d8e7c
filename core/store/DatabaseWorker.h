#pragma once

#include "core/common/Result.h"

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace tieout {

class Database;

// Runs database work off the calling (GUI or CLI main) thread, on one dedicated thread with its
// own connection, so SQL never blocks the event loop and work on one database is serialized.
// Results come back as futures; attach continuations with .then(context, …).
class DatabaseWorker final
{
public:
    explicit DatabaseWorker(std::shared_ptr<Database> database);
    ~DatabaseWorker();
    DatabaseWorker(const DatabaseWorker &) = delete;
    DatabaseWorker &operator=(const DatabaseWorker &) = delete;

    const std::shared_ptr<Database> &database() const { return m_database; }

    // `job` is called as job(Database *) on the worker thread (null when there is no database
    // yet, e.g. a preview before the first write); its return value is the future's.
    template<typename Job>
    auto run(Job job) -> QFuture<decltype(job(std::declval<Database *>()))>
    {
        auto database = m_database;
        return QtConcurrent::run(&m_pool, [database, job = std::move(job)]() mutable { return job(database.get()); });
    }

private:
    std::shared_ptr<Database> m_database;
    QThreadPool m_pool;
};

} // namespace tieout
