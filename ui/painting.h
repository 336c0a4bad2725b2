#pragma once

#include "text/initials.h"

#include <QColor>
#include <QFont>
#include <QString>
#include <Qt>

class AvatarStore;
class QPainter;
class QPalette;
class QRect;
class QStyleOptionViewItem;
class QUrl;

// Small drawing helpers shared by the painting delegates and the thread header.
namespace Painting {

// Flags for one line of untrusted text: aligned for the layout direction, and laid out
// in the direction of its own first strong character, as a label with automatic
// direction would: an Arabic name in an English window reads right, and "20 Nov 2023"
// or "99+" in a right-to-left window is not reordered into "Nov 2023 20".
int textFlags(Qt::LayoutDirection direction, Qt::Alignment alignment, const QString &text);

// The same font, factor times as large (point or pixel sized alike).
QFont scaledFont(const QFont &font, qreal factor);
QFont weighted(const QFont &font, QFont::Weight weight);

// from moved amount (0..1) of the way toward to.
QColor blended(const QColor &from, const QColor &to, qreal amount);

// Text that says something went wrong: a red that reads on the palette's window colour,
// light or dark.
QColor errorTextColor(const QPalette &palette);

// The round picture from the store when it is ready (store may be null), else the
// initials of name in white on a colour that stays the same for colorKey.
void paintAvatar(QPainter *painter, const QRect &rect, AvatarStore *store, const QUrl &picture,
                 const QString &name, const QString &colorKey);
// The same with the initials worked out before (Initials::lookOf()).
void paintAvatar(QPainter *painter, const QRect &rect, AvatarStore *store, const QUrl &picture,
                 const Initials::Look &initials);
// What the initials circles paintAvatar() keeps take (bounded; for the tests).
qsizetype initialsCacheBytes();

// The focus frame around the current row, as QCommonStyle draws it for
// CE_ItemViewItem, so keyboard users see where they are. background: what it is on.
void paintFocusFrame(QPainter *painter, const QStyleOptionViewItem &option,
                     const QColor &background);

} // namespace Painting
