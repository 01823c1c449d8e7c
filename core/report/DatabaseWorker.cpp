#include "core/report/DatabaseWorker.h"

#include "core/store/Database.h"

namespace tieout {

DatabaseWorker::DatabaseWorker(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
    m_pool.setMaxThreadCount(1);
}

DatabaseWorker::~DatabaseWorker()
{
    m_pool.waitForDone();
}

} // namespace tieout
