#pragma once

#include "core/records/CostLine.h"
#include "core/records/UsageLine.h"
#include "core/sandbox/ClaudeCodeRecord.h"
#include "core/sandbox/JsonWriter.h"
#include "core/sandbox/OrganizationLayout.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tieout::sandbox {

// The Admin API's JSON shapes (docs/admin-api-examples.md), built from the sandbox's records.
// Null QStrings become JSON null; money goes out as a cent string, never a double.
class ReportJson final
{
public:
    // Nano-dollars as the cost report's cent string: 1'237'891'200 -> "123.78912" (up to 7
    // decimals, no trailing zeros, "-250.5" for credits).
    static QString centsString(qint64 nanos);

    // The two high-volume shapes are streamed (JsonWriter); the rest are QJsonObjects.
    static void writeUsageResult(JsonWriter &writer, const UsageLine &line);
    static void writeCostResult(JsonWriter &writer, const CostLine &line);
    static QJsonObject claudeCodeRecord(const ClaudeCodeRecord &record);

    static QJsonObject apiKey(const LayoutApiKey &key, const QString &workspaceId);
    static QJsonObject workspace(const LayoutWorkspace &workspace);
    static QJsonObject user(const ClaudeCodeActor &actor);

    // {"data": …, "has_more": …, "next_page": token or null}
    static QJsonObject reportPage(QJsonArray data, const QString &nextPage);
    // {"data": …, "has_more": …, "first_id": …, "last_id": …}
    static QJsonObject directoryPage(QJsonArray data, bool hasMore);
    static QJsonObject error(const QString &type, const QString &message, const QString &requestId);
};

} // namespace tieout::sandbox
