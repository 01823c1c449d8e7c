#pragma once

#include "core/config/AppConfig.h"
#include "ui/backfill/BackfillController.h"
#include "ui/mainwindow/Page.h"

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace tieout {
class Clock;
}

namespace tieout::ui {

class BackfillEngine;
class ConfirmReplaceDialog;
class MonthEdit;
class UiSettings;

// The operator's Backfill page (SPEC §10): months and BUs -> Plan -> Preview -> Execute… with a
// typed confirmation, progress per window, Cancel between windows, a log, Verify afterwards.
// The workflow itself lives in BackfillController; this page only collects the selection,
// shows the controller's state and opens the confirm dialog.
class BackfillPage final : public Page
{
    Q_OBJECT

public:
    BackfillPage(BackfillEngine *engine, const Clock *clock, const AppConfig &config, UiSettings *settings,
                 QWidget *parent = nullptr);
    ~BackfillPage() override;

    QString title() const override;
    QIcon icon() const override;
    bool canClose() override;

    void setConfig(const AppConfig &config);
    BackfillController *controller() const { return m_controller; }

    // Opens the confirm dialog for the current preview (the Execute… button).
    ConfirmReplaceDialog *openConfirmDialog();

private:
    QWidget *buildSelection();
    QWidget *buildActions();
    void fillBusinessUnits(const QStringList &names);
    QStringList checkedBusinessUnits() const;
    void onSelectionChanged();
    void onPlan();
    void onPreview();
    void onStateChanged();
    void onProgress(int done, int total);
    void updateTarget();
    void updateSummary();
    void showProblem(const QString &message);

    BackfillController *m_controller;
    const Clock *m_clock;
    UiSettings *m_settings;
    MonthEdit *m_from;
    MonthEdit *m_to;
    QListWidget *m_units;
    QPushButton *m_planButton;
    QPushButton *m_previewButton;
    QPushButton *m_executeButton;
    QPushButton *m_cancelButton;
    QPushButton *m_verifyButton;
    QLabel *m_target;
    QLabel *m_summary;
    QLabel *m_problem;
    QProgressBar *m_progress;
    QTableView *m_table;
    QPlainTextEdit *m_log;
    bool m_filling = false;
};

} // namespace tieout::ui
