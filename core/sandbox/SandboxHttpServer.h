#pragma once

#include <QAbstractHttpServer>

#include <functional>

namespace tieout::sandbox {

// The HTTP front end: hands every request and its socket to one callback. Below QHttpServer's
// router on purpose: the sandbox writes its own status lines (QtHttpServer 6.4 has no reason
// phrase for 529 and throws on it), delays responses without blocking the event loop, and can
// cut a body short under a longer Content-Length.
class SandboxHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const QHttpServerRequest &request, QTcpSocket *socket)>;

    explicit SandboxHttpServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace tieout::sandbox
