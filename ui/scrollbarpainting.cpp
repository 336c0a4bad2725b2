#include "scrollbarpainting.h"

#include "bandedpainting.h"

#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QStyleOptionSlider>

#include <array>

namespace ScrollBarPainting {

namespace {

bool canCache(const QStyle *base, const QStyleOptionSlider &option, const QPainter *painter,
              const QWidget *widget)
{
    return base->name().compare(u"fusion", Qt::CaseInsensitive) == 0
            && !base->styleHint(QStyle::SH_ScrollBar_Transient, &option, widget)
            && painter->transform().type() <= QTransform::TxTranslate && !option.rect.isEmpty();
}

// The colours of the palette's current group, which Fusion draws with. Not its cacheKey():
// every copy of a palette that is changed gets a new one, whatever its colours.
size_t colorsOf(const QPalette &palette)
{
    std::array<quint64, QPalette::NColorRoles + 1> colors{};
    for (int role = 0; role < QPalette::NColorRoles; ++role)
        colors[role] = palette.color(QPalette::ColorRole(role)).rgba64();
    colors[QPalette::NColorRoles] = palette.window().style(); // a texture changes the outline
    return qHashBits(colors.data(), sizeof colors);
}

// Everything Fusion's drawing of these parts depends on, the position of the slider
// excepted: only its size is part of the key.
QString keyFor(const QStyle *base, const QStyleOptionSlider &option, QStyle::SubControls parts,
               QSize area, qreal dpr)
{
    const QList<qint64> fields = {
            qint64(quintptr(base)),
            qint64(parts.toInt()),
            area.width(),
            area.height(),
            option.rect.width(),
            option.rect.height(),
            qRound(dpr * 100),
            qint64(option.orientation),
            qint64(option.state.toInt()),
            qint64(option.activeSubControls.toInt()),
            qint64(option.direction),
            qint64(option.palette.currentColorGroup()),
            qint64(colorsOf(option.palette)),
            option.upsideDown,
            option.sliderValue == option.minimum,
            option.sliderValue == option.maximum,
    };
    QString key = QStringLiteral("linkup-scrollbar");
    for (const qint64 field : fields)
        key += u':' + QString::number(field);
    return key;
}

QPixmap render(const QStyle *base, const QStyleOptionSlider &option, QStyle::SubControls parts,
               const QRect &area, qreal dpr, const QWidget *widget)
{
    QPixmap pixmap(area.size() * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.translate(-area.topLeft());
    QStyleOptionSlider partOnly = option;
    partOnly.subControls = parts;
    // Whole, not in bands: Fusion replaces the painter's clip with its own, and bands
    // would draw its translucent lines over each other. A new size or state (a resize,
    // a hover) still goes through the pool, once.
    base->drawComplexControl(QStyle::CC_ScrollBar, &partOnly, &painter, widget);
    return pixmap;
}

void drawPart(const QStyle *base, const QStyleOptionSlider &option, QStyle::SubControls parts,
              const QRect &area, QPainter *painter, const QWidget *widget)
{
    if (!parts || area.isEmpty())
        return;
    const qreal dpr = painter->device()->devicePixelRatio();
    const QString key = keyFor(base, option, parts, area.size(), dpr);
    QPixmap pixmap;
    if (!QPixmapCache::find(key, &pixmap)) {
        pixmap = render(base, option, parts, area, dpr, widget);
        QPixmapCache::insert(key, pixmap);
    }
    BandedPainting::drawPixmap(painter, area.topLeft(), pixmap);
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
