#include "scrollbarpainting.h"

#include "stylepixmapcache.h"

#include <QPainter>
#include <QStyleOptionSlider>

namespace ScrollBarPainting {

namespace {

bool canCache(const QStyle *base, const QStyleOptionSlider &option, const QPainter *painter,
              const QWidget *widget)
{
    return base->name().compare(u"fusion", Qt::CaseInsensitive) == 0
            && !base->styleHint(QStyle::SH_ScrollBar_Transient, &option, widget)
            && painter->transform().type() <= QTransform::TxTranslate && !option.rect.isEmpty()
            && StylePixmapCache::isWholeRatio(painter->device()->devicePixelRatio());
}

// Everything Fusion's drawing of these parts depends on, the position of the slider
// excepted: only its size is part of the key.
QString keyFor(const QStyle *base, const QStyleOptionSlider &option, QStyle::SubControls parts,
               QSize area)
{
    return StylePixmapCache::keyOf("scrollbar",
                                   {
                                           qint64(quintptr(base)),
                                           qint64(parts.toInt()),
                                           area.width(),
                                           area.height(),
                                           option.rect.width(),
                                           option.rect.height(),
                                           qint64(option.orientation),
                                           qint64(option.state.toInt()),
                                           qint64(option.activeSubControls.toInt()),
                                           qint64(option.direction),
                                           StylePixmapCache::colorsOf(option.palette),
                                           option.upsideDown,
                                           option.sliderValue == option.minimum,
                                           option.sliderValue == option.maximum,
                                   });
}

void drawPart(const QStyle *base, const QStyleOptionSlider &option, QStyle::SubControls parts,
              const QRect &area, QPainter *painter, const QWidget *widget)
{
    if (!parts)
        return;
    StylePixmapCache::draw(
            painter, keyFor(base, option, parts, area.size()), area, [&](QPainter *into) {
                QStyleOptionSlider partOnly = option;
                partOnly.subControls = parts;
                // Whole, not in bands: Fusion replaces the painter's clip
                // with its own, and bands would draw its translucent lines
                // over each other. A new size or state (a resize, a hover)
                // still goes through the pool, once.
                base->drawComplexControl(QStyle::CC_ScrollBar, &partOnly, into, widget);
            });
}

} // namespace

bool drawFromCache(const QStyle *base, const QStyleOptionSlider &option, QPainter *painter,
                   const QWidget *widget)
{
    if (!canCache(base, option, painter, widget))
        return false;
    // In Fusion's order: the groove, the slider over it, the arrow buttons over the
    // slider's outline. Each part but the groove is cut to a little more than its own
    // rectangle: Fusion's outlines reach a pixel past it.
    const auto around = [&](QStyle::SubControl part) {
        return base->subControlRect(QStyle::CC_ScrollBar, &option, part, widget)
                .adjusted(-2, -2, 2, 2)
                .intersected(option.rect);
    };
    using S = QStyle;
    const S::SubControls groove = option.subControls
            & ~(S::SC_ScrollBarSlider | S::SC_ScrollBarSubLine | S::SC_ScrollBarAddLine);
    drawPart(base, option, groove, option.rect, painter, widget);
    for (const S::SubControl part :
         {S::SC_ScrollBarSlider, S::SC_ScrollBarSubLine, S::SC_ScrollBarAddLine}) {
        if (option.subControls & part)
            drawPart(base, option, part, around(part), painter, widget);
    }
    return true;
}

} // namespace ScrollBarPainting
