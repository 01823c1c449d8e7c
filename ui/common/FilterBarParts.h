#pragma once

#include <QAction>
#include <QPushButton>
#include <QString>

class QLabel;
class QProgressBar;
class QWidget;

namespace tieout::ui {

// The parts that the filter bars of the report pages (Tie-out, Data health) set up alike: a
// Refresh button that F5 triggers too, an indeterminate busy bar and a status line (which the
// settings' price book tab uses too). The texts come from the page, so they stay in the page's
// translation context.
class FilterBarParts final
{
public:
    // The button gets the reload icon; F5 anywhere on the page does the same as a click.
    template<typename P>
    static void setUpRefresh(P *page, QPushButton *button, const QString &objectName, const QString &toolTip,
                             void (P::*refresh)())
    {
        setUpRefreshButton(page, button, objectName, toolTip);
        QObject::connect(button, &QPushButton::clicked, page, refresh);
        QObject::connect(addRefreshAction(page), &QAction::triggered, page, refresh);
    }

    // Indeterminate and without text: it says "working", never how far.
    static void setUpBusyIndicator(QProgressBar *busy, int maximumWidth, const QString &accessibleName);
    // Plain text (an error message from the store is shown as it is) that wraps.
    static void setUpStatusLine(QLabel *status, const QString &objectName);
    // `text` in the status line; red when it reports a problem.
    static void showStatus(QLabel *status, const QString &text, bool problem);

private:
    static void setUpRefreshButton(QWidget *page, QPushButton *button, const QString &objectName,
                                   const QString &toolTip);
    static QAction *addRefreshAction(QWidget *page);
};

} // namespace tieout::ui
