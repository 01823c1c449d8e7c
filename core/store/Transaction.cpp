#include "core/store/Transaction.h"

#include "core/common/LogCategories.h"
#include "core/store/SqlSupport.h"

#include <QSqlError>

namespace tieout {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db)) {}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::begin()
{
    Q_ASSERT(!m_active);
    if (sql::engineOf(m_db) == DatabaseEngine::Sqlite) {
        // The Qt SQLite driver keeps no transaction state, so BEGIN IMMEDIATE pairs with its COMMIT.
        if (auto status = sql::execStatement(m_db, QStringLiteral("BEGIN IMMEDIATE"),
                                             QStringLiteral("cannot start a transaction"));
            !status)
            return status;
    } else if (!m_db.transaction()) {
        return sql::databaseError(QStringLiteral("cannot start a transaction"), m_db.lastError());
    }
    m_active = true;
    return okStatus();
}

Status Transaction::commit()
{
    Q_ASSERT(m_active);
    // The PostgreSQL driver reports a COMMIT that the server turned into a ROLLBACK as a failure.
    if (!m_db.commit()) {
        const Error error = sql::databaseError(QStringLiteral("cannot commit"), m_db.lastError());
        rollback();
        return error;
    }
    m_active = false;
    return okStatus();
}

void Transaction::rollback()
{
    m_active = false;
    if (!m_db.isOpen())
        return; // closing the connection already rolled back
    if (!m_db.rollback())
        qCDebug(lcStore) << "rollback failed:" << m_db.lastError().text();
}

} // namespace tieout
