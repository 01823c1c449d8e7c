#include "core/export/ReconExporter.h"

#include "core/export/CsvWriter.h"
#include "core/money/Int128.h"
#include "core/pricing/ExactDivision.h"
#include "core/reconcile/ReportScope.h"

#include <algorithm>
#include <numeric>

namespace tieout {

namespace {

constexpr qint64 NanosPerCent = Money::NanosPerCent;

QString centsText(qint64 cents)
{
    return Money::fromNanos(cents * NanosPerCent).toDecimalString(2);
}

// floor(nanos / 10^7): whole cents toward minus infinity, so the remainders are in [0, 1 cent).
qint64 floorCents(qint64 nanos)
{
    return static_cast<qint64>(floorDivide(static_cast<Int128>(nanos), static_cast<Int128>(NanosPerCent)));
}

} // namespace

QStringList ReconExporter::header()
{
    return {QStringLiteral("month"),          QStringLiteral("business_unit"),
            QStringLiteral("billed_usd"),     QStringLiteral("list_price_usd"),
            QStringLiteral("difference_usd"), QStringLiteral("list_to_billed_ratio"),
            QStringLiteral("unpriced_billed_usd"), QStringLiteral("fallback_allocated_usd"),
            QStringLiteral("status")};
}

QList<qint64> ReconExporter::footedCents(const QList<qint64> &exactNanos, qint64 *totalCents)
{
    qint64 total = 0;
    for (qint64 nanos : exactNanos)
        total += nanos;
    const qint64 target = Money::roundNanosHalfEven(total, 2) / NanosPerCent;
    QList<qint64> cents;
    QList<qint64> remainders;
    qint64 assigned = 0;
    for (qint64 nanos : exactNanos) {
        const qint64 floor = floorCents(nanos);
        cents.append(floor);
        remainders.append(nanos - floor * NanosPerCent);
        assigned += floor;
    }
    // The leftover is round(sum of remainders), so it never exceeds the rows that have one.
    qint64 leftover = target - assigned;
    QList<qsizetype> order(exactNanos.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return remainders.at(a) > remainders.at(b); });
    for (qsizetype i = 0; leftover > 0 && i < order.size(); ++i, --leftover)
        ++cents[order.at(i)];
    if (totalCents)
        *totalCents = target;
    return cents;
}

QList<ReconLine> ReconExporter::lines(const ReconcileResult &result, const QStringList &businessUnits)
{
    QList<ReconLine> lines;
    const std::vector<quint8> inScope = ReportScope::of(result, ReportFilter{{}, businessUnits}).bus;
    QList<qsizetype> scope; // BU indexes printed, in the result's (code-point) order
    for (qsizetype bu = 0; bu < result.businessUnits.size(); ++bu) {
        if (inScope[size_t(bu)])
            scope.append(bu);
    }
    const qsizetype buCount = scope.size();
    lines.reserve(result.months.size() * (buCount + 1));
    for (qsizetype month = 0; month < result.months.size(); ++month) {
        // Exact nanos per BU for each printed amount column, footed per column.
        enum Column { Billed, List, Unpriced, Fallback, ColumnCount };
        std::array<QList<qint64>, ColumnCount> exact;
        for (qsizetype bu : std::as_const(scope)) {
            const ReconFigures &f = result.row(int(month), int(bu)).figures;
            exact[Billed].append(f.billed.nanos());
            exact[List].append(f.listPrice.nanos());
            exact[Unpriced].append(f.unpricedBilled.nanos());
            exact[Fallback].append(f.fallback().nanos());
        }
        std::array<QList<qint64>, ColumnCount> printed;
        std::array<qint64, ColumnCount> totals{};
        for (int column = 0; column < ColumnCount; ++column)
            printed[size_t(column)] = footedCents(exact[size_t(column)], &totals[size_t(column)]);

        const QString monthText = result.months.at(month).toString();
        const auto addLine = [&](const QString &bu, qint64 billed, qint64 list, const Ratio &ratio, qint64 unpriced,
                                 qint64 fallback, ReconStatus status, bool isTotal) {
            lines.append(ReconLine{monthText, bu, centsText(billed), centsText(list), centsText(list - billed),
                                   ratio.toDecimalString(4), centsText(unpriced), centsText(fallback),
                                   statusName(status), isTotal});
        };
        MonthRow total; // of the BUs printed; with every BU it is the result's month total
        for (qsizetype at = 0; at < buCount; ++at) {
            const BuMonthRow &row = result.row(int(month), int(scope.at(at)));
            addLine(row.businessUnit, printed[Billed].at(at), printed[List].at(at), row.figures.ratio(),
                    printed[Unpriced].at(at), printed[Fallback].at(at), row.status, false);
            total.figures += row.figures;
            total.status = std::max(total.status, row.status);
        }
        addLine(QStringLiteral("TOTAL"), totals[Billed], totals[List], total.figures.ratio(), totals[Unpriced],
                totals[Fallback], total.status, true);
    }
    return lines;
}

Status ReconExporter::write(const ReconcileResult &result, QIODevice *device, const QStringList &businessUnits)
{
    CsvWriter csv(device);
    csv.writeRecord(header());
    for (const ReconLine &line : lines(result, businessUnits)) {
        csv.text(line.month).text(line.businessUnit);
        csv.number(line.billed).number(line.listPrice).number(line.difference);
        if (line.ratio.isEmpty())
            csv.empty();
        else
            csv.number(line.ratio);
        csv.number(line.unpricedBilled).number(line.fallback).text(line.status);
        csv.endRecord();
    }
    return csv.finish();
}

} // namespace tieout
