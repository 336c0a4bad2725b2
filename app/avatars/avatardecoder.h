#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

// Turns untrusted picture bytes into a round avatar image. Pure and thread-safe: the
// store runs it on a worker thread. Refuses what could exhaust memory before decoding
// anything: bodies over MaxBytes and images whose declared size exceeds MaxDimension.
namespace AvatarDecoder {

constexpr qint64 MaxBytes = qint64(2) * 1024 * 1024;
constexpr int MaxDimension = 2048;

struct Result
{
    QImage image; // pixelSize × pixelSize, ARGB32 premultiplied, outside the circle clear
    QString error; // why not, for the log (never shown: a failed avatar keeps its initials)
};

// pixelSize is the size on the device (logical size × device pixel ratio).
Result decode(const QByteArray &bytes, int pixelSize);

} // namespace AvatarDecoder
