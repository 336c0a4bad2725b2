#include "stylepixmapcache.h"

#include "bandedpainting.h"

#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>

#include <array>

namespace StylePixmapCache {

bool isWholeRatio(qreal devicePixelRatio)
{
    return qFuzzyCompare(devicePixelRatio, qreal(qRound(devicePixelRatio)));
}

QString keyOf(const char *name, const QList<qint64> &fields)
{
    QString key = QStringLiteral("linkup-style-") + QLatin1String(name);
    for (const qint64 field : fields)
        key += u':' + QString::number(field);
    return key;
}

qint64 colorsOf(const QPalette &palette)
{
    std::array<quint64, QPalette::NColorRoles + 2> colors{};
    for (int role = 0; role < QPalette::NColorRoles; ++role)
        colors[role] = palette.color(QPalette::ColorRole(role)).rgba64();
    colors[QPalette::NColorRoles] = palette.window().style(); // a texture changes outlines
    colors[QPalette::NColorRoles + 1] = palette.currentColorGroup();
    return qint64(qHashBits(colors.data(), sizeof colors));
}

QPixmap rendered(const QRect &area, qreal devicePixelRatio,
                 const std::function<void(QPainter *)> &paint)
{
    QPixmap pixmap(area.size() * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter into(&pixmap);
    into.translate(-area.topLeft());
    paint(&into);
    return pixmap;
}

void draw(QPainter *painter, const QString &key, const QRect &area,
          const std::function<void(QPainter *)> &paint)
{
    if (area.isEmpty())
        return;
    const qreal dpr = painter->device()->devicePixelRatio();
    const QString keyAtRatio = key + u'@' + QString::number(dpr);
    QPixmap pixmap;
    if (!QPixmapCache::find(keyAtRatio, &pixmap)) {
        pixmap = rendered(area, dpr, paint);
        QPixmapCache::insert(keyAtRatio, pixmap);
    }
    BandedPainting::drawPixmap(painter, area.topLeft(), pixmap);
}

} // namespace StylePixmapCache
