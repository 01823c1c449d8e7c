#include "ui/backfill/BackfillPage.h"

#include "core/common/Clock.h"
#include "ui/backfill/BackfillEngine.h"
#include "ui/backfill/BackfillWindowsModel.h"
#include "ui/backfill/ConfirmReplaceDialog.h"
#include "ui/common/DisplayFormat.h"
#include "ui/common/MonthEdit.h"
#include "ui/common/Notices.h"
#include "ui/common/PageHeader.h"
#include "ui/settings/UiSettings.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace tieout::ui {

namespace {

const auto TableStateName = QStringLiteral("backfill/windows");
const auto SplitterStateName = QStringLiteral("backfill/splitter");

} // namespace

BackfillPage::BackfillPage(BackfillEngine *engine, const Clock *clock, const AppConfig &config,
                           UiSettings *settings, QWidget *parent)
    : Page(parent), m_controller(new BackfillController(engine, clock, this)), m_clock(clock),
      m_settings(settings), m_from(new MonthEdit(this)), m_to(new MonthEdit(this)),
      m_units(new QListWidget(this)), m_target(new QLabel(this)), m_summary(new QLabel(this)),
      m_problem(new QLabel(this)), m_progress(new QProgressBar(this)), m_table(new QTableView(this)),
      m_log(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("backfillPage"));

    m_table->setObjectName(QStringLiteral("backfillWindowsTable"));
    m_table->setAccessibleName(tr("Backfill windows"));
    m_table->setModel(m_controller->windowsModel());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->restoreState(m_settings->viewState(TableStateName));

    m_log->setObjectName(QStringLiteral("backfillLog"));
    m_log->setAccessibleName(tr("Backfill log"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5'000);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("backfillSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->restoreState(m_settings->viewState(SplitterStateName));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(
        title(),
        tr("Fill in or repair stored history: plan the month windows, preview what would change (read-only), "
           "then execute after confirming."),
        this));
    layout->addWidget(buildSelection());
    layout->addWidget(buildActions());
    layout->addWidget(splitter, 1);

    connect(m_controller, &BackfillController::stateChanged, this, &BackfillPage::onStateChanged);
    connect(m_controller, &BackfillController::progressChanged, this, &BackfillPage::onProgress);
    connect(m_controller, &BackfillController::logMessage, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_controller, &BackfillController::problem, this, &BackfillPage::showProblem);
    connect(m_controller, &BackfillController::verified, this, [this](const VerifyReport &report) {
        m_summary->setText(
            report.passed()
                ? tr("Verify passed: %1 checks, %2 warnings for the analyst.")
                      .arg(report.checks.size())
                      .arg(report.warningCount())
                : tr("Verify failed: %1 of %2 integrity checks; the log lists the offending rows.")
                      .arg(report.failedCount())
                      .arg(report.checks.size()));
    });
    connect(engine, &BackfillEngine::databaseChanged, this, &BackfillPage::updateTarget);

    setConfig(config);
    updateTarget();
    onStateChanged();
}

BackfillPage::~BackfillPage()
{
    m_settings->setViewState(TableStateName, m_table->horizontalHeader()->saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("backfillSplitter")))
        m_settings->setViewState(SplitterStateName, splitter->saveState());
}

QString BackfillPage::title() const
{
    return tr("Backfill");
}

QIcon BackfillPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("view-refresh"), style()->standardIcon(QStyle::SP_BrowserReload));
}

QWidget *BackfillPage::buildSelection()
{
    auto *box = new QGroupBox(tr("What to backfill"), this);
    const YearMonth thisMonth = YearMonth::of(m_clock->todayUtc());
    for (MonthEdit *edit : {m_from, m_to}) {
        edit->setMonthRange(YearMonth(2020, 1), thisMonth);
        connect(edit, &QDateEdit::dateChanged, this, &BackfillPage::onSelectionChanged);
    }
    m_from->setObjectName(QStringLiteral("backfillFromMonth"));
    m_to->setObjectName(QStringLiteral("backfillToMonth"));
    m_from->setAccessibleName(tr("First month"));
    m_to->setAccessibleName(tr("Last month"));
    const YearMonth savedFrom = m_settings->backfillFrom();
    const YearMonth savedTo = m_settings->backfillTo();
    m_from->setMonth(savedFrom.isValid() ? savedFrom : thisMonth.previous());
    m_to->setMonth(savedTo.isValid() ? savedTo : thisMonth.previous());

    auto *months = new QFormLayout;
    months->addRow(tr("&From:"), m_from);
    months->addRow(tr("&To:"), m_to);

    m_units->setObjectName(QStringLiteral("backfillBusinessUnits"));
    m_units->setAccessibleName(tr("Business units to backfill"));
    m_units->setMaximumHeight(96);
    connect(m_units, &QListWidget::itemChanged, this, &BackfillPage::onSelectionChanged);
    auto *all = new QPushButton(tr("&All"), this);
    auto *none = new QPushButton(tr("&None"), this);
    all->setAccessibleName(tr("Select all business units"));
    none->setAccessibleName(tr("Select no business unit"));
    const auto checkAll = [this](Qt::CheckState state) {
        m_filling = true;
        for (int row = 0; row < m_units->count(); ++row)
            m_units->item(row)->setCheckState(state);
        m_filling = false;
        onSelectionChanged();
    };
    connect(all, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Checked); });
    connect(none, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Unchecked); });
    auto *unitButtons = new QVBoxLayout;
    unitButtons->addWidget(all);
    unitButtons->addWidget(none);
    unitButtons->addStretch();
    auto *unitsLabel = new QLabel(tr("&Business units:"), this);
    unitsLabel->setBuddy(m_units);

    auto *layout = new QHBoxLayout(box);
    layout->addLayout(months);
    layout->addSpacing(24);
    layout->addWidget(unitsLabel, 0, Qt::AlignTop);
    layout->addWidget(m_units, 1);
    layout->addLayout(unitButtons);
    return box;
}

QWidget *BackfillPage::buildActions()
{
    auto *panel = new QWidget(this);
    m_planButton = new QPushButton(tr("&Plan"), panel);
    m_previewButton = new QPushButton(tr("Pre&view"), panel);
    m_executeButton = new QPushButton(tr("&Execute…"), panel);
    m_cancelButton = new QPushButton(tr("&Cancel"), panel);
    m_verifyButton = new QPushButton(tr("Veri&fy"), panel);
    m_planButton->setObjectName(QStringLiteral("backfillPlanButton"));
    m_previewButton->setObjectName(QStringLiteral("backfillPreviewButton"));
    m_executeButton->setObjectName(QStringLiteral("backfillExecuteButton"));
    m_cancelButton->setObjectName(QStringLiteral("backfillCancelButton"));
    m_verifyButton->setObjectName(QStringLiteral("backfillVerifyButton"));
    m_planButton->setToolTip(tr("List the month windows per business unit. No network, nothing written."));
    m_previewButton->setToolTip(tr("Fetch the windows read-only and compare them with the database."));
    m_executeButton->setToolTip(tr("Replace the previewed windows in the database, after confirmation."));
    m_cancelButton->setToolTip(tr("Stop after the window in progress."));
    m_verifyButton->setToolTip(tr("Run the read-only store checks over the range."));
    m_executeButton->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));

    connect(m_planButton, &QPushButton::clicked, this, &BackfillPage::onPlan);
    connect(m_previewButton, &QPushButton::clicked, this, &BackfillPage::onPreview);
    connect(m_executeButton, &QPushButton::clicked, this, &BackfillPage::openConfirmDialog);
    connect(m_cancelButton, &QPushButton::clicked, m_controller, &BackfillController::cancel);
    connect(m_verifyButton, &QPushButton::clicked, m_controller, &BackfillController::verifyStoredRange);

    m_progress->setObjectName(QStringLiteral("backfillProgress"));
    m_progress->setAccessibleName(tr("Windows done"));
    m_progress->setFormat(tr("%v of %m windows"));
    m_progress->setMinimumWidth(220);
    m_target->setObjectName(QStringLiteral("backfillTarget"));
    m_target->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("backfillSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("backfillProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_problem->hide();

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button :
         {m_planButton, m_previewButton, m_executeButton, m_cancelButton, m_verifyButton})
        buttons->addWidget(button);
    buttons->addSpacing(12);
    buttons->addWidget(m_progress, 1);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_target);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    return panel;
}

void BackfillPage::setConfig(const AppConfig &config)
{
    m_controller->setConfig(config);
    fillBusinessUnits(m_controller->configuredBusinessUnits());
}

void BackfillPage::fillBusinessUnits(const QStringList &names)
{
    // Keep the operator's ticks across a config reload; new BUs start ticked.
    QSet<QString> unchecked;
    for (int row = 0; row < m_units->count(); ++row) {
        if (m_units->item(row)->checkState() == Qt::Unchecked)
            unchecked.insert(m_units->item(row)->text());
    }
    m_filling = true;
    m_units->clear();
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_units);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(unchecked.contains(name) ? Qt::Unchecked : Qt::Checked);
    }
    m_filling = false;
    if (names.isEmpty())
        showProblem(tr("No business units are configured. Add them in Settings."));
}

QStringList BackfillPage::checkedBusinessUnits() const
{
    QStringList names;
    for (int row = 0; row < m_units->count(); ++row) {
        if (m_units->item(row)->checkState() == Qt::Checked)
            names.append(m_units->item(row)->text());
    }
    return names;
}

void BackfillPage::onSelectionChanged()
{
    if (m_filling || m_controller->isRunning())
        return;
    if (m_controller->state() != BackfillController::State::Idle) {
        m_controller->discardPlan();
        m_summary->setText(tr("The selection changed: plan or preview again."));
    }
}

void BackfillPage::onPlan()
{
    m_problem->hide();
    m_settings->setBackfillRange(m_from->month(), m_to->month());
    if (auto planned = m_controller->plan(m_from->month(), m_to->month(), checkedBusinessUnits()); !planned)
        showProblem(planned.error().message());
}

void BackfillPage::onPreview()
{
    // Preview always covers what the selection says now: plan it first (cheap, no network).
    onPlan();
    if (m_controller->state() != BackfillController::State::Planned)
        return;
    if (auto started = m_controller->preview(); !started)
        showProblem(started.error().message());
}

ConfirmReplaceDialog *BackfillPage::openConfirmDialog()
{
    if (!m_controller->canExecute())
        return nullptr;
    auto *dialog = new ConfirmReplaceDialog(*m_controller->confirmation(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_problem->hide();
        if (auto started = m_controller->execute(dialog->typedPhrase()); !started)
            showProblem(started.error().message());
    });
    connect(dialog, &QDialog::rejected, this,
            [this] { emit statusMessage(tr("Execute cancelled. Nothing was written.")); });
    dialog->open();
    return dialog;
}

void BackfillPage::onStateChanged()
{
    const bool running = m_controller->isRunning();
    m_planButton->setEnabled(!running);
    m_previewButton->setEnabled(!running);
    m_executeButton->setEnabled(m_controller->canExecute());
    m_cancelButton->setEnabled(m_controller->canCancel());
    m_verifyButton->setEnabled(m_controller->canVerify());
    m_from->setEnabled(!running);
    m_to->setEnabled(!running);
    m_units->setEnabled(!running);
    if (running)
        m_problem->hide();
    updateSummary();
}

void BackfillPage::onProgress(int done, int total)
{
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(done);
    m_progress->setFormat(total > 0 ? tr("%1 of %2 windows").arg(done).arg(total) : QString());
}

void BackfillPage::updateTarget()
{
    BackfillEngine *engine = m_controller->engine();
    m_target->setText(engine->hasDatabase() ? tr("Database: %1").arg(engine->databaseDescription())
                                            : tr("Database: not open — check the database in Settings."));
}

void BackfillPage::updateSummary()
{
    using State = BackfillController::State;
    const auto &confirmation = m_controller->confirmation();
    switch (m_controller->state()) {
    case State::Idle:
        return;
    case State::Planned:
        m_summary->setText(tr("Planned %1 windows. Preview fetches them read-only; nothing is written.")
                               .arg(m_controller->plannedWindows().size()));
        return;
    case State::Previewing:
        m_summary->setText(tr("Previewing (read-only)…"));
        return;
    case State::Executing:
        m_summary->setText(tr("Executing: replacing windows one transaction at a time…"));
        return;
    case State::Verifying:
        m_summary->setText(tr("Verifying: running the read-only store checks…"));
        return;
    case State::Previewed:
        if (!confirmation) {
            m_summary->setText(tr("The preview is incomplete, so Execute is not available. Preview again."));
            return;
        }
        m_summary->setText(tr("Preview: %1 windows, %2 rows to delete, %3 to insert (%4 removed, %5 added); "
                              "billed %6 → %7. Nothing was written.")
                               .arg(DisplayFormat::count(confirmation->windowCount),
                                    DisplayFormat::count(confirmation->rowsToDelete),
                                    DisplayFormat::count(confirmation->rowsToInsert),
                                    DisplayFormat::count(confirmation->rowsRemoved),
                                    DisplayFormat::count(confirmation->rowsAdded),
                                    DisplayFormat::usd(confirmation->billedBefore),
                                    DisplayFormat::usd(confirmation->billedAfter)));
        return;
    case State::Executed:
        m_summary->setText(tr("Executed: %1 of %2 windows replaced. Verify runs the store checks.")
                               .arg(m_controller->lastSummary().windowsDone())
                               .arg(m_controller->plannedWindows().size()));
        return;
    }
}

void BackfillPage::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
    emit statusMessage(message);
}

bool BackfillPage::canClose()
{
    if (!m_controller->isRunning())
        return true;
    Notices::warning(
        this, tr("Backfill running"),
        tr("A backfill is running. Cancel it (it stops after the window in progress) and wait for it "
           "to finish before closing Tieout."));
    return false;
}

} // namespace tieout::ui
