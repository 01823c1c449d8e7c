#include "ui/tieout/TieoutCharts.h"

#include "core/reconcile/ReconcileReports.h"
#include "ui/tieout/ComparisonChart.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace tieout::ui {

TieoutCharts::TieoutCharts(QWidget *parent)
    : QWidget(parent), m_monthly(new ComparisonChart(this)), m_byBusinessUnit(new ComparisonChart(this)),
      m_month(new QComboBox(this)), m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("tieoutCharts"));
    m_monthly->setObjectName(QStringLiteral("monthlyChart"));
    m_byBusinessUnit->setObjectName(QStringLiteral("businessUnitChart"));
    m_month->setObjectName(QStringLiteral("chartMonth"));
    m_month->setAccessibleName(tr("Month of the business-unit chart"));
    m_splitter->setObjectName(QStringLiteral("tieoutChartSplitter"));
    m_splitter->setChildrenCollapsible(false);

    auto *monthLabel = new QLabel(tr("Mont&h:"), this);
    monthLabel->setBuddy(m_month);
    auto *monthRow = new QWidget(this);
    auto *monthLayout = new QHBoxLayout(monthRow);
    monthLayout->setContentsMargins(0, 0, 0, 0);
    monthLayout->addWidget(monthLabel);
    monthLayout->addWidget(m_month);

    m_splitter->addWidget(panel(m_monthly, nullptr));
    m_splitter->addWidget(panel(m_byBusinessUnit, monthRow));
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_month, &QComboBox::currentIndexChanged, this, &TieoutCharts::updateBusinessUnitChart);
    connect(m_monthly, &ComparisonChart::saveRequested, this, [this] { emit saveRequested(m_monthly); });
    connect(m_byBusinessUnit, &ComparisonChart::saveRequested, this,
            [this] { emit saveRequested(m_byBusinessUnit); });
    clear();
}

QWidget *TieoutCharts::panel(ComparisonChart *chart, QWidget *extra)
{
    auto *panel = new QWidget(this);
    auto *save = new QPushButton(tr("Save as PNG…"), panel);
    save->setObjectName(chart->objectName() + QStringLiteral("SaveButton"));
    save->setToolTip(tr("Save this chart as a PNG image."));
    save->setAccessibleName(tr("Save chart as PNG"));
    connect(save, &QPushButton::clicked, this, [this, chart] { emit saveRequested(chart); });
    auto *title = new QLabel(chart->title(), panel);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    // A narrow window clips the title rather than growing wider than the screen.
    title->setMinimumWidth(60);
    title->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    connect(chart, &ComparisonChart::titleChanged, title, &QLabel::setText);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(title);
    if (extra) {
        top->addSpacing(12);
        top->addWidget(extra);
    }
    top->addStretch();
    top->addWidget(save);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(chart, 1);
    return panel;
}

void TieoutCharts::clear()
{
    setData(nullptr, {}, {});
}

void TieoutCharts::setData(std::shared_ptr<const ReconcileResult> result, const QList<ReconLine> &lines,
                           const QStringList &businessUnits)
{
    m_result = std::move(result);
    m_lines = lines;
    m_businessUnits = businessUnits;

    QList<ChartPoint> monthly;
    if (m_result) {
        const ReportFilter filter{{}, businessUnits};
        const QList<SeriesPoint> exact = ReconcileReports::monthly(*m_result, filter);
        for (const ReconLine &line : std::as_const(lines)) {
            if (!line.isTotal)
                continue;
            Ratio ratio;
            for (const SeriesPoint &point : exact) {
                if (point.month.toString() == line.month)
                    ratio = point.figures.ratio();
            }
            monthly.append({line.month, line.listPrice, line.billed, ratio});
        }
    }
    m_monthly->setPoints(tr("List price and billed per month"), monthly);

    const QString previous = selectedMonth();
    const QSignalBlocker blocker(m_month);
    m_month->clear();
    for (const ChartPoint &point : std::as_const(monthly))
        m_month->addItem(point.label);
    const int keep = m_month->findText(previous);
    m_month->setCurrentIndex(keep >= 0 ? keep : m_month->count() - 1);
    updateBusinessUnitChart();
}

void TieoutCharts::selectMonth(const QString &month)
{
    const int index = m_month->findText(month);
    if (index >= 0)
        m_month->setCurrentIndex(index);
}

QString TieoutCharts::selectedMonth() const
{
    return m_month->currentText();
}

void TieoutCharts::updateBusinessUnitChart()
{
    const QString month = selectedMonth();
    QList<ChartPoint> points;
    if (m_result && !month.isEmpty()) {
        const auto parsed = YearMonth::parse(month);
        const int monthIndex = parsed ? m_result->monthIndex(*parsed) : -1;
        for (const ReconLine &line : std::as_const(m_lines)) {
            if (line.isTotal || line.month != month)
                continue;
            const int buIndex = m_result->buIndex(line.businessUnit);
            const Ratio ratio =
                monthIndex >= 0 && buIndex >= 0 ? m_result->row(monthIndex, buIndex).figures.ratio() : Ratio();
            points.append({line.businessUnit, line.listPrice, line.billed, ratio});
        }
    }
    m_byBusinessUnit->setPoints(tr("By business unit"), points);
}

} // namespace tieout::ui
