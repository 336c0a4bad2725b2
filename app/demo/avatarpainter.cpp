#include "avatarpainter.h"

#include <QBuffer>
#include <QColor>
#include <QCryptographicHash>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

namespace AvatarPainter {

QByteArray png(const QString &key, int size)
{
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1);
    const auto byte = [&hash](int i) { return int(quint8(hash.at(i % hash.size()))); };

    QImage image(size, size, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient background(0, 0, size, size);
    background.setColorAt(0, QColor::fromHsv(byte(0) * 360 / 256, 90, 235));
    background.setColorAt(1, QColor::fromHsv(byte(1) * 360 / 256, 140, 170));
    painter.fillRect(image.rect(), background);

    // A head and shoulders silhouette, slightly varied, so it reads as a portrait.
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromHsv(byte(2) * 360 / 256, 40, 250, 230));
    const qreal head = size * (0.34 + byte(3) / 2550.0);
    painter.drawEllipse(QRectF((size - head) / 2, size * 0.18, head, head));
    QPainterPath shoulders;
    shoulders.addEllipse(QRectF(size * 0.14, size * 0.62, size * 0.72, size * 0.7));
    painter.drawPath(shoulders);
    painter.end();

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace AvatarPainter
