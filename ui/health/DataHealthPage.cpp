#include "ui/health/DataHealthPage.h"

#include "ui/common/ComingNextPanel.h"
#include "ui/common/PageHeader.h"

#include <QStyle>
#include <QVBoxLayout>

namespace tieout::ui {

DataHealthPage::DataHealthPage(QWidget *parent) : Page(parent), m_body(new QVBoxLayout)
{
    setObjectName(QStringLiteral("dataHealthPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        title(), tr("Is the stored data complete and consistent? Coverage, duplicates and restatements."),
        this));
    layout->addLayout(m_body, 1);
    m_body->addWidget(new ComingNextPanel(
        tr("Data health: coming next"),
        tr("Completeness per business unit and day, duplicate rows, revisions found by sync, and when each "
           "business unit was last fetched."),
        this));
}

QString DataHealthPage::title() const
{
    return tr("Data health");
}

QIcon DataHealthPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("dialog-information"),
                            style()->standardIcon(QStyle::SP_MessageBoxInformation));
}

} // namespace tieout::ui
