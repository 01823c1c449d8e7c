#include "ui/common/Notices.h"

#include <QMessageBox>

namespace tieout::ui {

namespace {

QMessageBox *show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText); // messages quote user data (names, paths): never markup
    box->setWindowModality(Qt::WindowModal);
    box->open();
    return box;
}

} // namespace

QMessageBox *Notices::error(QWidget *parent, const QString &title, const QString &text)
{
    return show(parent, QMessageBox::Critical, title, text);
}

QMessageBox *Notices::warning(QWidget *parent, const QString &title, const QString &text)
{
    return show(parent, QMessageBox::Warning, title, text);
}

QMessageBox *Notices::information(QWidget *parent, const QString &title, const QString &text)
{
    return show(parent, QMessageBox::Information, title, text);
}

} // namespace tieout::ui
