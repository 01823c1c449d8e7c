#include "core/api/PageSeriesRunner.h"

#include "core/common/LogCategories.h"
#include "core/common/UrlPolicy.h"

using namespace Qt::Literals::StringLiterals;

namespace tieout::api {

PageSeriesRunner::PageSeriesRunner(QNetworkAccessManager *network, QThreadPool *decoder, ClientSettings settings,
                                   std::shared_ptr<ClientStats> stats, ApiCall::RandomSource random,
                                   QList<SeriesSpec> specs, QFuture<void> cancelToken, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_decoder(decoder)
    , m_settings(std::move(settings))
    , m_stats(std::move(stats))
    , m_random(std::move(random))
    , m_specs(std::move(specs))
    , m_cancelToken(std::move(cancelToken))
{
}

PageSeriesRunner::~PageSeriesRunner()
{
    // Destroyed unfinished (the client went away): the in-flight request must not outlive us.
    if (m_call)
        delete m_call.data();
}

QString PageSeriesRunner::describe(const QString &path, const QString &label, int pageNumber)
{
    QString text = u"GET "_s + path + u" ("_s;
    if (!label.isEmpty())
        text += label + u", "_s;
    return text + u"page "_s + QString::number(pageNumber) + u')';
}

namespace {

Error inBusinessUnit(const QString &businessUnit, ErrorCode code, const QString &message)
{
    return Error(code, u"BU "_s + businessUnit + u": "_s + message);
}

} // namespace

Error PageSeriesRunner::contextual(ErrorCode code, const QString &message) const
{
    return inBusinessUnit(m_settings.businessUnit, code, message);
}

void PageSeriesRunner::start(Done done)
{
    m_done = std::move(done);
    const Status url = validateApiBaseUrl(m_settings.baseUrl);
    if (!url) {
        finish(contextual(url.error().code(), url.error().message()));
        return;
    }
    if (m_settings.adminKey.isEmpty()) {
        finish(contextual(ErrorCode::Config, u"no admin key is configured"_s));
        return;
    }
    // A cancel() on the caller's future reaches us as an event, so an in-flight request or a
    // pending retry stops at once instead of after its timeout.
    connect(&m_cancelWatcher, &QFutureWatcher<void>::canceled, this, &PageSeriesRunner::onCancelled);
    m_cancelWatcher.setFuture(m_cancelToken);
    requestPage();
}

void PageSeriesRunner::requestPage()
{
    if (m_finished)
        return;
    if (m_cancelToken.isCanceled()) {
        onCancelled();
        return;
    }
    // Skip finished reports and steps; an empty step list means nothing to fetch.
    while (m_specIndex < m_specs.size() && m_stepIndex >= m_specs.at(m_specIndex).steps.size()) {
        ++m_specIndex;
        m_stepIndex = 0;
        m_specPages = 0;
    }
    if (m_specIndex >= m_specs.size()) {
        finish(okStatus());
        return;
    }

    const SeriesSpec &spec = m_specs.at(m_specIndex);
    const SeriesStep &step = spec.steps.at(m_stepIndex);
    QueryItems query = step.query;
    if (!m_cursor.isNull())
        query.append({QString(ApiRequestFactory::cursorParameter(spec.cursor)), m_cursor});
    const QUrl url = ApiRequestFactory::url(m_settings.baseUrl, step.path, query);

    const QString where = describe(step.path, step.label, m_pageNumber);
    // The page's own problems (a wrong type, a date outside the window) name the BU like the
    // transport's do.
    ApiCall::Decode decode = [consume = spec.consume, step, where,
                              businessUnit = m_settings.businessUnit](const QJsonObject &page) -> Result<PageCursor> {
        Result<PageCursor> cursor = consume(page, step, where);
        if (!cursor)
            return inBusinessUnit(businessUnit, cursor.error().code(), cursor.error().message());
        return cursor;
    };
    auto *call = new ApiCall(m_network, m_decoder, std::move(decode), ApiRequestFactory::request(url, m_settings),
                             where, m_settings, m_stats, m_random, this);
    m_call = call;
    call->start([this](Result<PageCursor> cursor) { onPage(std::move(cursor)); });
}

void PageSeriesRunner::onPage(Result<PageCursor> cursor)
{
    if (m_call) {
        m_call->deleteLater();
        m_call = nullptr;
    }
    if (m_finished)
        return;
    if (!cursor) {
        finish(cursor.error());
        return;
    }
    const SeriesStep &step = m_specs.at(m_specIndex).steps.at(m_stepIndex);
    const QString where = describe(step.path, step.label, m_pageNumber);
    ++m_specPages;

    if (!cursor->hasMore) {
        ++m_stepIndex;
        m_pageNumber = 1;
        m_cursor = QString();
        m_seenCursors.clear();
        requestPage();
        return;
    }
    // The cursor is opaque, but one we already followed in this series means the server is
    // looping; following it would never end, stopping would silently drop the rest.
    if (m_seenCursors.contains(cursor->next)) {
        finish(contextual(ErrorCode::Decode, where + u": the next page cursor \""_s + cursor->next
                                                 + u"\" repeats an earlier one; the list cannot be completed"_s));
        return;
    }
    if (m_specPages >= m_settings.maxPages) {
        finish(contextual(ErrorCode::Api, where + QStringLiteral(": the page limit (%1 pages) was reached while "
                                                                 "has_more is still true; refusing to truncate")
                                                      .arg(m_settings.maxPages)));
        return;
    }
    m_seenCursors.insert(cursor->next);
    m_cursor = cursor->next;
    ++m_pageNumber;
    requestPage();
}

void PageSeriesRunner::onCancelled()
{
    if (m_finished)
        return;
    if (m_call) {
        // Reports Cancelled through onPage.
        m_call->cancel();
        return;
    }
    finish(contextual(ErrorCode::Cancelled, u"cancelled"_s));
}

void PageSeriesRunner::finish(Status status)
{
    if (m_finished)
        return;
    m_finished = true;
    m_cancelWatcher.disconnect(this);
    if (!status)
        qCDebug(lcApi).noquote() << "series failed:" << status.error().message();
    Done done = std::move(m_done);
    deleteLater();
    if (done)
        done(std::move(status));
}

} // namespace tieout::api
