#include "focusframecache.h"

#include "bandedpainting.h"
#include "stylepixmapcache.h"

#include <QPainter>
#include <QStyleOption>

void FocusFrameCache::draw(QPainter *painter, const QStyleOption &option, const QRect &area,
                           const std::function<void(QPainter *)> &paint)
{
    const qreal dpr = painter->device()->devicePixelRatio();
    if (!StylePixmapCache::isWholeRatio(dpr)) {
        BandedPainting::paint(painter, area, [&] { paint(painter); });
        return;
    }
    const auto *focus = qstyleoption_cast<const QStyleOptionFocusRect *>(&option);
    const QString key = StylePixmapCache::keyOf(
            "focusframe",
            {area.width(), area.height(), qRound(dpr * 100), qint64(option.state.toInt()),
             qint64(option.direction), StylePixmapCache::colorsOf(option.palette),
             focus ? qint64(focus->backgroundColor.rgba64()) : 0});
    if (key != m_key) {
        // In bands too: a new size (a resize, a message's frame) does not wait for the pool.
        m_pixmap = StylePixmapCache::rendered(area, dpr, [&](QPainter *into) {
            BandedPainting::paint(into, area, [&] { paint(into); });
        });
        m_key = key;
    }
    BandedPainting::drawPixmap(painter, area.topLeft(), m_pixmap);
}
