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

} // namespace Initials
