#pragma once

#include <QPixmap>
#include <QString>

#include <functional>

class QPainter;
class QRect;
class QStyleOption;

// The last focus frame a style drew, kept as a pixmap and copied in bands
// (BandedPainting). Why: Fusion's frame is an antialiased rounded rectangle filled with a
// translucent gradient, which Qt's raster engine would split across its thread pool, and
// painting it in bands costs a drawing per band. The current conversation row changes at
// every Page Down, its frame's size does not. One pixmap only: frames of other sizes (a
// message's) replace it, so that it never holds more than one frame's pixels.
class FocusFrameCache
{
public:
    // Draws the frame for option around area; paint draws it (at option's rectangle).
    void draw(QPainter *painter, const QStyleOption &option, const QRect &area,
              const std::function<void(QPainter *)> &paint);

private:
    QString m_key;
    QPixmap m_pixmap;
};
