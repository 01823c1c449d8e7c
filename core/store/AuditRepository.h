#pragma once

#include "core/common/Result.h"
#include "core/store/StoreRecords.h"

#include <QSqlDatabase>

namespace tieout {

// The audit_log table: one row per write to the store, appended inside the write's own
// transaction so that a rolled-back write leaves no audit row claiming it happened.
class AuditRepository final
{
public:
    explicit AuditRepository(QSqlDatabase db);

    Status append(const AuditRecord &record);
    // Newest first; a null businessUnit reads every BU.
    Result<AuditRecords> recent(int limit, const QString &businessUnit = QString());

private:
    QSqlDatabase m_db;
};

} // namespace tieout
