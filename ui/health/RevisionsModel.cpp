#include "ui/health/RevisionsModel.h"

#include "ui/common/DisplayFormat.h"

namespace tieout::ui {

RevisionsModel::RevisionsModel(QObject *parent) : QAbstractTableModel(parent) {}

void RevisionsModel::setRevisions(const RevisionRecords &revisions)
{
    beginResetModel();
    m_revisions = revisions;
    endResetModel();
}

int RevisionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_revisions.size());
}

int RevisionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevisionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const RevisionRecord &r = m_revisions.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((index.column() >= BilledBefore && index.column() <= TokensAfter ? Qt::AlignRight
                                                                                                    : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case BusinessUnit: return r.businessUnit;
    case Day: return r.date.toString(Qt::ISODate);
    case BilledBefore: return DisplayFormat::money(r.billedBefore);
    case BilledAfter: return DisplayFormat::money(r.billedAfter);
    case TokensBefore: return DisplayFormat::count(r.usageTokensBefore);
    case TokensAfter: return DisplayFormat::count(r.usageTokensAfter);
    case DetectedAt: return r.detectedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    }
    return {};
}

QVariant RevisionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case BusinessUnit: return tr("Business unit");
    case Day: return tr("Day");
    case BilledBefore: return tr("Billed before (USD)");
    case BilledAfter: return tr("Billed after (USD)");
    case TokensBefore: return tr("Tokens before");
    case TokensAfter: return tr("Tokens after");
    case DetectedAt: return tr("Detected");
    }
    return {};
}

} // namespace tieout::ui
