#include "core/api/PageSeriesRunner.h"
#include "core/sandbox/SandboxProfile.h"
#include "core/sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QPromise>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <optional>

using namespace tieout;
using namespace tieout::api;
using namespace tieout::sandbox;
using namespace Qt::Literals::StringLiterals;

// PageSeriesRunner against the real loopback sandbox: requests go out from the test's (the
// network's) thread, every page is decoded on the decoder pool in page order, and a cancel
// while a page is being decoded ends the series at once without another request.
class TestPageSeriesRunner final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesAreDecodedOnTheDecoderThreadInOrder();
    void cancellingWhileAPageIsDecodedStopsAtOnce();

private:
    // One running series over ten days of cost report in pages of three buckets (four pages);
    // `inspect` sees each page's description on the decoder thread.
    struct Series
    {
        std::shared_ptr<ClientStats> stats = std::make_shared<ClientStats>();
        QPromise<void> cancelToken;
        std::optional<Status> outcome;
    };
    void start(Series &series, QThreadPool *decoder, std::function<void(const QString &where)> inspect);

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxServer> m_sandbox;
};

namespace {

const QString Bu = u"DevFactory"_s;
const DateRange TenDays{QDate(2025, 3, 1), QDate(2025, 3, 11)};

} // namespace

void TestPageSeriesRunner::initTestCase()
{
    SandboxProfile profile = SandboxProfile::demo();
    profile.lastDay = QDate(2025, 12, 31);
    m_sandbox = std::make_unique<SandboxServer>(profile);
    const auto port = m_sandbox->listen();
    QVERIFY2(port.ok(), qPrintable(port ? QString() : port.error().message()));
}

void TestPageSeriesRunner::start(Series &series, QThreadPool *decoder,
                                 std::function<void(const QString &where)> inspect)
{
    ClientSettings settings;
    settings.businessUnit = Bu;
    settings.baseUrl = m_sandbox->baseUrl();
    settings.adminKey = SandboxProfile::defaultAdminKey(Bu);
    settings.requestTimeoutMs = 5000;

    SeriesSpec spec;
    spec.cursor = CursorStyle::PageToken;
    spec.steps = {{ApiRequestFactory::costReportPath(), ApiRequestFactory::costReportQuery(TenDays, 3),
                   u"starting_at "_s + TenDays.from.toString(Qt::ISODate), TenDays}};
    spec.consume = [inspect](const QJsonObject &page, const SeriesStep &, const QString &where) -> Result<PageCursor> {
        inspect(where);
        return PageCursor{page.value("has_more"_L1).toBool(), page.value("next_page"_L1).toString()};
    };

    series.cancelToken.start();
    auto *runner = new PageSeriesRunner(&m_network, decoder, settings, series.stats, [] { return quint64(7); },
                                        {spec}, series.cancelToken.future());
    runner->start([&series](Status status) { series.outcome = std::move(status); });
}

void TestPageSeriesRunner::pagesAreDecodedOnTheDecoderThreadInOrder()
{
    QThreadPool decoder;
    decoder.setMaxThreadCount(1);
    QList<QThread *> threads; // written by the decoder, read here only after the runner is done
    QStringList pages;
    Series series;
    start(series, &decoder, [&](const QString &where) {
        threads.append(QThread::currentThread());
        pages.append(where);
    });
    QTRY_VERIFY_WITH_TIMEOUT(series.outcome.has_value(), 30'000);
    QVERIFY2(series.outcome->ok(), qPrintable(series.outcome->ok() ? QString() : series.outcome->error().message()));
    QCOMPARE(pages.size(), 4); // 10 days in pages of 3 buckets
    for (int page = 0; page < pages.size(); ++page) {
        QVERIFY2(pages.at(page).endsWith(u"page %1)"_s.arg(page + 1)), qPrintable(pages.at(page)));
        QVERIFY(threads.at(page) != QThread::currentThread());
        QVERIFY(threads.at(page) != nullptr);
    }
    QCOMPARE(series.stats->requests, 4);
    QCOMPARE(series.stats->pages, 4);
    series.cancelToken.finish();
}

void TestPageSeriesRunner::cancellingWhileAPageIsDecodedStopsAtOnce()
{
    QThreadPool decoder;
    QSemaphore decoding;
    QSemaphore release;
    Series series;
    start(series, &decoder, [&](const QString &) {
        decoding.release();
        release.acquire(); // a slow page
    });
    QVERIFY(QTest::qWaitFor([&decoding] { return decoding.tryAcquire(); }, 30'000));

    QFuture<void>(series.cancelToken.future()).cancel();
    QTRY_VERIFY_WITH_TIMEOUT(series.outcome.has_value(), 5'000); // without waiting for the page
    QVERIFY(!series.outcome->ok());
    QCOMPARE(series.outcome->error().code(), ErrorCode::Cancelled);
    release.release(1'000);
    decoder.waitForDone();
    QTest::qWait(50);
    QCOMPARE(series.stats->requests, 1); // nothing was requested after the page being decoded
    series.cancelToken.finish();
}

QTEST_GUILESS_MAIN(TestPageSeriesRunner)
#include "tst_pageseriesrunner.moc"
