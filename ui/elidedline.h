#pragma once

#include "laidouttext.h"

#include <QFont>
#include <QString>

// One line of untrusted text elided at the right exactly as
// QFontMetrics(font).elidedText() elides it, and laid out for drawing as LaidOutText
// lays out that result in deviceFont (the painter's). Eliding shapes a text to measure
// it and the layout shapes the result again: a text that fits is shaped once here, its
// layout's advance being what elidedText compares with the width. A long one is elided
// from a cut start (ElisionCut).
struct ElidedLine
{
    ElidedLine(const QString &whole, const QFont &font, const QFont &deviceFont, int width,
               Qt::LayoutDirection direction, Qt::Alignment alignment);

    QString text; // elidedText's result
    int advance = 0; // QFontMetrics(font).horizontalAdvance(text)
    LaidOutText line;
};
