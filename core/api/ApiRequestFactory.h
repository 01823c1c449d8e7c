#pragma once

#include "core/money/DateRange.h"

#include <QList>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

#include <utility>

namespace tieout::api {

struct ClientSettings;

using QueryItems = QList<std::pair<QString, QString>>;

// Which list parameter carries the cursor to the next page.
enum class CursorStyle {
    PageToken, // reports: page=<next_page>
    AfterId,   // directories: after_id=<last_id>
};

// Builds the Admin API requests: endpoint paths, the query of each report (group_by[] and the
// other array parameters percent-encoded), and the headers. The admin key only ever goes into
// the x-api-key header, never into a URL, so a URL is always safe to log.
class ApiRequestFactory final
{
public:
    static constexpr QLatin1StringView AnthropicVersion{"2023-06-01"};

    static QString costReportPath();
    static QString usageReportPath();
    static QString claudeCodePath();
    static QString apiKeysPath();
    static QString workspacesPath();

    // The report windows are chunked by the caller (DateRange::chunks(31)); `limit` is buckets per page.
    static QueryItems costReportQuery(const DateRange &chunk, int limit);
    static QueryItems usageReportQuery(const DateRange &chunk, int limit);
    static QueryItems claudeCodeQuery(QDate day, int limit);
    static QueryItems apiKeysQuery(int limit);
    // Archived workspaces included: past usage still names them.
    static QueryItems workspacesQuery(int limit);
    static QLatin1StringView cursorParameter(CursorStyle style);

    // baseUrl + path (keeping any path prefix of the base) with every key and value of `query`
    // percent-encoded, so "group_by[]" travels as group_by%5B%5D.
    static QUrl url(const QUrl &baseUrl, const QString &path, const QueryItems &query);
    // A GET for `url` with the x-api-key, anthropic-version and User-Agent headers. Redirects are
    // not followed: a redirect would carry the admin key to another origin.
    static QNetworkRequest request(const QUrl &url, const ClientSettings &settings);
};

} // namespace tieout::api
