#include "core/sandbox/SandboxServer.h"

#include "core/common/LogCategories.h"
#include "core/sandbox/DeterministicRng.h"
#include "core/sandbox/FaultInjector.h"
#include "core/sandbox/RequestRouter.h"
#include "core/sandbox/SandboxHttpServer.h"
#include "core/sandbox/SyntheticOrganization.h"

#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <vector>

namespace tieout::sandbox {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    case 529:
        return QByteArrayLiteral("Overloaded");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

// Status line and headers, with a Content-Length of `contentLength` (which a truncated
// response deliberately overstates).
QByteArray head(const SandboxResponse &response, qsizetype contentLength)
{
    QByteArray bytes =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        bytes += name + ": " + value + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(contentLength) + "\r\n\r\n";
    return bytes;
}

QByteArray methodName(const QHttpServerRequest &request)
{
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    const char *name = methods.valueToKey(static_cast<int>(request.method()));
    return name ? QByteArray(name).toUpper() : QByteArrayLiteral("UNKNOWN");
}

} // namespace

class SandboxServer::Private
{
public:
    Private(SandboxServer *q, SandboxProfile profile, const FaultSettings &faults);

    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    void send(QTcpSocket *socket, const SandboxResponse &response);
    void sendTruncated(QTcpSocket *socket, const SandboxResponse &response);

    SandboxServer *q;
    SandboxProfile profile;
    std::vector<std::unique_ptr<SyntheticOrganization>> organizations;
    std::unique_ptr<RequestRouter> router;
    FaultInjector faults;
    SandboxHttpServer http;
    qint64 requests = 0;
    quint16 port = 0;
};

SandboxServer::Private::Private(SandboxServer *owner, SandboxProfile sandboxProfile,
                                const FaultSettings &faultSettings)
    : q(owner), profile(std::move(sandboxProfile)), faults(faultSettings),
      http([this](const QHttpServerRequest &request, QTcpSocket *socket) { handle(request, socket); })
{
    QList<const SyntheticOrganization *> pointers;
    for (const SandboxBusinessUnit &unit : std::as_const(profile.businessUnits)) {
        organizations.push_back(std::make_unique<SyntheticOrganization>(profile, unit));
        pointers.append(organizations.back().get());
    }
    router = std::make_unique<RequestRouter>(pointers, combineHash(profile.seed, 0x70CE));
}

void SandboxServer::Private::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++requests;
    SandboxRequest exchange;
    exchange.method = methodName(request);
    exchange.path = request.url().path();
    exchange.query = request.query();
    exchange.headers = request.headers();
    const QString requestId = QStringLiteral("req_sandbox_%1").arg(requests, 12, 10, QLatin1Char('0'));

    SandboxResponse response = router->handle(exchange, requestId);
    response.headers.append({QByteArrayLiteral("request-id"), requestId.toLatin1()});
    qCDebug(lcSandbox) << exchange.method << exchange.path << response.status;
    if (response.status != 200)
        return send(socket, response);

    // "The same request" for the consecutive-fault cap: same key, path and query.
    const QByteArray requestKey = exchange.header("x-api-key") + ' ' +
                                  request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    const auto fault = faults.decide(requestKey);
    if (!fault)
        return send(socket, response);
    qCInfo(lcSandbox).noquote() << "fault" << faultKindName(*fault) << "on" << exchange.path;
    switch (*fault) {
    case FaultKind::Slow: {
        // Deliver later from the event loop, so other requests are served meanwhile; the
        // client may have given up and closed the connection by then.
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(faults.settings().slowMs, q, [this, guarded, response]() {
            if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
                send(guarded, response);
        });
        return;
    }
    case FaultKind::Truncated:
        return sendTruncated(socket, response);
    default:
        return send(socket, FaultInjector::replacement(*fault, response, requestId));
    }
}

void SandboxServer::Private::send(QTcpSocket *socket, const SandboxResponse &response)
{
    socket->write(head(response, response.body.size()) + response.body);
}

void SandboxServer::Private::sendTruncated(QTcpSocket *socket, const SandboxResponse &response)
{
    // Promise the whole body, send half of it, hang up: the client sees a short read.
    socket->write(head(response, response.body.size()) + FaultInjector::truncatedBody(response.body));
    socket->disconnectFromHost();
}

SandboxServer::SandboxServer(SandboxProfile profile, FaultSettings faults, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, std::move(profile), faults))
{
}

SandboxServer::~SandboxServer() = default;

Result<quint16> SandboxServer::listen(quint16 port)
{
    const quint16 bound = d->http.listen(QHostAddress::LocalHost, port);
    if (bound == 0)
        return Error(ErrorCode::Network, QStringLiteral("sandbox: cannot listen on 127.0.0.1:%1").arg(port));
    d->port = bound;
    return bound;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d->port);
    return url;
}

const SandboxProfile &SandboxServer::profile() const
{
    return d->profile;
}

const SyntheticOrganization *SandboxServer::organization(const QString &businessUnit) const
{
    for (const auto &org : d->organizations) {
        if (org->businessUnit() == businessUnit)
            return org.get();
    }
    return nullptr;
}

void SandboxServer::setFaults(const FaultSettings &faults)
{
    d->faults.setSettings(faults);
}

FaultStats SandboxServer::faultStats() const
{
    return d->faults.stats();
}

qint64 SandboxServer::requestCount() const
{
    return d->requests;
}

} // namespace tieout::sandbox
