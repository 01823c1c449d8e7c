#include "ui/tieout/ComparisonChart.h"

#include "ui/common/DisplayFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QContextMenuEvent>
#include <QCursor>
#include <QEvent>
#include <QLineSeries>
#include <QMenu>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace tieout::ui {

namespace {

const QColor ListPriceColor(0x4a, 0x7f, 0xd4); // blue
const QColor BilledColor(0xe8, 0x9a, 0x2c);    // amber: tells apart from blue for most colour vision
const QColor RatioColor(0x33, 0x33, 0x33);

} // namespace

ComparisonChart::ComparisonChart(QWidget *parent)
    : QChartView(parent), m_chart(new QChart), m_bars(new QBarSeries), m_list(new QBarSet(QString())),
      m_billed(new QBarSet(QString())), m_ratio(new QLineSeries), m_categories(new QBarCategoryAxis),
      m_amountAxis(new QValueAxis), m_ratioAxis(new QValueAxis)
{
    setChart(m_chart); // the view owns the chart, the chart its series and axes
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(180);

    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setLocalizeNumbers(true);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);

    m_list->setColor(ListPriceColor);
    m_list->setBorderColor(ListPriceColor.darker(115));
    m_billed->setColor(BilledColor);
    m_billed->setBorderColor(BilledColor.darker(115));
    m_bars->append(m_list);
    m_bars->append(m_billed);
    m_bars->setBarWidth(0.7);
    m_chart->addSeries(m_bars);

    QPen pen(RatioColor);
    pen.setWidth(2);
    m_ratio->setPen(pen);
    m_ratio->setPointsVisible(true);
    m_ratio->setMarkerSize(7);
    m_chart->addSeries(m_ratio);

    m_chart->addAxis(m_categories, Qt::AlignBottom);
    m_chart->addAxis(m_amountAxis, Qt::AlignLeft);
    m_chart->addAxis(m_ratioAxis, Qt::AlignRight);
    m_bars->attachAxis(m_categories);
    m_bars->attachAxis(m_amountAxis);
    m_ratio->attachAxis(m_categories);
    m_ratio->attachAxis(m_ratioAxis);
    m_amountAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_ratioAxis->setLabelFormat(QStringLiteral("%.2f"));
    m_ratioAxis->setGridLineVisible(false);
    m_ratioAxis->setLinePenColor(RatioColor);

    connect(m_bars, &QBarSeries::hovered, this, &ComparisonChart::onBarHovered);
    connect(m_ratio, &QLineSeries::hovered, this, &ComparisonChart::onRatioHovered);
    retranslate();
    setPoints(QString(), {});
}

void ComparisonChart::retranslate()
{
    m_list->setLabel(tr("List price"));
    m_billed->setLabel(tr("Billed"));
    m_ratio->setName(tr("List ÷ billed (right axis)"));
    m_amountAxis->setTitleText(tr("USD"));
    m_ratioAxis->setTitleText(tr("Ratio"));
}

void ComparisonChart::setPoints(const QString &title, const QList<ChartPoint> &points)
{
    m_points = points;
    m_title = title; // shown by the panel above the chart: the plot keeps the height
    m_chart->setTitle(points.isEmpty() ? tr("No data for this selection") : QString());
    setAccessibleName(title);
    emit titleChanged(title);
    if (m_list->count() > 0)
        m_list->remove(0, m_list->count());
    if (m_billed->count() > 0)
        m_billed->remove(0, m_billed->count());
    m_categories->clear();

    double low = 0;
    double high = 0;
    double ratioHigh = 0;
    QList<QPointF> ratios;
    QStringList labels;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const ChartPoint &point = points.at(i);
        const double list = ChartPoint::amountValue(point.listPrice);
        const double billed = ChartPoint::amountValue(point.billed);
        m_list->append(list);
        m_billed->append(billed);
        low = std::min({low, list, billed});
        high = std::max({high, list, billed});
        labels.append(point.label);
        if (point.ratio.isDefined()) {
            const double ratio = ChartPoint::ratioValue(point.ratio);
            ratios.append(QPointF(double(i), ratio));
            ratioHigh = std::max(ratioHigh, ratio);
        }
    }
    m_categories->append(labels);
    m_ratio->replace(ratios);
    m_amountAxis->setRange(low, high > low ? high * 1.05 : low + 1.0);
    m_amountAxis->applyNiceNumbers();
    m_ratioAxis->setRange(0.0, ratioHigh > 0 ? ratioHigh * 1.15 : 2.0);
    m_ratioAxis->applyNiceNumbers();
    update();
}

void ComparisonChart::onBarHovered(bool status, int index, QBarSet *set)
{
    if (!status || index < 0 || index >= m_points.size()) {
        QToolTip::hideText();
        return;
    }
    const ChartPoint &point = m_points.at(index);
    const bool list = set == m_list;
    const QString amount = DisplayFormat::decimal(list ? point.listPrice : point.billed);
    QToolTip::showText(QCursor::pos(),
                       tr("%1 — %2: %3 USD").arg(point.label, list ? tr("List price") : tr("Billed"), amount),
                       this);
}

void ComparisonChart::onRatioHovered(const QPointF &point, bool state)
{
    const int index = qRound(point.x());
    if (!state || index < 0 || index >= m_points.size()) {
        QToolTip::hideText();
        return;
    }
    const ChartPoint &at = m_points.at(index);
    QToolTip::showText(QCursor::pos(),
                       tr("%1 — list ÷ billed: %2").arg(at.label, DisplayFormat::decimal(at.ratio.toDecimalString(4))),
                       this);
}

bool ComparisonChart::saveAsPng(const QString &path)
{
    return grab().save(path, "PNG");
}

void ComparisonChart::paintEvent(QPaintEvent *event)
{
    QChartView::paintEvent(event);
    if (!m_points.isEmpty())
        emit paintedWithData();
}

void ComparisonChart::contextMenuEvent(QContextMenuEvent *event)
{
    // popup(), not exec(): no nested event loop while the menu is open.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    connect(menu->addAction(tr("Save chart as PNG…")), &QAction::triggered, this, &ComparisonChart::saveRequested);
    menu->popup(event->globalPos());
}

void ComparisonChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

} // namespace tieout::ui
