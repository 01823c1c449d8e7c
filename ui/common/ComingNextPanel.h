#pragma once

#include <QFrame>

namespace tieout::ui {

// Stands in for the body of a page that is not built yet: says what will be there, so a
// screenshot of an unfinished page never looks like an empty result.
class ComingNextPanel final : public QFrame
{
    Q_OBJECT

public:
    ComingNextPanel(const QString &headline, const QString &details, QWidget *parent = nullptr);
};

} // namespace tieout::ui
