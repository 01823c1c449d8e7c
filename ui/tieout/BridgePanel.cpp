#include "ui/tieout/BridgePanel.h"

#include "ui/common/DisplayFormat.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>

namespace tieout::ui {

BridgePanel::BridgePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("bridgePanel"));
    auto *layout = new QGridLayout(this);
    layout->setColumnStretch(2, 1);
    setLayout(layout);
    m_unpriced = addRow(tr("Unpriced models"), tr("Billed dollars with no list price to match."));
    m_nonToken = addRow(tr("Non-token charges"),
                        tr("Web search at list price minus billed web search, code execution and other charges."));
    m_usageWithoutCost = addRow(tr("Usage with no cost"),
                                tr("List price of usage the cost report has no line for (e.g. priority tier)."));
    m_residual = addRow(tr("Residual on priced cells"), tr("Discounts, credits and rounding on priced tokens."));
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line, layout->rowCount(), 0, 1, 3);
    m_total = addRow(tr("List price − billed"), tr("The four parts add up to it exactly."));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    auto *footnote = new QLabel(tr("Each amount is rounded to the cent on its own; the exact parts add up to "
                                   "the exact total."),
                                this);
    footnote->setWordWrap(true);
    footnote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(footnote, layout->rowCount(), 0, 1, 3);
    layout->setRowStretch(layout->rowCount(), 1);
    clear();
}

QLabel *BridgePanel::addRow(const QString &caption, const QString &explanation)
{
    auto *layout = static_cast<QGridLayout *>(this->layout());
    const int row = layout->rowCount();
    auto *captionLabel = new QLabel(caption, this);
    auto *value = new QLabel(this);
    auto *note = new QLabel(explanation, this);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setMinimumWidth(110);
    value->setAccessibleName(caption);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(captionLabel, row, 0);
    layout->addWidget(value, row, 1);
    layout->addWidget(note, row, 2);
    return value;
}

void BridgePanel::setBridge(const Bridge &bridge)
{
    m_unpriced->setText(DisplayFormat::signedMoney(bridge.unpricedModels));
    m_nonToken->setText(DisplayFormat::signedMoney(bridge.nonTokenCharges));
    m_usageWithoutCost->setText(DisplayFormat::signedMoney(bridge.usageWithoutCost));
    m_residual->setText(DisplayFormat::signedMoney(bridge.residualOnPricedCells));
    m_total->setText(DisplayFormat::signedMoney(bridge.total()));
}

void BridgePanel::clear()
{
    for (QLabel *label : {m_unpriced, m_nonToken, m_usageWithoutCost, m_residual, m_total})
        label->setText(QStringLiteral("—"));
}

QString BridgePanel::totalText() const
{
    return m_total->text();
}

} // namespace tieout::ui
