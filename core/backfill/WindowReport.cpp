#include "core/backfill/WindowReport.h"

namespace tieout::backfill {

std::optional<Error> RunSummary::firstError() const
{
    for (const WindowReport &report : windows) {
        if (report.error)
            return report.error;
    }
    return std::nullopt;
}

int RunSummary::windowsDone() const
{
    int done = 0;
    for (const WindowReport &report : windows)
        done += report.ok() ? 1 : 0;
    return done;
}

namespace {
template<typename T, typename Field>
T sumOver(const QList<WindowReport> &windows, Field field)
{
    T total{};
    for (const WindowReport &report : windows) {
        if (report.ok())
            total += field(report.diff);
    }
    return total;
}
} // namespace

Money RunSummary::billedBefore() const
{
    return sumOver<Money>(windows, [](const WindowDiff &diff) { return diff.billedBefore; });
}

Money RunSummary::billedAfter() const
{
    return sumOver<Money>(windows, [](const WindowDiff &diff) { return diff.billedAfter; });
}

} // namespace tieout::backfill
