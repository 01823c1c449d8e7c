#pragma once

#include "core/store/DatabaseWorker.h"
#include "ui/common/DatabaseHandle.h"

#include <QFuture>
#include <QObject>

#include <memory>
#include <vector>

namespace tieout::ui {

// Store work for a page or a settings tab (the tie-out reconciliation, the health report, the
// price book's loads and single-entry writes), run on a DatabaseWorker of its own so it never
// waits behind a backfill's writes and never blocks the GUI thread. A database change swaps the worker; a job still running on the old
// one keeps it alive until it finishes, and the old worker is released on the GUI thread —
// so switching databases never joins a busy thread here.
class StoreJobs final : public QObject
{
    Q_OBJECT

public:
    explicit StoreJobs(QObject *parent = nullptr);
    ~StoreJobs() override;

    void setDatabase(DatabaseHandle database);
    bool hasDatabase() const { return m_current != nullptr; }
    int runningJobs() const;

    // Runs job(Database *) on the current database's worker; the future finishes on the GUI
    // thread. Call only when hasDatabase().
    template<typename Job>
    auto run(Job job) -> QFuture<decltype(job(std::declval<Database *>()))>
    {
        using R = decltype(job(std::declval<Database *>()));
        Slot *slot = m_current;
        ++slot->running;
        return slot->worker->run(std::move(job)).then(this, [this, slot](R result) {
            finished(slot);
            return result;
        });
    }

private:
    struct Slot
    {
        std::unique_ptr<DatabaseWorker> worker;
        int running = 0;
    };

    void finished(Slot *slot);
    void releaseIdle();

    std::vector<std::unique_ptr<Slot>> m_slots; // the current one and retired busy ones
    Slot *m_current = nullptr;
};

} // namespace tieout::ui
