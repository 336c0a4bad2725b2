#pragma once

#include <QString>

class QFontMetrics;

// QFontMetrics::elidedText(text, Qt::ElideRight, width) without shaping all of a long
// text: elidedText shapes the whole string to measure it, though a row shows only its
// start. A long text is cut to a start well past what the width holds and that start
// is elided; the result is kept only when the cut cannot have changed it (see the
// .cpp), else the whole text is elided as before. The result is always elidedText's.
namespace ElisionCut {

// Graphemes that must follow the elision point inside the cut start: shaping there can
// depend on what comes next (kerning, ligatures, Arabic joining).
constexpr int Margin = 16;

QString elidedRight(const QString &text, const QFontMetrics &metrics, int width);

// Where elidedRight() would first try to cut text (a grapheme boundary), or -1 when it
// elides the whole text at once (short, or holding what a cut could change). For tests.
qsizetype firstCut(const QString &text, const QFontMetrics &metrics, int width);

} // namespace ElisionCut
