#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>

namespace tieout {

// One write transaction, rolled back unless committed: a failure anywhere leaves the database
// as it was. On SQLite it starts with BEGIN IMMEDIATE so the write lock is taken up front (a
// deferred transaction that reads and then writes can fail with SQLITE_BUSY without waiting).
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();
    Status commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace tieout
