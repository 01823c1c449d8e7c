#include "ui/common/StoreJobs.h"

#include <algorithm>

namespace tieout::ui {

StoreJobs::StoreJobs(QObject *parent) : QObject(parent) {}

// Joins the workers: waits for jobs still running (only at shutdown or when a page goes away).
StoreJobs::~StoreJobs() = default;

void StoreJobs::setDatabase(DatabaseHandle database)
{
    m_current = nullptr;
    if (database) {
        auto slot = std::make_unique<Slot>();
        slot->worker = std::make_unique<DatabaseWorker>(std::move(database));
        m_current = slot.get();
        m_slots.push_back(std::move(slot));
    }
    releaseIdle();
}

int StoreJobs::runningJobs() const
{
    int running = 0;
    for (const auto &slot : m_slots)
        running += slot->running;
    return running;
}

void StoreJobs::finished(Slot *slot)
{
    --slot->running;
    releaseIdle();
}

void StoreJobs::releaseIdle()
{
    // Retired workers with nothing running: joining them now returns at once.
    std::erase_if(m_slots, [this](const std::unique_ptr<Slot> &slot) {
        return slot.get() != m_current && slot->running == 0;
    });
}

} // namespace tieout::ui
