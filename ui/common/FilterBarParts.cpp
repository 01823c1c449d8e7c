#include "ui/common/FilterBarParts.h"

#include <QLabel>
#include <QProgressBar>
#include <QStyle>

namespace tieout::ui {

void FilterBarParts::setUpBusyIndicator(QProgressBar *busy, int maximumWidth, const QString &accessibleName)
{
    busy->setRange(0, 0);
    busy->setMaximumWidth(maximumWidth);
    busy->setTextVisible(false);
    busy->setAccessibleName(accessibleName);
}

void FilterBarParts::setUpStatusLine(QLabel *status, const QString &objectName)
{
    status->setObjectName(objectName);
    status->setTextFormat(Qt::PlainText);
    status->setWordWrap(true);
}

void FilterBarParts::showStatus(QLabel *status, const QString &text, bool problem)
{
    status->setText(text);
    status->setStyleSheet(problem ? QStringLiteral("color: #c01c28;") : QString());
}

void FilterBarParts::setUpRefreshButton(QWidget *page, QPushButton *button, const QString &objectName,
                                        const QString &toolTip)
{
    button->setObjectName(objectName);
    button->setIcon(page->style()->standardIcon(QStyle::SP_BrowserReload));
    button->setToolTip(toolTip);
}

QAction *FilterBarParts::addRefreshAction(QWidget *page)
{
    // Scoped to the page, so F5 refreshes the page that is shown and no other.
    auto *action = new QAction(page);
    action->setShortcut(QKeySequence::Refresh);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(action);
    return action;
}

} // namespace tieout::ui
