#include "ui/tieout/ReconTableModel.h"

#include "ui/common/DisplayFormat.h"

#include <QColor>
#include <QFont>

#include <limits>

namespace tieout::ui {

namespace {

const auto TotalName = QStringLiteral("TOTAL");

ReconStatus statusFromName(const QString &name)
{
    if (name == statusName(ReconStatus::Failed))
        return ReconStatus::Failed;
    if (name == statusName(ReconStatus::Warning))
        return ReconStatus::Warning;
    return ReconStatus::Tied;
}

// The printed decimal as an exact integer for sorting (nano-units); parsing, not arithmetic.
qlonglong exactKey(const QString &printed)
{
    if (printed.isEmpty())
        return std::numeric_limits<qlonglong>::min();
    const auto parsed = Money::parseDollars(printed);
    return parsed ? parsed->nanos : std::numeric_limits<qlonglong>::min();
}

} // namespace

ReconTableModel::ReconTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReconTableModel::setResult(std::shared_ptr<const ReconcileResult> result, const QStringList &businessUnits)
{
    beginResetModel();
    m_result = std::move(result);
    m_lines.clear();
    m_info.clear();
    if (m_result) {
        m_lines = ReconExporter::lines(*m_result, businessUnits);
        RowInfo total;
        for (const ReconLine &line : std::as_const(m_lines)) {
            RowInfo info;
            if (line.isTotal) {
                info = total;
                info.status = statusFromName(line.status);
                total = RowInfo();
            } else {
                const auto month = YearMonth::parse(line.month);
                const int monthIndex = month ? m_result->monthIndex(*month) : -1;
                const int buIndex = m_result->buIndex(line.businessUnit);
                if (monthIndex >= 0 && buIndex >= 0) {
                    const BuMonthRow &row = m_result->row(monthIndex, buIndex);
                    info = {row.status, row.reasons, row.missingDays, row.incompleteFeeders};
                }
                total.reasons |= info.reasons;
                total.missingDays += info.missingDays;
                total.incompleteFeeders += info.incompleteFeeders;
            }
            m_info.append(info);
        }
    }
    endResetModel();
}

void ReconTableModel::clear()
{
    setResult(nullptr, {});
}

int ReconTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ReconTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReconTableModel::cellText(const ReconLine &line, int column) const
{
    switch (column) {
    case Month: return line.month;
    case BusinessUnit: return line.businessUnit;
    case Billed: return line.billed;
    case ListPrice: return line.listPrice;
    case Difference: return line.difference;
    case Ratio: return line.ratio;
    case UnpricedBilled: return line.unpricedBilled;
    case Fallback: return line.fallback;
    case Status: return line.status;
    }
    return {};
}

QVariant ReconTableModel::sortKey(int row, int column) const
{
    const ReconLine &line = m_lines.at(row);
    switch (column) {
    case Month:
    case BusinessUnit:
        return cellText(line, column);
    case Status:
        return qlonglong(m_info.at(row).status);
    default:
        return exactKey(cellText(line, column));
    }
}

QVariant ReconTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const int row = index.row();
    const int column = index.column();
    const ReconLine &line = m_lines.at(row);
    const RowInfo &info = m_info.at(row);
    switch (role) {
    case Qt::DisplayRole:
        if (column == BusinessUnit && line.isTotal)
            return tr("Total");
        if (column == Status)
            return statusText(info.status);
        if (column == Ratio && line.ratio.isEmpty())
            return QStringLiteral("—");
        if (column == Month || column == BusinessUnit)
            return cellText(line, column);
        return DisplayFormat::decimal(cellText(line, column));
    case Qt::AccessibleTextRole:
        if (column == Ratio && line.ratio.isEmpty())
            return tr("no ratio");
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (column >= Billed && column <= Fallback)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == Status)
            return statusColor(info.status);
        return {};
    case Qt::FontRole:
        if (line.isTotal) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        return line.isTotal ? QVariant(QColor(120, 120, 120, 28)) : QVariant();
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case SortRole:
        return sortKey(row, column);
    case MonthRole:
        return line.month;
    case BusinessUnitRole:
        return line.businessUnit;
    case IsTotalRole:
        return line.isTotal;
    case StatusRole:
        return int(info.status);
    case PlainTextRole:
        return cellText(line, column);
    }
    return {};
}

QString ReconTableModel::toolTip(int row, int column) const
{
    const ReconLine &line = m_lines.at(row);
    const RowInfo &info = m_info.at(row);
    switch (column) {
    case Status:
        return reasonsText(info.reasons, info.missingDays, info.incompleteFeeders);
    case Difference:
        return tr("List price minus billed, of the printed amounts.");
    case Ratio:
        return line.ratio.isEmpty() ? tr("No ratio: nothing priced was billed.")
                                    : tr("List price ÷ (billed − unpriced billed), from exact amounts.");
    case UnpricedBilled:
        return tr("Billed dollars of models that have no list price: they are not in the list price.");
    case Fallback:
        return tr("Billed dollars placed by a fallback tier (1–3), including unattributed dollars.");
    default:
        return line.isTotal ? tr("The month's total over the business units shown; the rows add up to it "
                                 "exactly.")
                            : QString();
    }
}

QVariant ReconTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Month: return tr("Month");
        case BusinessUnit: return tr("Business unit");
        case Billed: return tr("Billed");
        case ListPrice: return tr("List price");
        case Difference: return tr("Difference");
        case Ratio: return tr("Ratio");
        case UnpricedBilled: return tr("Unpriced");
        case Fallback: return tr("Fallback");
        case Status: return tr("Status");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Billed: return tr("Billed dollars (USD), allocated to the business unit.");
        case ListPrice: return tr("List price of priced usage (USD).");
        case Difference: return tr("List price minus billed (USD).");
        case Ratio: return tr("List price ÷ (billed − unpriced billed).");
        case UnpricedBilled: return tr("Billed dollars of models without a list price (USD).");
        case Fallback: return tr("Billed dollars placed by fallback tiers 1–3 (USD).");
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && section >= Billed && section <= Fallback)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString ReconTableModel::statusText(ReconStatus status)
{
    switch (status) {
    case ReconStatus::Tied: return tr("tied");
    case ReconStatus::Warning: return tr("warning");
    case ReconStatus::Failed: return tr("failed");
    }
    return {};
}

QColor ReconTableModel::statusColor(ReconStatus status)
{
    switch (status) {
    case ReconStatus::Tied: return QColor(0x26, 0x7a, 0x2e);
    case ReconStatus::Warning: return QColor(0x9a, 0x5b, 0x00);
    case ReconStatus::Failed: return QColor(0xc0, 0x1c, 0x28);
    }
    return {};
}

QString ReconTableModel::reasonsText(StatusReasons reasons, int missingDays, const QStringList &incompleteFeeders)
{
    QStringList lines;
    if (reasons & AllocationNotTied)
        lines.append(tr("Failed: the allocated dollars do not tie to what was billed."));
    if (reasons & MissingDays) {
        lines.append(tr("Failed: days never fetched for a business unit feeding this row: %1.").arg(missingDays));
        for (const QString &feeder : incompleteFeeders)
            lines.append(QStringLiteral("  ") + feeder);
    }
    if (reasons & UnpricedDollars)
        lines.append(tr("Warning: billed dollars of models without a list price."));
    if (reasons & UnpricedUsage)
        lines.append(tr("Warning: usage of models without a list price."));
    if (reasons & FallbackDollars)
        lines.append(tr("Warning: dollars placed by a fallback tier."));
    if (reasons & RatioOutOfBand)
        lines.append(tr("Warning: the list-to-billed ratio is outside the configured band."));
    if (reasons & RatioUndefined)
        lines.append(tr("Warning: list price but nothing priced billed to compare with."));
    if (lines.isEmpty())
        lines.append(tr("Tied: allocation ties, every day fetched, ratio inside the band."));
    return lines.join(u'\n');
}

} // namespace tieout::ui
