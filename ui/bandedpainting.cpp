#include "bandedpainting.h"

#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace BandedPainting {

void drawPixmap(QPainter *painter, const QPoint &at, const QPixmap &pixmap)
{
    const qreal dpr = pixmap.devicePixelRatio();
    for (int row = 0; row < pixmap.height(); row += DeviceRows) {
        // The source rectangle is in the pixmap's own pixels.
        const QRect band(0, row, pixmap.width(), qMin(DeviceRows, pixmap.height() - row));
        painter->drawPixmap(QPointF(at.x(), at.y() + row / dpr), pixmap, band);
    }
}

void paint(QPainter *painter, const QRect &area, const std::function<void()> &draw)
{
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    // Whole logical rows, so that bands meet without a gap or an overlap.
    const int rows = qMax(1, int(std::floor(DeviceRows / dpr)));
    if (area.height() <= rows) {
        draw();
        return;
    }
    for (int top = area.top(); top <= area.bottom(); top += rows) {
        painter->save();
        painter->setClipRect(
                QRect(area.left(), top, area.width(), qMin(rows, area.bottom() + 1 - top)),
                Qt::IntersectClip);
        draw();
        painter->restore();
    }
}

} // namespace BandedPainting
