#include "elisioncut.h"

#include <QFontMetrics>
#include <QStringView>
#include <QTextBoundaryFinder>

// Why a cut start elides as the whole text does. elidedText keeps the graphemes whose
// running width stays under the width less the ellipsis, and each grapheme's width comes
// from shaping. Shaping the start alone gives the same glyphs as shaping it inside the
// whole text when three things hold:
// - the start reaches Margin graphemes past the elision point (what follows a glyph
//   changes it only a few glyphs back);
// - every character of the start gets the same bidi level whatever follows: a
//   left-to-right start with letters, numbers and neutrals (each resolves to its
//   paragraph's direction), or a right-to-left start without numbers that ends on a
//   strong character (numbers take levels of their own, and a neutral at the end looks
//   ahead); explicit bidi controls and Arabic numbers never;
// - the start holds a character of a real script (leading common characters such as
//   digits or emoji take the script of the first one, which may lie past the cut).
// elidedText also appends the bidi marks and controls it cuts off after the ellipsis,
// and QFontMetrics reads U+009C as a separator of length variants: a text holding
// either is elided whole.
namespace ElisionCut {

namespace {

bool changesEliding(char16_t c)
{
    return c == 0x9c || (c >= 0x200e && c <= 0x200f) || (c >= 0x202a && c <= 0x202e)
            || (c >= 0x2066 && c <= 0x2069);
}

bool hasCharactersElidingKeeps(QStringView text)
{
    for (const QChar c : text) {
        if (changesEliding(c.unicode()))
            return true;
    }
    return false;
}

// The end of the longest start of text[0, cut) whose bidi levels and scripts cannot
// depend on what follows it, or -1.
qsizetype safeEnd(QStringView text, qsizetype cut)
{
    enum class Paragraph { Unknown, LeftToRight, RightToLeft };
    Paragraph paragraph = Paragraph::Unknown;
    bool number = false;
    bool script = false;
    qsizetype afterStrong = -1;
    for (qsizetype i = 0; i < cut; ++i) {
        char32_t ucs4 = text[i].unicode();
        if (QChar::isHighSurrogate(ucs4) && i + 1 < cut && text[i + 1].isLowSurrogate()) {
            ucs4 = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        }
        script = script || QChar::script(ucs4) > QChar::Script_Common;
        switch (QChar::direction(ucs4)) {
        case QChar::DirL:
            if (paragraph == Paragraph::RightToLeft)
                return -1;
            paragraph = Paragraph::LeftToRight;
            afterStrong = i + 1;
            break;
        case QChar::DirR:
        case QChar::DirAL:
            if (paragraph == Paragraph::LeftToRight)
                return -1;
            paragraph = Paragraph::RightToLeft;
            afterStrong = i + 1;
            break;
        case QChar::DirEN: number = true; break;
        case QChar::DirES:
        case QChar::DirET:
        case QChar::DirCS:
        case QChar::DirWS:
        case QChar::DirON:
        case QChar::DirNSM:
        case QChar::DirBN: break;
        default: // AN, paragraph and segment separators, embeddings, overrides, isolates
            return -1;
        }
    }
    if (!script || paragraph == Paragraph::Unknown)
        return -1;
    if (paragraph == Paragraph::RightToLeft)
        return number ? -1 : afterStrong;
    return cut;
}

// A grapheme boundary at or before guess (never inside a surrogate pair or before a
// combining mark), looked for in a short stretch so that a long text is not analysed.
qsizetype boundaryBefore(QStringView text, qsizetype guess)
{
    constexpr qsizetype Window = 32;
    const qsizetype from = qMax<qsizetype>(0, guess - Window);
    const qsizetype to = qMin(text.size(), guess + Window);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text.constData() + from, to - from);
    finder.setPosition(guess - from);
    if (finder.isAtBoundary())
        return guess;
    const qsizetype before = finder.toPreviousBoundary();
    return before > 0 ? from + before : -1;
}

qsizetype graphemesIn(QStringView text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text.constData(), text.size());
    qsizetype count = 0;
    while (finder.toNextBoundary() > 0)
        ++count;
    return count;
}

// The first length worth cutting at: a quarter more characters than the width holds at
// the font's average, and the margin. Narrower text fails the check and is cut longer.
qsizetype firstGuess(const QFontMetrics &metrics, int width)
{
    const qsizetype fits = width / qMax(1, metrics.averageCharWidth()) + 1;
    return fits + fits / 4 + Margin;
}

// The cut at about guess characters, or -1 when none is safe or worth making.
qsizetype cutAt(const QString &text, qsizetype guess)
{
    if (guess + Margin >= text.size())
        return -1; // too little left to save
    const qsizetype boundary = boundaryBefore(text, guess);
    return boundary > 0 ? safeEnd(text, boundary) : -1;
}

} // namespace

qsizetype firstCut(const QString &text, const QFontMetrics &metrics, int width)
{
    if (width <= 0 || hasCharactersElidingKeeps(text))
        return -1;
    return cutAt(text, firstGuess(metrics, width));
}

QString elidedRight(const QString &text, const QFontMetrics &metrics, int width)
{
    if (width > 0 && !hasCharactersElidingKeeps(text)) {
        for (qsizetype guess = firstGuess(metrics, width); guess + Margin < text.size();
             guess *= 2) {
            const qsizetype cut = cutAt(text, guess);
            if (cut <= 0)
                break;
            const QString start = text.left(cut);
            const QString elided = metrics.elidedText(start, Qt::ElideRight, width);
            // The kept characters are fewer than the result's: the ellipsis (and a joiner).
            const qsizetype kept = qMin(elided.size(), cut);
            if (!elided.isEmpty() && elided != start
                && graphemesIn(QStringView(start).mid(kept)) >= Margin)
                return elided;
        }
    }
    return metrics.elidedText(text, Qt::ElideRight, width);
}

} // namespace ElisionCut
