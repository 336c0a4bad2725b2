#pragma once

#include <QByteArray>
#include <QString>

// Draws the demo server's avatars: a deterministic abstract picture per key (no text,
// so it needs no fonts and works in a plain QCoreApplication), encoded as PNG.
namespace AvatarPainter {

QByteArray png(const QString &key, int size = 96);

} // namespace AvatarPainter
