#include "core/store/DatabaseUrl.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace tieout {

namespace {

const QString kUrlForms = QStringLiteral("use sqlite:PATH or postgresql://user@host:port/dbname");

bool isPlainIdentifier(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    return pattern.match(text).hasMatch();
}

Result<DatabaseUrl> parseSqlite(QString path, ErrorCode code)
{
    if (path.startsWith(QLatin1String("//"))) {
        // URL form: sqlite:///abs/path. "sqlite://host/…" names a host, which SQLite has not.
        if (!path.startsWith(QLatin1String("///")))
            return Error(code,
                         QStringLiteral("database URL sqlite:%1 names a host; %2").arg(path, kUrlForms));
        path = path.mid(2);
    }
    if (path.isEmpty())
        return Error(code, QStringLiteral("database URL \"sqlite:\" has no file path; %1").arg(kUrlForms));
    if (path == QLatin1String(":memory:"))
        return Error(code, QStringLiteral("an in-memory SQLite database cannot be shared between threads; "
                                          "give a file path"));
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    return DatabaseUrl::sqlite(path);
}

} // namespace

DatabaseUrl DatabaseUrl::sqlite(const QString &path)
{
    DatabaseUrl url;
    url.m_valid = true;
    url.m_engine = DatabaseEngine::Sqlite;
    url.m_path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    return url;
}

QString DatabaseUrl::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/tieout.sqlite");
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &input, ErrorCode code)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error(code, QStringLiteral("the database URL is empty; %1").arg(kUrlForms));

    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString scheme = colon < 0 ? QString() : text.left(colon).toLower();
    if (scheme == QLatin1String("sqlite"))
        return parseSqlite(text.mid(colon + 1), code);
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")) {
        return Error(code, QStringLiteral("unsupported database URL scheme \"%1\"; %2")
                               .arg(scheme.isEmpty() ? text.left(40) : scheme, kUrlForms));
    }

    // Checked on the raw text, before anything else, and the URL is never echoed back, so that a
    // password cannot leak into a log ("user:@host" included, which QUrl would normalise away).
    const QString afterScheme = text.mid(colon + 1);
    const QString authority =
        afterScheme.startsWith(QLatin1String("//"))
            ? afterScheme.mid(2).section(QRegularExpression(QStringLiteral("[/?#]")), 0, 0)
            : QString();
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    const bool passwordParameter =
        text.section(QLatin1Char('?'), 1).contains(QLatin1String("password"), Qt::CaseInsensitive);
    if ((at >= 0 && authority.left(at).contains(QLatin1Char(':'))) || passwordParameter)
        return Error(code,
                     QStringLiteral("the PostgreSQL URL must not contain a password; set TIEOUT_DB_PASSWORD "
                                    "(or PGPASSWORD) or store it in the keychain"));

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return Error(code,
                     QStringLiteral("malformed PostgreSQL URL (%1); %2").arg(url.errorString(), kUrlForms));
    DatabaseUrl result;
    result.m_valid = true;
    result.m_engine = DatabaseEngine::Postgres;
    result.m_user = url.userName(QUrl::FullyDecoded);
    result.m_host = url.host(QUrl::FullyDecoded);
    result.m_port = url.port(5432);
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    result.m_databaseName = path;

    if (result.m_host.isEmpty())
        return Error(code, QStringLiteral("the PostgreSQL URL names no host; %1").arg(kUrlForms));
    if (result.m_user.isEmpty())
        return Error(
            code,
            QStringLiteral("the PostgreSQL URL for %1 names no user; %2").arg(result.m_host, kUrlForms));
    if (result.m_port <= 0 || result.m_port > 65535)
        return Error(code, QStringLiteral("the PostgreSQL URL has an invalid port %1").arg(result.m_port));
    if (result.m_databaseName.isEmpty() || result.m_databaseName.contains(QLatin1Char('/')))
        return Error(code,
                     QStringLiteral("the PostgreSQL URL for %1 names no database (or more than one path "
                                    "segment); %2")
                         .arg(result.m_host, kUrlForms));
    if (url.hasFragment())
        return Error(code, QStringLiteral("the PostgreSQL URL must not have a #fragment"));

    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("sslmode")) {
            static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                              QStringLiteral("prefer"),    QStringLiteral("require"),
                                              QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value))
                return Error(code, QStringLiteral("invalid sslmode \"%1\" in the PostgreSQL URL (one of %2)")
                                       .arg(value, modes.join(QStringLiteral(", "))));
            result.m_sslMode = value;
        } else if (key == QLatin1String("schema")) {
            if (!isPlainIdentifier(value))
                return Error(
                    code, QStringLiteral("invalid schema \"%1\" in the PostgreSQL URL (letters, digits and "
                                         "_ only)")
                              .arg(value));
            result.m_schema = value;
        } else {
            return Error(code,
                         QStringLiteral("unsupported parameter \"%1\" in the PostgreSQL URL (supported: "
                                        "sslmode, schema)")
                             .arg(key));
        }
    }
    return result;
}

QString DatabaseUrl::toString() const
{
    if (!m_valid)
        return {};
    if (m_engine == DatabaseEngine::Sqlite)
        return QStringLiteral("sqlite:") + m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_databaseName);
    QUrlQuery query;
    if (!m_sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), m_sslMode);
    if (!m_schema.isEmpty())
        query.addQueryItem(QStringLiteral("schema"), m_schema);
    if (!query.isEmpty())
        url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString DatabaseUrl::describe() const
{
    if (!m_valid)
        return QStringLiteral("no database");
    if (m_engine == DatabaseEngine::Sqlite)
        return QStringLiteral("SQLite database %1").arg(m_path);
    const QString host = m_host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(m_host) : m_host;
    return QStringLiteral("PostgreSQL %1@%2:%3, database %4")
        .arg(m_user, host)
        .arg(m_port)
        .arg(m_databaseName);
}

QString DatabaseUrl::keychainEntry() const
{
    if (m_engine != DatabaseEngine::Postgres)
        return {};
    const QString host = m_host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(m_host) : m_host;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(m_user, host).arg(m_port).arg(m_databaseName);
}

} // namespace tieout
