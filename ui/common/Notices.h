#pragma once

#include <QString>

class QMessageBox;
class QWidget;

namespace tieout::ui {

// Window-modal message boxes shown with open(), never exec(): the event loop keeps running
// (no nested loop) and a backfill in progress keeps reporting while the box is up.
class Notices final
{
public:
    static QMessageBox *error(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox *warning(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox *information(QWidget *parent, const QString &title, const QString &text);
};

} // namespace tieout::ui
