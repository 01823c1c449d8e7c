#include "ui/common/AppIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace tieout::ui {

namespace {

// Drawn on a 64-unit grid, the SVG's viewBox.
QPixmap paint(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 64.0, size / 64.0);

    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1d, 0x4e, 0x63));
    painter.drawRoundedRect(QRectF(2, 2, 60, 60), 12, 12);

    // Two bars, list price and billed, of equal height: the numbers tie out.
    painter.setBrush(QColor(0x8f, 0xd3, 0xe0));
    painter.drawRoundedRect(QRectF(13, 22, 14, 30), 2, 2);
    painter.setBrush(QColor(0xf2, 0xc1, 0x4e));
    painter.drawRoundedRect(QRectF(31, 22, 14, 30), 2, 2);

    QPen tick(QColor(0xff, 0xff, 0xff), 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(tick);
    painter.setBrush(Qt::NoBrush);
    QPainterPath path;
    path.moveTo(34, 13);
    path.lineTo(41, 19);
    path.lineTo(53, 8);
    painter.drawPath(path);
    return pixmap;
}

} // namespace

QIcon AppIcon::icon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(paint(size));
    return icon;
}

} // namespace tieout::ui
