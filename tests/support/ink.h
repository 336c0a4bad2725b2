#pragma once

#include <QImage>
#include <QPair>
#include <QRect>
#include <QtMath>

// Reading painted images in delegate tests: where, in a logical rect, anything was drawn.
namespace Ink {

// A logical rect in the device pixels of an image with a device pixel ratio.
inline QRect devicePixels(const QImage &image, const QRect &logical)
{
    const qreal dpr = image.devicePixelRatio();
    const QRect scaled(qFloor(logical.x() * dpr), qFloor(logical.y() * dpr),
                       qCeil(logical.width() * dpr), qCeil(logical.height() * dpr));
    return scaled & image.rect();
}

// The device-pixel columns in a logical rect where something differs from the
// background, as (first, last); (-1, -1) for none.
inline QPair<int, int> span(const QImage &image, const QRect &logical, QRgb background = 0xffffffff)
{
    const QRect area = devicePixels(image, logical);
    int first = -1;
    int last = -1;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = area.left(); x <= area.right(); ++x) {
            if (line[x] != background) {
                first = first < 0 ? x : qMin(first, x);
                last = qMax(last, x);
            }
        }
    }
    return {first, last};
}

inline bool any(const QImage &image, const QRect &logical, QRgb background = 0xffffffff)
{
    return !logical.isEmpty() && span(image, logical, background).first >= 0;
}

} // namespace Ink
