#include "ui/tieout/TieoutPage.h"

#include "ui/common/ComingNextPanel.h"
#include "ui/common/PageHeader.h"

#include <QStyle>
#include <QVBoxLayout>

namespace tieout::ui {

TieoutPage::TieoutPage(QWidget *parent) : Page(parent), m_body(new QVBoxLayout)
{
    setObjectName(QStringLiteral("tieoutPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        title(), tr("List price against what Anthropic billed, per month and business unit."), this));
    layout->addLayout(m_body, 1);
    m_body->addWidget(new ComingNextPanel(
        tr("Tie-out report: coming next"),
        tr("Billed, list price, difference, ratio, unpriced and unattributed dollars per month and business "
           "unit, a chart of list price against billed, a drill-down by model, workspace, key and token "
           "type, "
           "and CSV export of what is shown."),
        this));
}

QString TieoutPage::title() const
{
    return tr("Tie-out");
}

QIcon TieoutPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("view-statistics"),
                            style()->standardIcon(QStyle::SP_DialogApplyButton));
}

} // namespace tieout::ui
