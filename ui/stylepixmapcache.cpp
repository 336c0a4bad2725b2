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

void draw(QPainter *painter, const QString &key, const QRect &area,
          const std::function<void(QPainter *)> &paint)
{
    if (area.isEmpty())
        return;
    const qreal dpr = painter->device()->devicePixelRatio();
    QPixmap pixmap;
    if (!QPixmapCache::find(key + u'@' + QString::number(dpr), &pixmap)) {
        pixmap = QPixmap(area.size() * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter into(&pixmap);
        into.translate(-area.topLeft());
        paint(&into);
        into.end();
        QPixmapCache::insert(key + u'@' + QString::number(dpr), pixmap);
    }
    BandedPainting::drawPixmap(painter, area.topLeft(), pixmap);
}

} // namespace StylePixmapCache
