#pragma once

#include <QDate>
#include <QDateTime>

namespace tieout {

// Where "now" comes from. Passed in from app/ so tests control today.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    QDate todayUtc() const { return nowUtc().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
};

// A clock that says what it is told; for tests and the reproducible demo.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

} // namespace tieout
