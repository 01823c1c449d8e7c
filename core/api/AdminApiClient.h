#pragma once

#include "core/api/ClientSettings.h"
#include "core/api/ClientStats.h"
#include "core/common/Result.h"
#include "core/money/DateRange.h"
#include "core/records/WindowData.h"

#include <QFuture>
#include <QObject>

class QNetworkAccessManager;

namespace tieout::api {

// The Anthropic Admin API for one business unit (one organization, one admin key).
// Every call is asynchronous (QNetworkAccessManager; no nested event loop) and returns a
// QFuture that finishes with the complete, fully paginated result or an Error naming the BU,
// endpoint, status and the API's error type/message — never the key. Cancelling the future
// stops the job before its next request (the one in flight is aborted); a cancelled future,
// like one whose client was destroyed, finishes cancelled and carries no result.
// Requests run one at a time per call; 429/5xx/529 and transport failures are retried per
// ClientSettings::retry, and a list is never silently truncated.
class AdminApiClient final : public QObject
{
    Q_OBJECT

public:
    // `network` may be shared by several clients; nullptr makes the client own one.
    AdminApiClient(ClientSettings settings, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AdminApiClient() override;

    const ClientSettings &settings() const { return m_settings; }

    // https is required, except http to a loopback address (SPEC §8).
    static Status validateBaseUrl(const QUrl &url);

    // cost_report, grouped by workspace_id and description, 1d buckets, chunked to 31 days.
    QFuture<Result<CostLines>> costReport(const DateRange &range);
    // usage_report/messages, 1d buckets grouped by api_key_id, workspace_id, model,
    // service_tier, context_window; chunked to 31 days.
    QFuture<Result<UsageLines>> usageReport(const DateRange &range);
    // usage_report/claude_code, one day per request series; model_breakdown dropped.
    QFuture<Result<ProductivityRecords>> claudeCodeReport(const DateRange &range);
    QFuture<Result<ApiKeyRecords>> apiKeys();
    QFuture<Result<WorkspaceRecords>> workspaces();

    // Everything above for one window: what a backfill replaces in one transaction.
    QFuture<Result<WindowData>> fetchWindow(const DateRange &range);

    // Counters since construction (requests, retries by cause, pages, bytes).
    ClientStats stats() const;

private:
    class Private;
    ClientSettings m_settings;
    Private *d;
};

} // namespace tieout::api
