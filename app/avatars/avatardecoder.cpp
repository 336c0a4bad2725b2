#include "avatardecoder.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>

namespace AvatarDecoder {

namespace {

// Fills the centre square of the source, scaled smoothly, clipped to a circle.
QImage roundCropped(const QImage &source, int pixelSize)
{
    const int side = qMin(source.width(), source.height());
    const QImage square =
            source.copy((source.width() - side) / 2, (source.height() - side) / 2, side, side);
    const QImage scaled =
            square.scaled(pixelSize, pixelSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);

    QImage round(pixelSize, pixelSize, QImage::Format_ARGB32_Premultiplied);
    round.fill(Qt::transparent);
    QPainter painter(&round);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, pixelSize, pixelSize));
    painter.setClipPath(circle);
    painter.drawImage(0, 0, scaled);
    painter.end();
    // An image painted on keeps its paint engine (and the clip's rasterized spans, about
    // 5 KB) for as long as it lives; the copy that goes to the cache has none.
    return round.copy();
}

} // namespace

Result decode(const QByteArray &bytes, int pixelSize)
{
    Result result;
    if (pixelSize <= 0 || pixelSize > MaxDimension) {
        result.error = QStringLiteral("bad target size");
        return result;
    }
    if (bytes.isEmpty() || bytes.size() > MaxBytes) {
        result.error = QStringLiteral("body empty or over %1 bytes").arg(MaxBytes);
        return result;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    // A second guard should a format misreport its size: Qt refuses larger buffers.
    reader.setAllocationLimit(int(MaxDimension * MaxDimension * 4 / (1024 * 1024)) + 1);
    const QSize declared = reader.size();
    if (!declared.isValid() || declared.isEmpty()) {
        result.error = QStringLiteral("not a readable image: %1").arg(reader.errorString());
        return result;
    }
    if (declared.width() > MaxDimension || declared.height() > MaxDimension) {
        result.error = QStringLiteral("declared size %1×%2 is too large")
                               .arg(declared.width())
                               .arg(declared.height());
        return result;
    }
    // Decode big pictures at about twice the target (JPEG then decodes at a fraction of
    // the cost); the smooth scale below does the rest.
    const int shortSide = qMin(declared.width(), declared.height());
    if (shortSide > 2 * pixelSize)
        reader.setScaledSize(declared * (2.0 * pixelSize / shortSide));
    QImage source;
    if (!reader.read(&source) || source.isNull()) {
        result.error = QStringLiteral("decoding failed: %1").arg(reader.errorString());
        return result;
    }
    result.image = roundCropped(source, pixelSize);
    return result;
}

} // namespace AvatarDecoder
