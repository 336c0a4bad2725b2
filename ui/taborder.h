#pragma once

#include <QList>

class QWidget;

// Tab and Shift+Tab through regions of a window in a fixed order (each region's own
// controls in their focus-chain order), whatever order Qt's single focus chain has come
// to: widgets made later go to its end, and a focus proxy moves in it.
namespace TabOrder {

// The controls Tab stops at: visible, enabled, taking focus by Tab, in the regions'
// order (hidden regions and null ones skipped).
QList<QWidget *> stops(const QList<QWidget *> &regions);

// Moves the focus to the next (or previous) stop, round from the last to the first.
// False, and nothing moved, when the focus is on none of them.
bool move(const QList<QWidget *> &regions, bool next);

} // namespace TabOrder
