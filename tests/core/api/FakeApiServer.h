#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;

namespace tieout::test {

// A deliberately misbehaving Admin API for the few protocol cases the real sandbox cannot
// produce (a repeating page token, an endless list, a redirect, an untrusted certificate).
// Everything else is tested against core/sandbox. One response per connection.
class FakeApiServer final : public QObject
{
    Q_OBJECT

public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };
    // Gets the raw request head (request line and headers) of every request.
    using Handler = std::function<Response(const QByteArray &requestHead)>;

    explicit FakeApiServer(Handler handler, QObject *parent = nullptr);
    ~FakeApiServer() override;

    // Plain HTTP, or TLS with `tls` (an untrusted self-signed certificate in the tests).
    bool listen();
    bool listenTls(const QSslConfiguration &tls);
    QUrl baseUrl() const;

    const QList<QByteArray> &requests() const { return m_requests; }

private:
    void accept();

    Handler m_handler;
    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QList<QByteArray> m_requests;
};

} // namespace tieout::test
