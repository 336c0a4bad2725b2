#include "elidedline.h"

#include "elisioncut.h"
#include "painting.h"

#include <QFontMetrics>
#include <QStringView>

namespace {

// Whether a layout of text measures what QFontMetrics measures: not after a tab or a
// line break (LaidOutText makes them spaces), a separator, an object or U+009C
// (QFontMetrics' separator of length variants).
bool measuresAsLaidOut(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029 || u == 0xfffc)
            return false;
    }
    return true;
}

LaidOutText laidOut(const QString &text, const QFont &deviceFont, Qt::LayoutDirection direction,
                    Qt::Alignment alignment)
{
    return LaidOutText(text, deviceFont, Painting::textFlags(direction, alignment, text));
}

} // namespace

ElidedLine::ElidedLine(const QString &whole, const QFont &font, const QFont &deviceFont, int width,
                       Qt::LayoutDirection direction, Qt::Alignment alignment)
{
    const QFontMetrics metrics(font);
    // The same font engine, so the layout's glyphs are the ones elidedText measures.
    const bool sameShaping = font == deviceFont
            && qFuzzyCompare(metrics.fontDpi(), QFontMetrics(deviceFont).fontDpi());
    const bool measurable = sameShaping && measuresAsLaidOut(whole);
    // Worth trying only when the text may fit: else it is shaped once more for nothing.
    if (measurable
        && whole.size() * qMax(1, metrics.averageCharWidth()) <= qsizetype(width) + width / 4) {
        LaidOutText shaped = laidOut(whole, deviceFont, direction, alignment);
        // elidedText keeps a text that fits, and any text of one character.
        if (shaped.advance() <= width || whole.size() <= 1) {
            text = whole;
            advance = qRound(shaped.advance());
            line = std::move(shaped);
            return;
        }
    }
    text = ElisionCut::elidedRight(whole, metrics, width);
    line = laidOut(text, deviceFont, direction, alignment);
    advance = measurable ? qRound(line.advance()) : metrics.horizontalAdvance(text);
}
