#pragma once

#include <QList>
#include <QString>

#include <functional>

class QPainter;
class QPixmap;
class QPalette;
class QPoint;
class QRect;

// What the app's style draws from pixmaps keeps there (QPixmapCache): a part drawn by
// the base style once for each key, then copied in bands (BandedPainting).
namespace StylePixmapCache {

// Whether pixmaps at this pixel ratio copy pixel for pixel: at 1.5, a pixmap's size and
// place round, and copying it resamples.
bool isWholeRatio(qreal devicePixelRatio);

// A key from a name and every value the drawing depends on.
QString keyOf(const char *name, const QList<qint64> &fields);

// The colours of the palette's current group, which Fusion draws with. Not its
// cacheKey(): every changed copy of a palette gets a new one, whatever its colours.
qint64 colorsOf(const QPalette &palette);

// A transparent pixmap of area's size at this pixel ratio, painted by paint with the
// painter translated so that area's own coordinates apply.
QPixmap rendered(const QRect &area, qreal devicePixelRatio,
                 const std::function<void(QPainter *)> &paint);

// Copies the cached pixmap for key to area (in the painter's coordinates); first makes
// it rendered() at the painter's pixel ratio.
void draw(QPainter *painter, const QString &key, const QRect &area,
          const std::function<void(QPainter *)> &paint);

} // namespace StylePixmapCache
