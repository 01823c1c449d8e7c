#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

namespace tieout::test {

// One finished HTTP exchange with the sandbox, as a test wants to look at it.
struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray retryAfter;
    qint64 elapsedMs = 0;
    bool finished = false;

    QJsonObject json() const; // empty when the body is not a JSON object
    bool isJson() const;
    QString errorType() const;    // error.type of an error body
    QString errorMessage() const; // error.message of an error body
};

// Blocking GETs for tests (a nested event loop is fine here, never in product code).
class SandboxHttp final
{
public:
    explicit SandboxHttp(QUrl baseUrl) : m_baseUrl(std::move(baseUrl)) {}

    // `query` is the raw query string, brackets and all: "starting_at=…&group_by[]=model".
    HttpResult get(const QString &path, const QString &query, const QByteArray &apiKey,
                   bool withVersion = true, int timeoutMs = 15'000);
    // Starts a GET and returns the reply without waiting.
    QNetworkReply *start(const QString &path, const QString &query, const QByteArray &apiKey);
    static HttpResult wait(QNetworkReply *reply, int timeoutMs = 15'000);

private:
    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
};

} // namespace tieout::test
