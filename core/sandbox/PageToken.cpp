#include "core/sandbox/PageToken.h"

#include "core/sandbox/DeterministicRng.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tieout::sandbox {

namespace {

const QString Prefix = QStringLiteral("page_");

Error invalidToken()
{
    return Error(ErrorCode::Usage, QStringLiteral("page: invalid page token"));
}

QString hex(quint64 value)
{
    return QStringLiteral("%1").arg(value, 16, 16, QLatin1Char('0'));
}

} // namespace

quint64 PageTokenCodec::signature(const PageCursor &cursor) const
{
    return combineHash(combineHash(m_secret, fnv1a64(cursor.endpoint)),
                       combineHash(fnv1a64(cursor.position), cursor.queryFingerprint));
}

QString PageTokenCodec::encode(const PageCursor &cursor) const
{
    const QJsonObject json{{QStringLiteral("e"), cursor.endpoint},
                           {QStringLiteral("p"), cursor.position},
                           {QStringLiteral("q"), hex(cursor.queryFingerprint)},
                           {QStringLiteral("s"), hex(signature(cursor))}};
    const QByteArray payload = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return Prefix + QString::fromLatin1(
                        payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<PageCursor> PageTokenCodec::decode(QStringView token) const
{
    if (!token.startsWith(Prefix) || token.size() > 1024)
        return invalidToken();
    const auto decoded = QByteArray::fromBase64Encoding(token.mid(Prefix.size()).toLatin1(),
                                                        QByteArray::Base64UrlEncoding |
                                                            QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return invalidToken();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalidToken();
    const QJsonObject json = document.object();
    bool fingerprintOk = false;
    bool signatureOk = false;
    PageCursor cursor;
    cursor.endpoint = json.value(QStringLiteral("e")).toString();
    cursor.position = json.value(QStringLiteral("p")).toString();
    cursor.queryFingerprint = json.value(QStringLiteral("q")).toString().toULongLong(&fingerprintOk, 16);
    const quint64 claimed = json.value(QStringLiteral("s")).toString().toULongLong(&signatureOk, 16);
    if (!fingerprintOk || !signatureOk || claimed != signature(cursor))
        return invalidToken();
    return cursor;
}

} // namespace tieout::sandbox
