#pragma once

#include <QFont>

// A font equal to one given before comes back as that first one, with its font engines.
// QFont keeps the engines it finds in its own private, and a font made anew (setWeight,
// setPointSizeF, QPainter::setFont) finds them again through the font database, its
// substitutions and its caches the first time it is measured or shaped: most of what
// laying out a row of short texts costs. The fonts a delegate derives per paint are
// the same few every time. GUI thread only; a few dozen fonts at most.
namespace SharedFont {

// An equal font (QFont::operator==, resolve mask and resolution alike).
QFont of(const QFont &font);

} // namespace SharedFont
