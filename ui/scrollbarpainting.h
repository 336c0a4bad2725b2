#pragma once

#include <QStyle>

class QPainter;
class QStyleOptionSlider;

// Draws Fusion's scroll bars from cached pixmaps: the groove, the slider and each arrow
// button drawn by Fusion once per size and state, then only copied, in bands
// (BandedPainting). Why: Fusion fills the groove with a gradient, which Qt's raster
// engine splits across its GUI thread pool and waits for; at every scroll step, while
// Page Down went through 100 000 conversations, that wait made the slowest frames.
namespace ScrollBarPainting {

// Draws the bar and returns true, or returns false for the caller to draw it: a style
// other than Fusion (native styles animate their bars), a transient bar, a painter that
// scales or rotates, a fractional pixel ratio.
bool drawFromCache(const QStyle *base, const QStyleOptionSlider &option, QPainter *painter,
                   const QWidget *widget);

} // namespace ScrollBarPainting
