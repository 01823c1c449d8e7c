#include "ui/mainwindow/MainWindow.h"

#include "ui/common/AppIcon.h"
#include "ui/common/Notices.h"
#include "ui/mainwindow/Page.h"
#include "ui/settings/UiSettings.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace tieout::ui {

MainWindow::MainWindow(UiSettings *settings, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_navigation(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_databaseLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Tieout"));
    setWindowIcon(AppIcon::icon());
    resize(DefaultSize);

    m_navigation->setObjectName(QStringLiteral("pageNavigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(190);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_stack->setObjectName(QStringLiteral("pageStack"));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= pageCount())
            return;
        m_stack->setCurrentIndex(row);
        m_pages.at(row)->activate();
    });

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_goMenu = menuBar()->addMenu(tr("&Go"));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Tieout"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    m_databaseLabel->setObjectName(QStringLiteral("databaseStatus"));
    m_databaseLabel->setTextFormat(Qt::PlainText);
    m_databaseLabel->setAccessibleName(tr("Database in use"));
    statusBar()->addPermanentWidget(m_databaseLabel);
    setDatabaseDescription(tr("no database opened yet"), false);
}

void MainWindow::addPage(Page *page)
{
    const int index = pageCount();
    m_pages.append(page);
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
    item->setSizeHint(QSize(0, 36));
    if (index < 9) {
        const QKeySequence shortcut(QKeyCombination(Qt::CTRL, Qt::Key(Qt::Key_1 + index)));
        item->setToolTip(tr("%1 (%2)").arg(page->title(), shortcut.toString(QKeySequence::NativeText)));
        QAction *go = m_goMenu->addAction(page->icon(), page->title());
        go->setShortcut(shortcut);
        // The action lives on the window, so the shortcut works whichever widget has focus.
        connect(go, &QAction::triggered, this, [this, index] { showPage(index); });
    }
    connect(page, &Page::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10'000); });
    if (index == 0)
        m_navigation->setCurrentRow(0);
}

int MainWindow::currentPageIndex() const
{
    return m_stack->currentIndex();
}

void MainWindow::showPage(int index)
{
    if (index >= 0 && index < pageCount())
        m_navigation->setCurrentRow(index);
}

void MainWindow::setDatabaseDescription(const QString &description, bool healthy)
{
    m_databaseLabel->setText(tr("Database: %1").arg(description));
    m_databaseLabel->setToolTip(description);
    m_databaseLabel->setStyleSheet(healthy ? QString() : QStringLiteral("color: palette(mid);"));
}

QString MainWindow::databaseDescription() const
{
    return m_databaseLabel->text();
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(DefaultSize);
    restoreState(m_settings->windowState());
    showPage(m_settings->currentPage());
}

void MainWindow::saveLayout()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setCurrentPage(currentPageIndex());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (Page *page : std::as_const(m_pages)) {
        if (!page->canClose()) {
            showPage(static_cast<int>(m_pages.indexOf(page)));
            event->ignore();
            return;
        }
    }
    saveLayout();
    event->accept();
}

void MainWindow::showAbout()
{
    Notices::information(
        this, tr("About Tieout"),
        tr("Tieout %1\n\nTies Anthropic usage at list price out against what was billed, per "
           "month, business unit and model.")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace tieout::ui
