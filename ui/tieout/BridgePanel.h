#pragma once

#include "core/reconcile/Bridge.h"

#include <QWidget>

class QLabel;

namespace tieout::ui {

// The list-to-billed bridge (SPEC §5) of the selection: list price − billed explained in four
// parts that add up to it exactly — unpriced models, non-token charges, usage with no cost and
// the residual on priced cells (discounts, credits, rounding).
class BridgePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit BridgePanel(QWidget *parent = nullptr);

    void setBridge(const Bridge &bridge);
    void clear();
    QString totalText() const;

private:
    QLabel *addRow(const QString &caption, const QString &explanation);

    QLabel *m_unpriced;
    QLabel *m_nonToken;
    QLabel *m_usageWithoutCost;
    QLabel *m_residual;
    QLabel *m_total;
};

} // namespace tieout::ui
