#include "SandboxHttp.h"

#include <QElapsedTimer>
#include <QSignalSpy>

namespace tieout::test {

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool HttpResult::isJson() const
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

QString HttpResult::errorType() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString();
}

QString HttpResult::errorMessage() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

QNetworkReply *SandboxHttp::start(const QString &path, const QString &query, const QByteArray &apiKey)
{
    QUrl url = m_baseUrl;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    if (!apiKey.isNull())
        request.setRawHeader("x-api-key", apiKey);
    request.setRawHeader("anthropic-version", "2023-06-01");
    return m_network.get(request);
}

HttpResult SandboxHttp::get(const QString &path, const QString &query, const QByteArray &apiKey,
                            bool withVersion, int timeoutMs)
{
    if (withVersion)
        return wait(start(path, query, apiKey), timeoutMs);
    QUrl url = m_baseUrl;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("x-api-key", apiKey);
    return wait(m_network.get(request), timeoutMs);
}

HttpResult SandboxHttp::wait(QNetworkReply *reply, int timeoutMs)
{
    HttpResult result;
    QElapsedTimer timer;
    timer.start();
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(timeoutMs);
    }
    result.finished = reply->isFinished();
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.retryAfter = reply->rawHeader("retry-after");
    reply->deleteLater();
    return result;
}

} // namespace tieout::test
