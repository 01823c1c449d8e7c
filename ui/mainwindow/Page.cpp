#include "ui/mainwindow/Page.h"

namespace tieout::ui {

Page::Page(QWidget *parent) : QWidget(parent) {}

} // namespace tieout::ui
