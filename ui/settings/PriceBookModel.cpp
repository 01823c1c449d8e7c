#include "ui/settings/PriceBookModel.h"

#include "core/pricing/PriceBookJson.h"
#include "ui/common/DisplayFormat.h"

namespace tieout::ui {

namespace {

// The exact price, with at least cents ("3.00", "0.30", "0.075") so a column reads evenly.
QString price(qint64 nanosPerMillion)
{
    QString text = PriceBookJson::formatNanos(nanosPerMillion);
    const qsizetype dot = text.indexOf(u'.');
    if (dot < 0)
        text += QStringLiteral(".00");
    else if (text.size() - dot - 1 < 2)
        text += QString(2 - (text.size() - dot - 1), u'0');
    return DisplayFormat::decimal(text);
}

} // namespace

PriceBookModel::PriceBookModel(QObject *parent) : QAbstractTableModel(parent) {}

int PriceBookModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int PriceBookModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriceBookModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PriceEntry &entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole)
        return display(entry, index.column());
    if (role == Qt::TextAlignmentRole && index.column() >= InputColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PriceBookModel::display(const PriceEntry &entry, int column) const
{
    const auto longPrice = [&entry](TokenType type) -> QVariant {
        if (!entry.longContext)
            return {};
        return price(entry.longContext->of(type));
    };
    switch (column) {
    case FamilyColumn:
        return entry.family;
    case OriginColumn:
        return entry.origin == PriceOrigin::User ? tr("User") : tr("Shipped");
    case FromColumn:
        return entry.effectiveFrom.isNull() ? tr("always") : entry.effectiveFrom.toString(Qt::ISODate);
    case ToColumn:
        return entry.effectiveTo.isNull() ? tr("open") : entry.effectiveTo.toString(Qt::ISODate);
    case InputColumn:
        return price(entry.standard.of(TokenType::UncachedInput));
    case OutputColumn:
        return price(entry.standard.of(TokenType::Output));
    case CacheWrite5mColumn:
        return price(entry.standard.of(TokenType::CacheWrite5m));
    case CacheWrite1hColumn:
        return price(entry.standard.of(TokenType::CacheWrite1h));
    case CacheReadColumn:
        return price(entry.standard.of(TokenType::CacheRead));
    case LongInputColumn:
        return longPrice(TokenType::UncachedInput);
    case LongOutputColumn:
        return longPrice(TokenType::Output);
    default:
        return {};
    }
}

QVariant PriceBookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section >= InputColumn)
        return tr("USD per million tokens");
    if (role == Qt::ToolTipRole && section == ToColumn)
        return tr("First day the entry no longer applies");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FamilyColumn:
        return tr("Model family");
    case OriginColumn:
        return tr("Origin");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("Until");
    case InputColumn:
        return tr("Input");
    case OutputColumn:
        return tr("Output");
    case CacheWrite5mColumn:
        return tr("Cache write 5m");
    case CacheWrite1hColumn:
        return tr("Cache write 1h");
    case CacheReadColumn:
        return tr("Cache read");
    case LongInputColumn:
        return tr("Input >200k");
    case LongOutputColumn:
        return tr("Output >200k");
    default:
        return {};
    }
}

void PriceBookModel::setEntries(const QList<PriceEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

} // namespace tieout::ui
