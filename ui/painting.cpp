#include "painting.h"

#include "sharedfont.h"
#include "text/boundedmemo.h"

#include "avatars/avatarstore.h"

#include <QApplication>
#include <QCache>
#include <QImage>
#include <QPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTransform>
#include <QWidget>

#include <cmath>

namespace Painting {

namespace {

// 48 px circles are 9 KB each at ratio 1, 36 KB at 2: three screens of rows at ratio 2
// (at 1 MiB, two, and repainting 40 rows missed every time). More held 300 bytes a
// conversation over 10 000 (bench_inbox loaded).
constexpr int InitialsCacheBytes = 3 * 512 * 1024;

// One look of a circle. Compared field by field: a key spelled out as a string (the
// font's key, the ratio as a number) cost more than drawing the cached circle.
struct CircleKey
{
    QString letters;
    QRgb color;
    QSize size;
    qreal ratio;
    QFont font;
    Qt::LayoutDirection direction;

    bool operator==(const CircleKey &other) const
    {
        return letters == other.letters && color == other.color && size == other.size
                && qFuzzyCompare(ratio, other.ratio) && direction == other.direction
                && font == other.font;
    }
};

size_t qHash(const CircleKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.letters, key.color, key.size.width(), key.size.height(),
                      qRound(key.ratio * 100), key.font.pixelSize(), int(key.direction));
}

QCache<CircleKey, QPixmap> &circleCache()
{
    static QCache<CircleKey, QPixmap> circles(InitialsCacheBytes);
    return circles;
}

// The disc of an initials circle as coverage alone, for one size, pixel ratio and set of
// render hints: rasterizing an antialiased ellipse is most of what a new circle costs.
// Filling with the colour and keeping it where the disc covers (DestinationIn) gives
// what drawEllipse gives: both make the colour times the coverage.
QImage discImage(const QSize &size, qreal ratio, QPainter::RenderHints hints)
{
    QImage image((QSizeF(size) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHints(hints);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    p.drawEllipse(QRectF(QRect(QPoint(0, 0), size)));
    p.end();
    QImage mask = image.copy(); // a copy: without the paint engine
    mask.setDevicePixelRatio(1); // used pixel for pixel
    return mask;
}

// The same, made once for each size, ratio and hints.
const QImage &discMask(const QSize &size, qreal ratio, QPainter::RenderHints hints)
{
    struct Mask
    {
        QSize size;
        qreal ratio;
        QPainter::RenderHints hints;
        QImage image;
    };
    static BoundedList<Mask, 8> masks; // a size or two, at a ratio or two
    const auto matches = [&](const Mask &mask) {
        return mask.size == size && qFuzzyCompare(mask.ratio, ratio) && mask.hints == hints;
    };
    return masks
            .get(matches,
                 [&] {
                     return Mask{size, ratio, hints, discImage(size, ratio, hints)};
                 })
            .image;
}

// From 96 scanlines on (a 48 px circle at ratio 2), the raster engine hands a blend to
// its thread pool, and waking it costs more than the blend. Drawn in bands of fewer
// scanlines instead, when each band lands on whole device pixels as the whole would.
constexpr int BandPixels = 32;

void drawCircle(QPainter *painter, const QPoint &at, const QPixmap &circle)
{
    const qreal ratio = circle.devicePixelRatio();
    const bool whole = painter->transform().type() > QTransform::TxTranslate
            || !qFuzzyCompare(painter->device()->devicePixelRatio(), ratio)
            || ratio != std::floor(ratio) || BandPixels % int(ratio) != 0;
    if (whole || circle.height() <= BandPixels) {
        painter->drawPixmap(at, circle);
        return;
    }
    for (int y = 0; y < circle.height(); y += BandPixels) {
        const int pixels = qMin(BandPixels, circle.height() - y);
        painter->drawPixmap(
                QRectF(at.x(), at.y() + y / ratio, circle.width() / ratio, pixels / ratio), circle,
                QRectF(0, y, circle.width(), pixels));
    }
}

} // namespace

qsizetype initialsCacheBytes()
{
    return circleCache().totalCost();
}

int textFlags(Qt::LayoutDirection direction, Qt::Alignment alignment, const QString &text)
{
    return int(QStyle::visualAlignment(direction, alignment)) | Qt::TextSingleLine
            | (text.isRightToLeft() ? Qt::TextForceRightToLeft : Qt::TextForceLeftToRight);
}

QFont scaledFont(const QFont &font, qreal factor)
{
    QFont scaled(font);
    if (font.pointSizeF() > 0)
        scaled.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        scaled.setPixelSize(qMax(1, qRound(font.pixelSize() * factor)));
    return SharedFont::of(scaled);
}

QFont weighted(const QFont &font, QFont::Weight weight)
{
    QFont result(font);
    result.setWeight(weight);
    return SharedFont::of(result);
}

QColor blended(const QColor &from, const QColor &to, qreal amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

QColor errorTextColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

void paintAvatar(QPainter *painter, const QRect &rect, AvatarStore *store, const QUrl &picture,
                 const QString &name, const QString &colorKey)
{
    paintAvatar(painter, rect, store, picture, Initials::lookOf(name, colorKey));
}

void paintAvatar(QPainter *painter, const QRect &rect, AvatarStore *store, const QUrl &picture,
                 const Initials::Look &look)
{
    if (store && !picture.isEmpty()) {
        const QPixmap pixmap =
                store->pixmap(picture, rect.width(), painter->device()->devicePixelRatio());
        if (!pixmap.isNull()) {
            painter->drawPixmap(rect, pixmap);
            return;
        }
    }
    const QString &initials = look.letters;
    const QColor &color = look.color;
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(qMax(1, qRound(rect.height() * 0.38)));
    const qreal ratio = painter->device()->devicePixelRatio();
    // Drawn once per look: an antialiased circle and shaped initials cost more than a
    // blit. A cache of its own, bounded in bytes: QPixmapCache (shared with the style)
    // keeps 10 MB, and a generated inbox of 10 000 people filled it with circles.
    CircleKey key{initials, color.rgba(), rect.size(), ratio, font, painter->layoutDirection()};
    QCache<CircleKey, QPixmap> &circles = circleCache();
    if (const QPixmap *cached = circles.object(key)) {
        drawCircle(painter, rect.topLeft(), *cached);
        return;
    }
    const QPainter::RenderHints hints = painter->renderHints() | QPainter::Antialiasing;
    const QImage &mask = discMask(rect.size(), ratio, hints);
    QImage image(mask.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        // The colour over every pixel, kept where the disc covers. In bands: from 96
        // scanlines on, the raster engine hands a blend to its thread pool, and waking it
        // costs more than a circle (ratio 2).
        constexpr int Band = 32;
        QPainter colouring(&image);
        colouring.setRenderHints(hints);
        for (int y = 0; y < image.height(); y += Band) {
            const QRect band(0, y, image.width(), qMin(Band, image.height() - y));
            colouring.setCompositionMode(QPainter::CompositionMode_SourceOver);
            colouring.fillRect(band, color);
            colouring.setCompositionMode(QPainter::CompositionMode_DestinationIn);
            colouring.drawImage(band.topLeft(), mask, band);
        }
    }
    image.setDevicePixelRatio(ratio);
    QPainter p(&image);
    p.setRenderHints(hints);
    p.setLayoutDirection(painter->layoutDirection());
    const QRect local(QPoint(0, 0), rect.size());
    p.setFont(font);
    p.setPen(Qt::white); // on our own coloured circle, not on the palette's base
    p.drawText(local, textFlags(p.layoutDirection(), Qt::AlignCenter, initials), initials);
    p.end();
    // A copy: an image painted on keeps its paint engine (kilobytes) for as long as it
    // lives.
    auto *circle = new QPixmap(QPixmap::fromImage(image.copy()));
    circle->setDevicePixelRatio(ratio);
    drawCircle(painter, rect.topLeft(), *circle);
    circles.insert(std::move(key), circle, image.sizeInBytes());
}

void paintFocusFrame(QPainter *painter, const QStyleOptionViewItem &option,
                     const QColor &background)
{
    if (!option.state.testFlag(QStyle::State_HasFocus))
        return;
    QStyleOptionFocusRect focus;
    focus.QStyleOption::operator=(option);
    focus.rect = option.rect;
    focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
    focus.backgroundColor = background;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
}

} // namespace Painting
