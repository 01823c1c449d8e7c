#pragma once

#include "core/sandbox/HttpExchange.h"
#include "core/sandbox/PageToken.h"

namespace tieout::sandbox {

class SyntheticOrganization;

// The three report endpoints (cost_report, usage_report/messages, usage_report/claude_code):
// parameter checks and limits as in SPEC §2, bucket paging with opaque tokens bound to the
// query, and the organization's data for each day. Errors come back as ErrorCode::Usage with
// a message naming the parameter; the router turns them into 400s.
class ReportEndpoints final
{
public:
    explicit ReportEndpoints(const PageTokenCodec &tokens) : m_tokens(tokens) {}

    // Each returns the serialized JSON body of a 200.
    Result<QByteArray> costReport(const SyntheticOrganization &org, const QUrlQuery &query) const;
    Result<QByteArray> usageReport(const SyntheticOrganization &org, const QUrlQuery &query) const;
    Result<QByteArray> claudeCodeReport(const SyntheticOrganization &org, const QUrlQuery &query) const;

private:
    // The first day of this page: the window's start, or where the page token says.
    Result<QDate> pageStart(const QString &endpoint, const QString &pageToken, quint64 fingerprint,
                            QDate first, QDate endExclusive) const;
    QString nextPageToken(const QString &endpoint, QDate next, quint64 fingerprint) const;

    const PageTokenCodec &m_tokens;
};

} // namespace tieout::sandbox
