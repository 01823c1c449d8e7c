#include "ui/tieout/BreakdownModel.h"

#include "ui/common/DisplayFormat.h"

#include <limits>

namespace tieout::ui {

namespace {

constexpr qlonglong Lowest = std::numeric_limits<qlonglong>::min();

bool isChargeWithoutPrice(const QString &tokenTypeKey)
{
    return tokenTypeKey == u"code_execution" || tokenTypeKey == u"session_usage" || tokenTypeKey == u"other";
}

} // namespace

BreakdownModel::BreakdownModel(Dimension dimension, QObject *parent)
    : QAbstractTableModel(parent), m_dimension(dimension)
{
}

void BreakdownModel::setRows(const QList<BreakdownRow> &rows, const QHash<QString, QString> &modelFamilies)
{
    beginResetModel();
    m_rows = rows;
    m_families = modelFamilies;
    endResetModel();
}

int BreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BreakdownModel::tokenTypeLabel(const QString &key)
{
    if (key == u"uncached_input_tokens")
        return tr("Input");
    if (key == u"output_tokens")
        return tr("Output");
    if (key == u"cache_read_input_tokens")
        return tr("Cache read");
    if (key == u"cache_creation.ephemeral_5m_input_tokens")
        return tr("Cache write 5m");
    if (key == u"cache_creation.ephemeral_1h_input_tokens")
        return tr("Cache write 1h");
    if (key == u"web_search")
        return tr("Web search");
    if (key == u"code_execution")
        return tr("Code execution");
    if (key == u"session_usage")
        return tr("Session usage");
    if (key == u"other")
        return tr("Other charges");
    return key;
}

QString BreakdownModel::name(const BreakdownRow &row) const
{
    QString text;
    switch (m_dimension) {
    case Dimension::Model:
        text = row.key.isNull() ? tr("No model (non-token charges)") : row.key;
        break;
    case Dimension::Workspace:
        text = row.key.isNull() ? tr("Default workspace") : (row.name.isEmpty() ? row.key : row.name);
        break;
    case Dimension::ApiKey:
        if (row.unattributed)
            return tr("Unattributed (no usage to weigh)");
        text = row.key.isNull() ? tr("Console (no API key)") : (row.name.isEmpty() ? row.key : row.name);
        break;
    case Dimension::TokenType:
        text = tokenTypeLabel(row.key);
        break;
    }
    return row.unattributed ? tr("%1 — unattributed").arg(text) : text;
}

QString BreakdownModel::id(const BreakdownRow &row) const
{
    if (m_dimension == Dimension::Model) {
        if (row.key.isNull())
            return {};
        const QString family = m_families.value(row.key, row.name);
        return family.isNull() ? tr("unpriced") : family;
    }
    return row.key;
}

bool BreakdownModel::hasNoListPrice(const BreakdownRow &row) const
{
    if (!row.figures.listPrice.isZero())
        return false;
    if (m_dimension == Dimension::Model && !row.key.isNull() && m_families.contains(row.key) &&
        m_families.value(row.key).isNull())
        return true;
    if (m_dimension == Dimension::TokenType && isChargeWithoutPrice(row.key))
        return true;
    return row.figures.tokens > 0 && row.figures.unpricedTokens == row.figures.tokens;
}

QVariant BreakdownModel::display(const BreakdownRow &row, int column) const
{
    const ReconFigures &f = row.figures;
    switch (column) {
    case Name: return name(row);
    case Id: return id(row);
    case BusinessUnit: return row.businessUnit;
    case Billed: return DisplayFormat::money(f.billed);
    case ListPrice: return hasNoListPrice(row) ? tr("no price") : DisplayFormat::money(f.listPrice);
    case Difference: return hasNoListPrice(row) ? QStringLiteral("—") : DisplayFormat::money(f.difference());
    case Ratio: {
        const auto ratio = f.ratio();
        return ratio.isDefined() ? DisplayFormat::decimal(ratio.toDecimalString(4)) : QStringLiteral("—");
    }
    case UnpricedBilled: return DisplayFormat::money(f.unpricedBilled);
    case Fallback: return DisplayFormat::money(f.fallback());
    case Tokens: return DisplayFormat::count(f.tokens);
    }
    return {};
}

QVariant BreakdownModel::sortKey(const BreakdownRow &row, int column) const
{
    const ReconFigures &f = row.figures;
    switch (column) {
    case Name:
    case Id:
    case BusinessUnit:
        return display(row, column);
    case Billed: return qlonglong(f.billed.nanos());
    case ListPrice: return hasNoListPrice(row) ? Lowest : qlonglong(f.listPrice.nanos());
    case Difference: return hasNoListPrice(row) ? Lowest : qlonglong(f.difference().nanos());
    case Ratio: {
        const auto scaled = f.ratio().scaled(9);
        return scaled ? qlonglong(*scaled) : Lowest;
    }
    case UnpricedBilled: return qlonglong(f.unpricedBilled.nanos());
    case Fallback: return qlonglong(f.fallback().nanos());
    case Tokens: return qlonglong(f.tokens);
    }
    return {};
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const BreakdownRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(row, column);
    case Qt::TextAlignmentRole:
        if (column >= Billed)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == ListPrice && hasNoListPrice(row))
            return m_dimension == Dimension::TokenType && isChargeWithoutPrice(row.key)
                       ? tr("The price book has no price for this charge type.")
                       : tr("No list price: the model matches no price-book family. Add one in Settings › "
                            "Price book.");
        if (column == Name && row.unattributed)
            return tr("Tier 3: dollars with no usage to weigh stay with the business unit that was billed.");
        if (column == Id || column == Name)
            return row.key;
        return {};
    case SortRole:
        return sortKey(row, column);
    }
    return {};
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section >= Billed)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        switch (m_dimension) {
        case Dimension::Model: return tr("Model");
        case Dimension::Workspace: return tr("Workspace");
        case Dimension::ApiKey: return tr("API key");
        case Dimension::TokenType: return tr("Token type");
        }
        return {};
    case Id: return m_dimension == Dimension::Model ? tr("Price family") : tr("Id");
    case BusinessUnit: return tr("Business unit");
    case Billed: return tr("Billed");
    case ListPrice: return tr("List price");
    case Difference: return tr("Difference");
    case Ratio: return tr("Ratio");
    case UnpricedBilled: return tr("Unpriced");
    case Fallback: return tr("Fallback");
    case Tokens: return tr("Tokens");
    }
    return {};
}

} // namespace tieout::ui
