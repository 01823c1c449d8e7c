#pragma once

#include "core/api/ApiCall.h"
#include "core/api/ApiRequestFactory.h"
#include "core/api/ClientSettings.h"
#include "core/api/ClientStats.h"
#include "core/common/Result.h"
#include "core/money/DateRange.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QThreadPool;

namespace tieout::api {

// One paginated request series: a 31-day report chunk, one Claude Code day, or a directory.
struct SeriesStep
{
    QString path;
    QueryItems query;
    QString label;                 // "starting_at 2025-08-01", for messages; may be empty
    std::optional<DateRange> dates; // every record must be dated inside it
};

// One report: its steps and what to do with each decoded page. `consume` decodes the page
// (naming `where` in its errors), keeps its records and answers the cursor.
struct SeriesSpec
{
    CursorStyle cursor = CursorStyle::PageToken;
    QList<SeriesStep> steps;
    std::function<Result<PageCursor>(const QJsonObject &page, const SeriesStep &step, const QString &where)> consume;
};

// Runs reports one after another, each step page by page, one request at a time (the Admin
// API rate-limits per organization, so a BU gains little from parallel requests). Pagination
// is never truncated: a repeated cursor or the maxPages guard is an Error. Cancelling the
// watched future stops it before its next request (and aborts the one in flight). Pages are
// parsed and decoded (`consume`, through ApiCall) on `decoder`, one at a time and in order, so
// the owner's thread only sends requests and follows cursors.
class PageSeriesRunner final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Status)>;

    PageSeriesRunner(QNetworkAccessManager *network, QThreadPool *decoder, ClientSettings settings,
                     std::shared_ptr<ClientStats> stats, ApiCall::RandomSource random, QList<SeriesSpec> specs,
                     QFuture<void> cancelToken, QObject *parent = nullptr);
    ~PageSeriesRunner() override;

    // Calls `done` exactly once (possibly before returning, for an invalid configuration),
    // then deletes itself.
    void start(Done done);

    static QString describe(const QString &path, const QString &label, int pageNumber);

private:
    void requestPage();
    void onPage(Result<PageCursor> cursor);
    void onCancelled();
    void finish(Status status);
    Error contextual(ErrorCode code, const QString &message) const;

    QNetworkAccessManager *m_network;
    QThreadPool *m_decoder;
    const ClientSettings m_settings;
    std::shared_ptr<ClientStats> m_stats;
    ApiCall::RandomSource m_random;
    QList<SeriesSpec> m_specs;
    QFuture<void> m_cancelToken;
    QFutureWatcher<void> m_cancelWatcher;
    Done m_done;
    QPointer<ApiCall> m_call;

    qsizetype m_specIndex = 0;
    qsizetype m_stepIndex = 0;
    int m_pageNumber = 1;  // within the step
    int m_specPages = 0;   // within the report, against maxPages
    QString m_cursor;      // null on a step's first page
    QSet<QString> m_seenCursors;
    bool m_finished = false;
};

} // namespace tieout::api
