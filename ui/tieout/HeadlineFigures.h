#pragma once

#include "core/money/Money.h"
#include "core/reconcile/ReconcileOptions.h"
#include "core/reconcile/ReportRows.h"

#include <QWidget>

namespace tieout::ui {

class FigureTile;

// The Tie-out page's figures at a glance (SPEC §10) for the months and BUs shown: billed, list
// price, difference, ratio, unpriced billed, fallback (and unattributed) dollars, the
// allocation tie-out (allocated − billed, $0.00 when it ties) and the rows' status. Every
// figure is an exact core total, rounded once for display.
class HeadlineFigures final : public QWidget
{
    Q_OBJECT

public:
    explicit HeadlineFigures(QWidget *parent = nullptr);

    void setFigures(const SummaryReport &summary, Money allocatedMinusBilled, bool allocationTies,
                    const ReconcileOptions &options);
    void clear();

    FigureTile *billed() const { return m_billed; }
    FigureTile *listPrice() const { return m_listPrice; }
    FigureTile *difference() const { return m_difference; }
    FigureTile *ratio() const { return m_ratio; }
    FigureTile *unpriced() const { return m_unpriced; }
    FigureTile *fallback() const { return m_fallback; }
    FigureTile *allocation() const { return m_allocation; }
    FigureTile *status() const { return m_status; }

private:
    void setCaptions();

    FigureTile *m_billed;
    FigureTile *m_listPrice;
    FigureTile *m_difference;
    FigureTile *m_ratio;
    FigureTile *m_unpriced;
    FigureTile *m_fallback;
    FigureTile *m_allocation;
    FigureTile *m_status;
};

} // namespace tieout::ui
