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

} // namespace tieout::backfill
