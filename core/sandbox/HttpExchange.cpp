#include "core/sandbox/HttpExchange.h"

#include "core/sandbox/ReportJson.h"

#include <QJsonDocument>

namespace tieout::sandbox {

QByteArray SandboxRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.isNull() ? QByteArray("") : value;
    }
    return {};
}

SandboxResponse SandboxResponse::json(const QJsonObject &object, int status)
{
    return json(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

SandboxResponse SandboxResponse::json(QByteArray serialized, int status)
{
    SandboxResponse response;
    response.status = status;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    response.body = std::move(serialized);
    return response;
}

SandboxResponse SandboxResponse::error(int status, const QString &type, const QString &message,
                                       const QString &requestId)
{
    return json(ReportJson::error(type, message, requestId), status);
}

} // namespace tieout::sandbox
