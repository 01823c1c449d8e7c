#pragma once

#include <QWidget>

class QLabel;

namespace tieout::ui {

// The title line at the top of every page: a large title and one sentence saying what the page
// is for, so each page explains itself the same way.
class PageHeader final : public QWidget
{
    Q_OBJECT

public:
    PageHeader(const QString &title, const QString &description, QWidget *parent = nullptr);

private:
    QLabel *m_title;
    QLabel *m_description;
};

} // namespace tieout::ui
