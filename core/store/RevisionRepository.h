#pragma once

#include "core/common/Result.h"
#include "core/money/DateRange.h"
#include "core/store/StoreRecords.h"

#include <QSqlDatabase>

namespace tieout {

// The revisions table: days whose billed dollars or usage tokens changed when sync fetched them
// again (SPEC §6), so restatements stay visible after the rows themselves were replaced.
class RevisionRepository final
{
public:
    explicit RevisionRepository(QSqlDatabase db);

    Status insert(const RevisionRecords &records);
    // Ordered by BU, date, detected_at; a null businessUnit reads every BU.
    Result<RevisionRecords> load(const DateRange &range, const QString &businessUnit = QString());

    // The days of `before` that were fetched before and now hold different totals in `after`.
    static RevisionRecords changedDays(const QString &businessUnit, const DayTotals &before,
                                       const DayTotals &after, const QDateTime &detectedAt);

private:
    QSqlDatabase m_db;
};

} // namespace tieout
