#pragma once

#include <QString>

namespace tieout {

// What kind of failure an Error is; decides the CLI exit code (SPEC §8) and whether a retry helps.
enum class ErrorCode {
    Usage,     // bad command-line arguments
    Config,    // bad or unreadable configuration
    Network,   // transport failure, timeout, TLS
    Api,       // the Admin API answered with an error status
    Auth,      // 401/403: a key was refused
    Decode,    // a response did not have the documented shape
    Database,  // the store failed
    Check,     // a verification check failed
    Cancelled, // the user cancelled
    Io,        // a local file could not be read or written
    Internal,  // a broken invariant: a bug
};

// A failure a person can act on: the message names what and where (BU, month, field, page).
// Messages are redacted of anything shaped like an admin key before they are stored.
class Error
{
public:
    Error() = default;
    Error(ErrorCode code, const QString &message);

    ErrorCode code() const { return m_code; }
    const QString &message() const { return m_message; }

    // The same error with context in front: "BU DevFactory, 2025-07: <message>".
    Error withContext(const QString &context) const;

    // Exit code per SPEC §8: 1 check failed, 2 usage/config, 3 API or network, 4 database.
    int exitCode() const;

    static QString codeName(ErrorCode code);

private:
    ErrorCode m_code = ErrorCode::Internal;
    QString m_message;
};

} // namespace tieout
