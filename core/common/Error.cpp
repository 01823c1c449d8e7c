#include "core/common/Error.h"

#include "core/common/Redaction.h"

namespace tieout {

Error::Error(ErrorCode code, const QString &message)
    : m_code(code)
    , m_message(redactSecrets(message))
{
}

Error Error::withContext(const QString &context) const
{
    return Error(m_code, context + QStringLiteral(": ") + m_message);
}

int Error::exitCode() const
{
    switch (m_code) {
    case ErrorCode::Check:
        return 1;
    case ErrorCode::Usage:
    case ErrorCode::Config:
        return 2;
    case ErrorCode::Network:
    case ErrorCode::Api:
    case ErrorCode::Auth:
    case ErrorCode::Decode:
        return 3;
    case ErrorCode::Database:
        return 4;
    case ErrorCode::Cancelled:
    case ErrorCode::Io:
    case ErrorCode::Internal:
        return 1;
    }
    return 1;
}

QString Error::codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage: return QStringLiteral("usage");
    case ErrorCode::Config: return QStringLiteral("config");
    case ErrorCode::Network: return QStringLiteral("network");
    case ErrorCode::Api: return QStringLiteral("api");
    case ErrorCode::Auth: return QStringLiteral("auth");
    case ErrorCode::Decode: return QStringLiteral("decode");
    case ErrorCode::Database: return QStringLiteral("database");
    case ErrorCode::Check: return QStringLiteral("check");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace tieout
