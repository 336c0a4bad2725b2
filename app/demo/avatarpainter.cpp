#include "avatarpainter.h"

#include <QBuffer>
#include <QColor>
#include <QCryptographicHash>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

#include <QtMath>

#include <cmath>
#include <iterator>

namespace {

// The key's hash, read as a stream of small numbers: every picture is a pure function of
// its key, and neighbouring keys ("p001", "p002") look nothing alike.
class Dice
{
public:
    explicit Dice(const QString &key)
        : m_bytes(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256))
    {
    }

    int byte() { return int(quint8(m_bytes.at(m_next++ % m_bytes.size()))); }
    // A value in [from, to].
    qreal between(qreal from, qreal to) { return from + (to - from) * byte() / 255.0; }
    int below(int count) { return byte() % count; }

private:
    QByteArray m_bytes;
    int m_next = 0;
};

// A palette of three related hues that go together: analogous, split-complementary or
// triadic, soft rather than saturated.
struct Palette
{
    QColor light, mid, deep, accent;
};

Palette paletteFor(Dice &dice)
{
    static constexpr int Spreads[] = {28, 150, 120, 40}; // degrees to the second hue
    const int hue = dice.byte() * 360 / 256;
    const int second = (hue + Spreads[dice.below(4)]) % 360;
    const int third = (hue + 360 - Spreads[dice.below(4)] / 2) % 360;
    const int saturation = int(dice.between(90, 160));
    return {QColor::fromHsv(hue, saturation / 2, 245), QColor::fromHsv(hue, saturation, 210),
            QColor::fromHsv(third, qMin(255, saturation + 40), 130),
            QColor::fromHsv(second, qMin(255, saturation + 20), 225)};
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

// Each motif fills a size×size square; the app shows it as a circle, so the middle counts.

void rings(QPainter &painter, qreal size, const Palette &colors, Dice &dice)
{
    const QPointF centre(size * dice.between(0.25, 0.75), size * dice.between(0.25, 0.75));
    const int count = 3 + dice.below(3);
    for (int i = count; i > 0; --i) {
        const qreal radius = size * 0.95 * i / count;
        painter.setBrush(i % 2 ? colors.deep : colors.accent);
        painter.drawEllipse(centre, radius, radius);
    }
}

void bubbles(QPainter &painter, qreal size, const Palette &colors, Dice &dice)
{
    const QColor tones[] = {colors.accent, colors.deep, colors.light};
    const int count = 4 + dice.below(4);
    for (int i = 0; i < count; ++i) {
        const qreal radius = size * dice.between(0.12, 0.38);
        const QPointF centre(size * dice.between(0, 1), size * dice.between(0, 1));
        painter.setBrush(withAlpha(tones[i % 3], 170));
        painter.drawEllipse(centre, radius, radius);
    }
}

void stripes(QPainter &painter, qreal size, const Palette &colors, Dice &dice)
{
    painter.save();
    painter.translate(size / 2, size / 2);
    painter.rotate(dice.between(-60, 60));
    const int count = 3 + dice.below(3);
    const qreal band = size * 1.6 / (2 * count);
    for (int i = 0; i < count; ++i) {
        painter.setBrush(i % 2 ? colors.deep : colors.accent);
        painter.drawRect(QRectF(-size, -size * 0.8 + 2 * i * band, 2 * size, band));
    }
    painter.restore();
}

void landscape(QPainter &painter, qreal size, const Palette &colors, Dice &dice)
{
    const qreal sun = size * dice.between(0.14, 0.22);
    painter.setBrush(colors.accent);
    painter.drawEllipse(QPointF(size * dice.between(0.3, 0.7), size * dice.between(0.25, 0.4)), sun,
                        sun);
    const QColor hills[] = {colors.mid.darker(115), colors.deep};
    for (int i = 0; i < 2; ++i) {
        const qreal base = size * (0.6 + 0.15 * i);
        QPainterPath hill(QPointF(0, base));
        hill.cubicTo(QPointF(size * 0.3, base - size * dice.between(0.1, 0.35)),
                     QPointF(size * 0.7, base + size * dice.between(-0.1, 0.2)),
                     QPointF(size, base - size * dice.between(0, 0.25)));
        hill.lineTo(size, size);
        hill.lineTo(0, size);
        hill.closeSubpath();
        painter.setBrush(hills[i]);
        painter.drawPath(hill);
    }
}

void shards(QPainter &painter, qreal size, const Palette &colors, Dice &dice)
{
    const QColor tones[] = {colors.deep, colors.accent, colors.mid, colors.light};
    const int count = 3 + dice.below(3);
    for (int i = 0; i < count; ++i) {
        QPolygonF triangle;
        for (int corner = 0; corner < 3; ++corner)
            triangle << QPointF(size * dice.between(-0.2, 1.2), size * dice.between(-0.2, 1.2));
        painter.setBrush(withAlpha(tones[i % 4], 200));
        painter.drawPolygon(triangle);
    }
}

void waves(QPainter &painter, qreal size, const Palette &colors, Dice &dice)
{
    const int count = 3 + dice.below(2);
    const qreal height = size * dice.between(0.06, 0.14);
    for (int i = 0; i < count; ++i) {
        const qreal y = size * (0.3 + 0.7 * i / count);
        QPainterPath wave(QPointF(0, y));
        const int humps = 2 + dice.below(2);
        for (int hump = 0; hump < humps; ++hump) {
            const qreal x = size * hump / humps;
            const qreal step = size / humps;
            wave.quadTo(QPointF(x + step / 2, y + (hump % 2 ? height : -height)),
                        QPointF(x + step, y));
        }
        wave.lineTo(size, size);
        wave.lineTo(0, size);
        wave.closeSubpath();
        painter.setBrush(withAlpha(i % 2 ? colors.accent : colors.deep, 210));
        painter.drawPath(wave);
    }
}

} // namespace

namespace AvatarPainter {

QByteArray png(const QString &key, int size)
{
    Dice dice(key);
    const Palette colors = paletteFor(dice);

    QImage image(size, size, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal angle = qDegreesToRadians(dice.between(0, 360));
    const QPointF towards(std::cos(angle) * size / 2, std::sin(angle) * size / 2);
    const QPointF centre(size / 2.0, size / 2.0);
    QLinearGradient background(centre - towards, centre + towards);
    background.setColorAt(0, colors.light);
    background.setColorAt(1, colors.mid);
    painter.fillRect(image.rect(), background);

    painter.setPen(Qt::NoPen);
    using Motif = void (*)(QPainter &, qreal, const Palette &, Dice &);
    static constexpr Motif Motifs[] = {rings, bubbles, stripes, landscape, shards, waves};
    Motifs[dice.below(int(std::size(Motifs)))](painter, size, colors, dice);

    // A soft light from the top left, so every picture reads as one object.
    QRadialGradient shine(QPointF(size * 0.3, size * 0.25), size * 0.9);
    shine.setColorAt(0, QColor(255, 255, 255, 60));
    shine.setColorAt(1, QColor(0, 0, 0, 40));
    painter.fillRect(image.rect(), shine);
    painter.end();

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    buffer.close();
    bytes.squeeze(); // the buffer grew by doubling; the server caches these bytes
    return bytes;
}

} // namespace AvatarPainter
