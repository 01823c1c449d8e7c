#include "FakeApiServer.h"

#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace tieout::test {

FakeApiServer::FakeApiServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
}

FakeApiServer::~FakeApiServer() = default;

bool FakeApiServer::listen()
{
    m_server = std::make_unique<QTcpServer>();
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &FakeApiServer::accept);
    return m_server->listen(QHostAddress::LocalHost);
}

bool FakeApiServer::listenTls(const QSslConfiguration &tls)
{
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(tls);
    m_server = std::move(server);
    m_tls = true;
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &FakeApiServer::accept);
    return m_server->listen(QHostAddress::LocalHost);
}

QUrl FakeApiServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    return url;
}

void FakeApiServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            socket->setProperty("head", QByteArray(socket->property("head").toByteArray() + socket->readAll()));
            const QByteArray head = socket->property("head").toByteArray();
            if (!head.contains("\r\n\r\n") || socket->property("answered").toBool())
                return;
            socket->setProperty("answered", true);
            m_requests.append(head);
            const Response response = m_handler(head);
            QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + " Fake\r\n";
            for (const auto &[name, value] : response.headers)
                bytes += name + ": " + value + "\r\n";
            bytes += "Content-Type: application/json\r\nConnection: close\r\nContent-Length: "
                     + QByteArray::number(response.body.size()) + "\r\n\r\n" + response.body;
            socket->write(bytes);
            socket->disconnectFromHost();
        });
    }
}

} // namespace tieout::test
