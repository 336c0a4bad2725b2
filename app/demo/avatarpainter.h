#pragma once

#include <QByteArray>
#include <QString>

// Draws the demo server's avatars: a deterministic abstract picture per key (no text,
// so it needs no fonts and works in a plain QCoreApplication), encoded as PNG. Each key
// gets its own palette and one of a few motifs (rings, bubbles, stripes, a landscape,
// shards, waves), so the people of the demo are told apart at a glance.
namespace AvatarPainter {

QByteArray png(const QString &key, int size = 96);

} // namespace AvatarPainter
