#pragma once

#include <QColor>
#include <QString>

// The placeholder avatar for a person without a picture: up to two initials and a
// background colour that is the same for a name on every run and every platform.
namespace Initials {

// The first grapheme of the first and of the last word that starts with a letter,
// upper-cased ("Ada Lovelace" → "AL", "Sam 🚀 Rivera" → "SR"); "?" when no word does.
QString of(const QString &displayName);

// A muted colour from a stable hash of the key, dark enough for white initials.
QColor colorFor(const QString &key);

// What a placeholder shows: worked out once for a row that is painted many times.
struct Look
{
    QString letters; // of(name)
    QColor color; // colorFor(colorKey)
};
Look lookOf(const QString &displayName, const QString &colorKey);

} // namespace Initials
