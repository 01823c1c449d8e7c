#pragma once

#include "core/common/Result.h"

#include <QString>

namespace tieout::sandbox {

// Where the next page of a report starts, bound to the query it continues.
struct PageCursor
{
    QString endpoint;             // "cost_report", "usage_report/messages", "usage_report/claude_code"
    QString position;             // next bucket day (YYYY-MM-DD) or record offset
    quint64 queryFingerprint = 0; // hash of every parameter except page and limit
    friend bool operator==(const PageCursor &, const PageCursor &) = default;
};

// Opaque page tokens: "page_" + base64url of a small JSON cursor and a keyed hash over it, so a
// client that edits or invents a token gets a 400 instead of silently different data.
class PageTokenCodec final
{
public:
    explicit PageTokenCodec(quint64 secret) : m_secret(secret) {}

    QString encode(const PageCursor &cursor) const;
    // Fails (ErrorCode::Usage) for anything this codec did not produce.
    Result<PageCursor> decode(QStringView token) const;

private:
    quint64 signature(const PageCursor &cursor) const;

    quint64 m_secret;
};

} // namespace tieout::sandbox
