#pragma once

#include "ui/mainwindow/Page.h"

class QVBoxLayout;

namespace tieout::ui {

// The analyst's page (SPEC §10 "Tie-out"): month range and BU filter, the totals at a glance,
// list price vs billed per month, and the drill-down table with CSV export.
// Not built yet: the body is a ComingNextPanel inside m_body, the layout the real content
// replaces; the page is already registered, titled and reachable with Ctrl+1.
class TieoutPage final : public Page
{
    Q_OBJECT

public:
    explicit TieoutPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

private:
    QVBoxLayout *m_body;
};

} // namespace tieout::ui
