#include "core/api/AdminApiClient.h"

#include "core/api/ClaudeCodePageDecoder.h"
#include "core/api/CostPageDecoder.h"
#include "core/api/DirectoryPageDecoder.h"
#include "core/api/PageSeriesRunner.h"
#include "core/api/UsagePageDecoder.h"
#include "core/common/UrlPolicy.h"

#include <QNetworkAccessManager>
#include <QPromise>
#include <QRandomGenerator>
#include <QThreadPool>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace tieout::api {

namespace {

// The API's own limits (SPEC §2): 1d buckets per request, records per list page.
constexpr int MaxDaysPerChunk = 31;
constexpr int MaxRecordsPerPage = 1000;

template<typename Item>
Status checkDates(const QList<Item> &items, const SeriesStep &step, const QString &where)
{
    if constexpr (requires(const Item &item) { item.date; }) {
        if (!step.dates)
            return okStatus();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QDate day = items.at(i).date;
            if (!step.dates->contains(day))
                // Rows outside the window would land in a month this fetch does not replace.
                return Error(ErrorCode::Decode,
                             QStringLiteral("%1: record %2 is dated %3, outside the requested days %4 to %5")
                                 .arg(where)
                                 .arg(i)
                                 .arg(day.toString(Qt::ISODate), step.dates->from.toString(Qt::ISODate),
                                      step.dates->toExclusive.addDays(-1).toString(Qt::ISODate)));
        }
    }
    return okStatus();
}

// Adapts a pure page decoder to the runner: decode, check dates, hand the page to `sink`.
template<typename Page, typename Decode>
auto consumer(Decode decode, std::function<void(Page &&)> sink)
{
    return [decode, sink](const QJsonObject &json, const SeriesStep &step, const QString &where) -> Result<PageCursor> {
        Result<Page> page = decode(json, where);
        if (!page)
            return page.error();
        const Status dates = checkDates(page->items, step, where);
        if (!dates)
            return dates.error();
        const PageCursor cursor{page->hasMore, page->next};
        sink(std::move(*page));
        return cursor;
    };
}

QList<SeriesStep> reportSteps(const QString &path, const DateRange &range, int limit,
                              QueryItems (*query)(const DateRange &, int))
{
    QList<SeriesStep> steps;
    for (const DateRange &chunk : range.chunks(MaxDaysPerChunk))
        steps.append({path, query(chunk, limit), u"starting_at "_s + toRfc3339(chunk.from), chunk});
    return steps;
}

SeriesSpec costSpec(const DateRange &range, int limit, std::function<void(CostPage &&)> sink)
{
    const auto decode = [](const QJsonObject &json, const QString &where) { return CostPageDecoder::decode(json, where); };
    return {CursorStyle::PageToken,
            reportSteps(ApiRequestFactory::costReportPath(), range, limit, &ApiRequestFactory::costReportQuery),
            consumer<CostPage>(decode, std::move(sink))};
}

SeriesSpec usageSpec(const DateRange &range, int limit, std::function<void(UsagePage &&)> sink)
{
    const auto decode = [](const QJsonObject &json, const QString &where) { return UsagePageDecoder::decode(json, where); };
    return {CursorStyle::PageToken,
            reportSteps(ApiRequestFactory::usageReportPath(), range, limit, &ApiRequestFactory::usageReportQuery),
            consumer<UsagePage>(decode, std::move(sink))};
}

SeriesSpec claudeCodeSpec(const DateRange &range, int limit, std::function<void(ClaudeCodePage &&)> sink)
{
    QList<SeriesStep> steps;
    for (const QDate day : range.days())
        steps.append({ApiRequestFactory::claudeCodePath(), ApiRequestFactory::claudeCodeQuery(day, limit),
                      u"starting_at "_s + day.toString(Qt::ISODate), DateRange{day, day.addDays(1)}});
    const auto decode = [](const QJsonObject &json, const QString &where) {
        return ClaudeCodePageDecoder::decode(json, where);
    };
    return {CursorStyle::PageToken, steps, consumer<ClaudeCodePage>(decode, std::move(sink))};
}

SeriesSpec apiKeysSpec(int limit, std::function<void(ApiKeyPage &&)> sink)
{
    const auto decode = [](const QJsonObject &json, const QString &where) {
        return DirectoryPageDecoder::decodeApiKeys(json, where);
    };
    return {CursorStyle::AfterId,
            {{ApiRequestFactory::apiKeysPath(), ApiRequestFactory::apiKeysQuery(limit), QString(), std::nullopt}},
            consumer<ApiKeyPage>(decode, std::move(sink))};
}

SeriesSpec workspacesSpec(int limit, std::function<void(WorkspacePage &&)> sink)
{
    const auto decode = [](const QJsonObject &json, const QString &where) {
        return DirectoryPageDecoder::decodeWorkspaces(json, where);
    };
    return {CursorStyle::AfterId,
            {{ApiRequestFactory::workspacesPath(), ApiRequestFactory::workspacesQuery(limit), QString(), std::nullopt}},
            consumer<WorkspacePage>(decode, std::move(sink))};
}

} // namespace

class AdminApiClient::Private
{
public:
    QNetworkAccessManager *network = nullptr;
    // Pages are parsed and decoded here, off the network's thread, one at a time for this BU;
    // destroyed after the runners, it waits for a page still being decoded.
    QThreadPool decoder;
    std::shared_ptr<ClientStats> stats = std::make_shared<ClientStats>();
    ApiCall::RandomSource random;
    int bucketLimit = MaxDaysPerChunk;
    int recordLimit = MaxRecordsPerPage;

    // Starts one runner over `specs`; the future gets `take()` on success, the Error otherwise,
    // and no result at all when it was cancelled.
    template<typename T>
    QFuture<Result<T>> run(AdminApiClient *owner, QList<SeriesSpec> specs, std::function<T()> take)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        promise->start();
        QFuture<Result<T>> future = promise->future();
        auto *runner = new PageSeriesRunner(network, &decoder, owner->m_settings, stats, random, std::move(specs),
                                            QFuture<void>(future), owner);
        runner->start([promise, take = std::move(take)](Status status) {
            if (status.ok())
                promise->addResult(Result<T>(take()));
            else
                promise->addResult(Result<T>(status.error()));
            promise->finish();
        });
        return future;
    }
};

AdminApiClient::AdminApiClient(ClientSettings settings, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , d(new Private)
{
    d->network = network ? network : new QNetworkAccessManager(this);
    d->decoder.setMaxThreadCount(1);
    d->decoder.setObjectName(u"decoder "_s + m_settings.businessUnit);
    // Out-of-range page sizes would only earn a 400 from the API.
    d->bucketLimit = std::clamp(m_settings.bucketsPerPage, 1, MaxDaysPerChunk);
    d->recordLimit = std::clamp(m_settings.recordsPerPage, 1, MaxRecordsPerPage);
    if (m_settings.retry.jitterSeed == 0) {
        d->random = [] { return QRandomGenerator::global()->generate64(); };
    } else {
        const quint64 seed = m_settings.retry.jitterSeed;
        const std::array<quint32, 2> words{static_cast<quint32>(seed), static_cast<quint32>(seed >> 32)};
        auto generator = std::make_shared<QRandomGenerator>(words.data(), words.size());
        d->random = [generator] { return generator->generate64(); };
    }
}

AdminApiClient::~AdminApiClient()
{
    // Running jobs go first, while everything they were given is still alive; their futures
    // end up cancelled.
    qDeleteAll(findChildren<PageSeriesRunner *>(Qt::FindDirectChildrenOnly));
    delete d;
}

Status AdminApiClient::validateBaseUrl(const QUrl &url)
{
    return validateApiBaseUrl(url);
}

QFuture<Result<CostLines>> AdminApiClient::costReport(const DateRange &range)
{
    auto lines = std::make_shared<CostLines>();
    auto spec = costSpec(range, d->bucketLimit, [lines](CostPage &&page) { lines->append(std::move(page.items)); });
    return d->run<CostLines>(this, {std::move(spec)}, [lines] { return std::move(*lines); });
}

QFuture<Result<UsageLines>> AdminApiClient::usageReport(const DateRange &range)
{
    auto lines = std::make_shared<UsageLines>();
    auto spec = usageSpec(range, d->bucketLimit, [lines](UsagePage &&page) { lines->append(std::move(page.items)); });
    return d->run<UsageLines>(this, {std::move(spec)}, [lines] { return std::move(*lines); });
}

QFuture<Result<ProductivityRecords>> AdminApiClient::claudeCodeReport(const DateRange &range)
{
    auto records = std::make_shared<ProductivityRecords>();
    auto spec = claudeCodeSpec(range, d->recordLimit,
                               [records](ClaudeCodePage &&page) { records->append(std::move(page.items)); });
    return d->run<ProductivityRecords>(this, {std::move(spec)}, [records] { return std::move(*records); });
}

QFuture<Result<ApiKeyRecords>> AdminApiClient::apiKeys()
{
    auto keys = std::make_shared<ApiKeyRecords>();
    auto spec = apiKeysSpec(d->recordLimit, [keys](ApiKeyPage &&page) { keys->append(std::move(page.items)); });
    return d->run<ApiKeyRecords>(this, {std::move(spec)}, [keys] { return std::move(*keys); });
}

QFuture<Result<WorkspaceRecords>> AdminApiClient::workspaces()
{
    auto spaces = std::make_shared<WorkspaceRecords>();
    auto spec = workspacesSpec(d->recordLimit,
                               [spaces](WorkspacePage &&page) { spaces->append(std::move(page.items)); });
    return d->run<WorkspaceRecords>(this, {std::move(spec)}, [spaces] { return std::move(*spaces); });
}

QFuture<Result<WindowData>> AdminApiClient::fetchWindow(const DateRange &range)
{
    auto window = std::make_shared<WindowData>();
    window->businessUnit = m_settings.businessUnit;
    window->range = range;
    // One after another: the reports share the organization's rate limit, and a failure in
    // the first stops the rest.
    QList<SeriesSpec> specs{
        costSpec(range, d->bucketLimit,
                 [window](CostPage &&page) {
                     window->costLines.append(std::move(page.items));
                     window->roundedAmounts += page.roundedAmounts;
                 }),
        usageSpec(range, d->bucketLimit,
                  [window](UsagePage &&page) { window->usageLines.append(std::move(page.items)); }),
        claudeCodeSpec(range, d->recordLimit,
                       [window](ClaudeCodePage &&page) { window->productivity.append(std::move(page.items)); }),
        apiKeysSpec(d->recordLimit,
                    [window](ApiKeyPage &&page) { window->apiKeys.append(std::move(page.items)); }),
        workspacesSpec(d->recordLimit,
                       [window](WorkspacePage &&page) { window->workspaces.append(std::move(page.items)); }),
    };
    return d->run<WindowData>(this, std::move(specs), [window] { return std::move(*window); });
}

ClientStats AdminApiClient::stats() const
{
    return *d->stats;
}

} // namespace tieout::api
