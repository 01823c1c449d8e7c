#pragma once

#include <QList>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace tieout::ui {

class Page;
class UiSettings;

// The application window: a sidebar of pages (Ctrl+1…Ctrl+9 jump to them), the current page,
// and a status bar naming the database in use. It hosts pages and remembers its layout; it does
// no work of its own — each page owns its feature.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr QSize DefaultSize{1280, 800};

    explicit MainWindow(UiSettings *settings, QWidget *parent = nullptr);

    void addPage(Page *page);
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    Page *page(int index) const { return m_pages.value(index); }
    int currentPageIndex() const;
    void showPage(int index);

    // What the status bar says about the database, e.g. "SQLite database /home/…/tieout.sqlite".
    void setDatabaseDescription(const QString &description, bool healthy = true);
    QString databaseDescription() const;

    // Geometry, toolbar/dock state and the last page, from UiSettings; call after adding pages.
    void restoreLayout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void saveLayout();
    void showAbout();

    UiSettings *m_settings;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QLabel *m_databaseLabel;
    QMenu *m_goMenu;
    QList<Page *> m_pages;
};

} // namespace tieout::ui
