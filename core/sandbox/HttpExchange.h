#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace tieout::sandbox {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A request as the router sees it: independent of QtHttpServer, so routing is unit-testable.
struct SandboxRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path;
    QUrlQuery query;
    HeaderList headers;

    // Case-insensitive lookup; null when absent.
    QByteArray header(QByteArrayView name) const;
};

// A complete response before any fault is applied.
struct SandboxResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;

    static SandboxResponse json(const QJsonObject &object, int status = 200);
    static SandboxResponse json(QByteArray serialized, int status = 200);
    // The Admin API's error body {"type":"error","error":{"type","message"},"request_id"}.
    static SandboxResponse error(int status, const QString &type, const QString &message,
                                 const QString &requestId);
};

} // namespace tieout::sandbox
