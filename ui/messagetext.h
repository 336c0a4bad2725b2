#pragma once

#include <QColor>
#include <QList>
#include <QPair>
#include <QSizeF>
#include <QString>

class QFont;
class QTextLayout;

// The text of a message as the thread paints it: plain text wrapped with QTextLayout,
// bounded in characters and lines so a hostile message lays out as fast as a long honest
// one, https links marked; and a link colour that reads on the bubble behind it.
namespace MessageText {

// Painting and sizing stop here; the full text stays in the model (for copying).
constexpr int MaxPaintedChars = 5000;
constexpr int MaxPaintedLines = 150;

// (start, length) pairs into a text.
using Ranges = QList<QPair<int, int>>;

struct WrappedText
{
    QSizeF size;
    bool rightToLeft = false;
};

// Lays out plain text in layout, wrapped to width; see the definition for the bounds.
// links, when given, receives the ranges that were marked as links.
WrappedText layoutText(QTextLayout &layout, const QString &source, const QFont &font, int width,
                       bool centred, const QColor &link, Ranges *links);

// (start, length) of each https URL in text that may be shown as a link: it starts
// where a word starts, has a host, and trailing punctuation is not part of it.
Ranges httpsLinkRanges(const QString &text);

// The palette's link colour, moved toward text until it reads on background (WCAG AA).
QColor readableOn(const QColor &wanted, const QColor &background, const QColor &text);

} // namespace MessageText
