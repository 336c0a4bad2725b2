#pragma once

#include <functional>

class QPainter;
class QPixmap;
class QPoint;
class QRect;

// Painting in horizontal bands of a few device rows. Why: Qt's raster engine hands any
// fill of 96 spans or more (a gradient, a translucent or antialiased shape, an image that
// is not a plain copy) to its GUI thread pool and blocks until the pool's threads have
// done it. Each such wait wakes threads that may not get a core at once: on a busy
// machine of two cores it made frames of 26 to 170 ms. A band is too small to be split,
// and is painted by the GUI thread itself.
namespace BandedPainting {

// Few enough for the 3 spans a row of an antialiased shape takes (a fill's edges and
// inside) to stay under the engine's threshold.
constexpr int DeviceRows = 24;

// Draws the pixmap with its top left at `at`, a band of its rows at a time.
void drawPixmap(QPainter *painter, const QPoint &at, const QPixmap &pixmap);

// Calls draw once for each band of `area` (device rows of the painter's device), with the
// painter clipped to that band; once, unclipped, when the area is a band or less. Exact
// for a draw that keeps to the painter's clip: one that replaces it (Fusion's scroll
// bars do) paints its translucent parts over themselves once per band.
void paint(QPainter *painter, const QRect &area, const std::function<void()> &draw);

} // namespace BandedPainting
