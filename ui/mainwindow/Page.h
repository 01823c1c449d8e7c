#pragma once

#include <QIcon>
#include <QWidget>

namespace tieout::ui {

// One page of the main window (Tie-out, Backfill, Data health, Settings). The window lists
// pages in its sidebar by title and icon and gives each a Ctrl+<n> shortcut, so adding a page
// is: subclass Page, construct it in the composition root, MainWindow::addPage().
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(QWidget *parent = nullptr);

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;

    // The page became the visible one: refresh cheap state here.
    virtual void activate() {}
    // May the window close now? A page with work in flight explains why not (and returns false).
    virtual bool canClose() { return true; }

signals:
    // A transient note for the main window's status bar.
    void statusMessage(const QString &text);
};

} // namespace tieout::ui
