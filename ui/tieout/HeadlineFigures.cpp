#include "ui/tieout/HeadlineFigures.h"

#include "ui/common/DisplayFormat.h"
#include "ui/tieout/FigureTile.h"
#include "ui/tieout/ReconTableModel.h"

#include <QHBoxLayout>

namespace tieout::ui {

namespace {

const QColor Good(0x26, 0x7a, 0x2e);
const QColor Bad(0xc0, 0x1c, 0x28);

} // namespace

HeadlineFigures::HeadlineFigures(QWidget *parent)
    : QWidget(parent), m_billed(new FigureTile(this)), m_listPrice(new FigureTile(this)),
      m_difference(new FigureTile(this)), m_ratio(new FigureTile(this)), m_unpriced(new FigureTile(this)),
      m_fallback(new FigureTile(this)), m_allocation(new FigureTile(this)), m_status(new FigureTile(this))
{
    setObjectName(QStringLiteral("headlineFigures"));
    m_billed->setObjectName(QStringLiteral("figureBilled"));
    m_listPrice->setObjectName(QStringLiteral("figureListPrice"));
    m_difference->setObjectName(QStringLiteral("figureDifference"));
    m_ratio->setObjectName(QStringLiteral("figureRatio"));
    m_unpriced->setObjectName(QStringLiteral("figureUnpriced"));
    m_fallback->setObjectName(QStringLiteral("figureFallback"));
    m_allocation->setObjectName(QStringLiteral("figureAllocation"));
    m_status->setObjectName(QStringLiteral("figureStatus"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (FigureTile *tile :
         {m_billed, m_listPrice, m_difference, m_ratio, m_unpriced, m_fallback, m_allocation, m_status})
        layout->addWidget(tile); // no stretch: each tile gets its natural width first, then a share
    setCaptions();
    clear();
}

void HeadlineFigures::setCaptions()
{
    m_billed->setCaption(tr("Billed (USD)"));
    m_listPrice->setCaption(tr("List price (USD)"));
    m_difference->setCaption(tr("Difference (USD)"));
    m_ratio->setCaption(tr("List ÷ billed"));
    m_unpriced->setCaption(tr("Unpriced billed (USD)"));
    m_fallback->setCaption(tr("Fallback (USD)"));
    m_allocation->setCaption(tr("Allocation tie-out (USD)"));
    m_status->setCaption(tr("Status"));
    m_billed->setDetails(tr("What Anthropic billed: the cost report, allocated to business units."));
    m_listPrice->setDetails(tr("Priced usage at list price. Models without a price are not included."));
    m_difference->setDetails(tr("List price minus billed. The bridge explains it."));
    m_ratio->setDetails(tr("List price ÷ (billed − unpriced billed): unpriced dollars have no list price to "
                           "compare with."));
    m_unpriced->setDetails(tr("Billed dollars of models that match no price-book family."));
    m_fallback->setDetails(tr("Billed dollars placed by fallback tiers 1–3; tier 3 (unattributed) stays with "
                              "the business unit that was billed."));
    m_allocation->setDetails(tr("Allocated minus billed over every cost cell: 0.00 when the allocation ties "
                                "exactly, as it must."));
}

void HeadlineFigures::clear()
{
    for (FigureTile *tile :
         {m_billed, m_listPrice, m_difference, m_ratio, m_unpriced, m_fallback, m_allocation, m_status}) {
        tile->setValue(QStringLiteral("—"));
        tile->setNote(QString());
    }
}

void HeadlineFigures::setFigures(const SummaryReport &summary, Money allocatedMinusBilled, bool allocationTies,
                                 const ReconcileOptions &options)
{
    const ReconFigures &f = summary.figures;
    m_billed->setValue(DisplayFormat::money(f.billed));
    m_billed->setNote(f.credits.isZero() ? tr("no credits")
                                         : tr("credits %1").arg(DisplayFormat::money(f.credits)));
    m_listPrice->setValue(DisplayFormat::money(f.listPrice));
    m_listPrice->setNote(tr("priced usage only"));
    m_difference->setValue(DisplayFormat::signedMoney(f.difference()));
    m_difference->setNote(tr("list − billed"));

    const Ratio ratio = f.ratio();
    const QString band = tr("band %1–%2")
                             .arg(DisplayFormat::decimal(Ratio(options.ratioBandLow, 10'000).toDecimalString(2)),
                                  DisplayFormat::decimal(Ratio(options.ratioBandHigh, 10'000).toDecimalString(2)));
    if (ratio.isDefined()) {
        const bool inBand = ratio.withinScaled(options.ratioBandLow, options.ratioBandHigh,
                                               ReconcileOptions::RatioBandScale);
        m_ratio->setValue(DisplayFormat::decimal(ratio.toDecimalString(4)), inBand ? QColor() : Bad);
    } else {
        m_ratio->setValue(QStringLiteral("—"));
    }
    m_ratio->setNote(band);

    m_unpriced->setValue(DisplayFormat::money(f.unpricedBilled), f.unpricedBilled.isZero() ? QColor() : Bad);
    m_unpriced->setNote(summary.unpricedModels.isEmpty()
                            ? tr("every model priced")
                            : tr("%1 model(s) unpriced").arg(summary.unpricedModels.size()));
    m_fallback->setValue(DisplayFormat::money(f.fallback()));
    m_fallback->setNote(tr("unattributed %1").arg(DisplayFormat::money(f.unattributed())));

    m_allocation->setValue(DisplayFormat::money(allocatedMinusBilled), allocationTies ? Good : Bad);
    m_allocation->setNote(allocationTies ? tr("✓ allocated = billed") : tr("✗ does not tie"));

    m_status->setValue(ReconTableModel::statusText(summary.status), ReconTableModel::statusColor(summary.status));
    // Only the counts that are not zero: short enough for the tile in every language.
    QStringList counts;
    if (summary.tiedRows > 0)
        counts.append(tr("%1 tied").arg(summary.tiedRows));
    if (summary.warningRows > 0)
        counts.append(tr("%1 warning").arg(summary.warningRows));
    if (summary.failedRows > 0)
        counts.append(tr("%1 failed").arg(summary.failedRows));
    m_status->setNote(counts.isEmpty() ? tr("no rows") : counts.join(QStringLiteral(" · ")));
}

} // namespace tieout::ui
