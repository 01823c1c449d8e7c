#pragma once

#include "core/common/Result.h"
#include "core/pricing/PriceBook.h"
#include "core/store/StoreRecords.h"
#include "ui/common/DatabaseHandle.h"

#include <QFuture>
#include <QObject>

namespace tieout::ui {

class StoreJobs;

// The price book in force, as the CLI's reconcile sees it: the bundled list prices plus the
// user's entries stored in the database's price_entries table (PriceBookSource). Adding an entry
// writes its rows there, off the GUI thread (StoreJobs: switching databases never waits for a
// running load or write), so it counts for every face and every user of a shared database.
// Without an open database only the bundled prices can be shown.
class StoredPriceBook final : public QObject
{
    Q_OBJECT

public:
    explicit StoredPriceBook(QObject *parent = nullptr);
    ~StoredPriceBook() override;

    void setDatabase(DatabaseHandle database);
    bool hasDatabase() const;

    // Bundled + stored user entries (bundled only without a database).
    QFuture<Result<PriceBook>> load();
    // Stores one user entry (all five token types, and the long-context band if it has one).
    QFuture<Status> addUserEntry(const PriceEntry &entry);

    // The table rows of one entry: one per token type and context band, standard tier.
    static PriceEntryRows rowsFor(const PriceEntry &entry);

signals:
    void databaseChanged();

private:
    StoreJobs *m_jobs;
};

} // namespace tieout::ui
