#pragma once

#include "ui/tieout/ChartPoint.h"

#include <QChartView>
#include <QList>

class QBarSeries;
class QBarSet;
class QLineSeries;
class QBarCategoryAxis;
class QValueAxis;

namespace tieout::ui {

// List price against billed as grouped bars per category (months, or the BUs of one month),
// with the list ÷ billed ratio as a line on a second value axis. Hovering a bar or a point
// shows its exact printed value; the chart can be saved as a PNG.
class ComparisonChart final : public QChartView
{
    Q_OBJECT

public:
    explicit ComparisonChart(QWidget *parent = nullptr);

    void setPoints(const QString &title, const QList<ChartPoint> &points);
    const QList<ChartPoint> &points() const { return m_points; }
    QString title() const { return m_title; }

    QBarSeries *bars() const { return m_bars; }
    QBarSet *listPriceSet() const { return m_list; }
    QBarSet *billedSet() const { return m_billed; }
    QLineSeries *ratioLine() const { return m_ratio; }
    QBarCategoryAxis *categoryAxis() const { return m_categories; }

    bool saveAsPng(const QString &path);

signals:
    // Painted with points (for the startup measurement and tests).
    void paintedWithData();
    void saveRequested();
    void titleChanged(const QString &title);

protected:
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onBarHovered(bool status, int index, QBarSet *set);
    void onRatioHovered(const QPointF &point, bool state);
    void retranslate();

    QChart *m_chart;
    QBarSeries *m_bars;
    QBarSet *m_list;
    QBarSet *m_billed;
    QLineSeries *m_ratio;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_amountAxis;
    QValueAxis *m_ratioAxis;
    QList<ChartPoint> m_points;
    QString m_title;
};

} // namespace tieout::ui
