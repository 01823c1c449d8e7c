#pragma once

#include "FuzzTargets.h"

#include "core/api/DecodedPage.h"
#include "core/common/Result.h"

namespace tieout::fuzz {

inline const QString PageWhere = QStringLiteral("GET /v1/organizations/fuzz (starting_at 2025-08-01T00:00:00Z, page 1)");

// What every decoder promises, whatever the body: a decode error names the page it was on, and a
// decoded page that says has_more carries the cursor to follow (never a silent truncation).
template<typename T>
void checkPage(const char *target, const Result<api::DecodedPage<T>> &page)
{
    if (!page) {
        if (page.error().code() != ErrorCode::Decode)
            violated(target, QStringLiteral("error is not a decode error: ") + page.error().message());
        if (!page.error().message().startsWith(PageWhere))
            violated(target, QStringLiteral("error does not name the page: ") + page.error().message());
        return;
    }
    if (page->hasMore && page->next.isEmpty())
        violated(target, QStringLiteral("has_more without a cursor was accepted"));
    if (!page->hasMore && !page->next.isEmpty())
        violated(target, QStringLiteral("a cursor without has_more was kept"));
}

} // namespace tieout::fuzz
