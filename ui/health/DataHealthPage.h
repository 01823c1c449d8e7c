#pragma once

#include "ui/mainwindow/Page.h"

class QVBoxLayout;

namespace tieout::ui {

// The operator's view of the stored data (SPEC §10 "Data health"): completeness per BU and
// day, duplicates, revisions and the last fetch.
// Not built yet: the body is a ComingNextPanel inside m_body, the layout the real content
// replaces; the page is already registered, titled and reachable with Ctrl+3.
class DataHealthPage final : public Page
{
    Q_OBJECT

public:
    explicit DataHealthPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

private:
    QVBoxLayout *m_body;
};

} // namespace tieout::ui
