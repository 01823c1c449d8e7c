#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace tieout {

// One Claude Code record (one actor, one day). Deliberately carries no money and no tokens:
// model_breakdown is dropped by the decoder, because its estimated_cost duplicates the cost
// report's dollars (SPEC §2.3).
struct ToolActionCounts
{
    qint64 accepted = 0;
    qint64 rejected = 0;
    friend bool operator==(const ToolActionCounts &, const ToolActionCounts &) = default;
};

struct ProductivityRecord
{
    QDate date;
    QString actorType; // "user_actor" or "api_actor"
    QString actorId;   // email_address for users, api_key_name for API actors
    QString organizationId;
    QString customerType;
    QString terminalType;
    qint64 sessions = 0;
    qint64 linesAdded = 0;
    qint64 linesRemoved = 0;
    qint64 commits = 0;
    qint64 pullRequests = 0;
    QMap<QString, ToolActionCounts> toolActions; // tool name -> counts; new tools kept

    friend bool operator==(const ProductivityRecord &, const ProductivityRecord &) = default;
};

using ProductivityRecords = QList<ProductivityRecord>;

} // namespace tieout
