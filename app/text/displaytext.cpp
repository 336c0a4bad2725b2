#include "displaytext.h"

#include <QTextBoundaryFinder>

namespace DisplayText {

namespace {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) // LRE, RLE, PDF, LRO, RLO
            || (c >= 0x2066 && c <= 0x2069); // LRI, RLI, FSI, PDI
}

bool isBreakingSpace(char32_t c)
{
    return c == u'\n' || c == u'\r' || c == u'\t' || c == 0x0B || c == 0x0C || c == 0x85
            || c == 0x2028 || c == 0x2029;
}

bool isLineBreak(char32_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028
            || c == 0x2029;
}

bool isDropped(char32_t c)
{
    return isBidiControl(c) || QChar::category(c) == QChar::Other_Control
            || (c >= 0xD800 && c <= 0xDFFF); // a lone surrogate
}

constexpr char32_t Zwnj = 0x200C;
constexpr char32_t Zwj = 0x200D;
constexpr char32_t BlackFlag = 0x1F3F4;

bool isTag(char32_t c)
{
    return c >= 0xE0020 && c <= 0xE007F;
}

// Emoji and the symbols that take part in emoji sequences (with their variation
// selector and skin tones): what a ZWJ may join.
bool isEmojiPart(char32_t c)
{
    return c >= 0x1F000 || c == 0xFE0F || QChar::category(c) == QChar::Symbol_Other
            || (c >= 0x2190 && c <= 0x2BFF);
}

// Letters (and their marks) of the scripts whose spelling needs ZWJ and ZWNJ: Arabic
// and Persian, Syriac, the Indic scripts, and their neighbours. Between Latin, Greek or
// Cyrillic letters a joiner changes nothing that is seen: it only forges a look-alike.
bool isJoiningLetter(char32_t c)
{
    if (!QChar::isLetter(c) && !QChar::isMark(c))
        return false;
    switch (QChar::script(c)) {
    case QChar::Script_Arabic:
    case QChar::Script_Syriac:
    case QChar::Script_Thaana:
    case QChar::Script_Nko:
    case QChar::Script_Mandaic:
    case QChar::Script_Devanagari:
    case QChar::Script_Bengali:
    case QChar::Script_Gurmukhi:
    case QChar::Script_Gujarati:
    case QChar::Script_Oriya:
    case QChar::Script_Tamil:
    case QChar::Script_Telugu:
    case QChar::Script_Kannada:
    case QChar::Script_Malayalam:
    case QChar::Script_Sinhala:
    case QChar::Script_Myanmar:
    case QChar::Script_Khmer:
    case QChar::Script_Mongolian:
    case QChar::Script_Tibetan:
    case QChar::Script_Inherited: // combining marks take their base letter's script
        return true;
    default: return false;
    }
}

// Format characters that are seen, or that right-to-left text needs to place
// punctuation: kept. Every other format character is invisible and only serves to
// make two names look alike, or to hide text: dropped.
bool isVisibleOrNeededFormat(char32_t c)
{
    return c == 0x200E || c == 0x200F || c == 0x061C // LRM, RLM, ALM
            || (c >= 0x0600 && c <= 0x0605) || c == 0x06DD || c == 0x070F || c == 0x08E2
            || c == 0x110BD || c == 0x110CD; // number signs and marks shown with the text
}

// An invisible character in its context: ZWJ stays between the parts of an emoji
// sequence and between letters (Indic conjuncts), ZWNJ between letters (Persian and
// Indic words), tags after a flag (subdivision flags); anything else of the kind goes.
bool isInvisibleHere(char32_t c, char32_t previous, char32_t next)
{
    const bool betweenJoiningLetters = isJoiningLetter(previous) && isJoiningLetter(next)
            && !(QChar::script(previous) == QChar::Script_Inherited
                 && QChar::script(next) == QChar::Script_Inherited);
    if (c == Zwj)
        return !((isEmojiPart(previous) && isEmojiPart(next)) || betweenJoiningLetters);
    if (c == Zwnj)
        return !betweenJoiningLetters;
    if (isTag(c))
        return !(previous == BlackFlag || isTag(previous));
    return QChar::category(c) == QChar::Other_Format && !isVisibleOrNeededFormat(c);
}

char32_t codePointAt(QStringView text, qsizetype i, qsizetype *width)
{
    const QChar first = text.at(i);
    if (first.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(first, text.at(i + 1));
    }
    *width = 1;
    return first.unicode();
}

// The text without its invisible format characters (the same string, shared, when it
// has none: the common case costs one scan).
QString withoutInvisibles(const QString &raw)
{
    const QStringView view(raw);
    QString out;
    bool changed = false;
    char32_t previous = 0;
    for (qsizetype i = 0; i < view.size();) {
        qsizetype width = 1;
        const char32_t c = codePointAt(view, i, &width);
        qsizetype nextWidth = 1;
        const char32_t next =
                i + width < view.size() ? codePointAt(view, i + width, &nextWidth) : 0;
        const bool drop =
                (c == Zwj || c == Zwnj || isTag(c) || QChar::category(c) == QChar::Other_Format)
                && isInvisibleHere(c, previous, next);
        if (drop && !changed) {
            out.reserve(raw.size());
            out.append(view.left(i));
            changed = true;
        } else if (!drop && changed) {
            out.append(view.mid(i, width));
        }
        if (!drop)
            previous = c;
        i += width;
    }
    return changed ? out : raw;
}

// Printable Latin-1 with single spaces between words: what singleLine() gives back as
// it is (one character a grapheme, nothing to drop or fold). Most names, headlines and
// messages are, and the list reads them for every row it shows.
bool isPlainLatin1Line(QStringView text)
{
    if (text.isEmpty() || text.front() == u' ' || text.back() == u' ')
        return false;
    char16_t previous = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool printable = (u > 0x20 && u < 0x7f) || (u >= 0xa0 && u <= 0xff && u != 0xad);
        if (!printable && !(u == u' ' && previous != u' '))
            return false;
        previous = u;
    }
    return true;
}

} // namespace

// Works in whole grapheme clusters so the length cap never splits an emoji sequence
// (ZWJ, skin tone, flag) or a letter from its combining marks. Spaces are added only
// in front of visible text, so trailing whitespace or controls never cost an ellipsis.
QString singleLine(const QString &input, int maxChars)
{
    const qsizetype limit = qMax(0, maxChars);
    if (input.size() <= limit && isPlainLatin1Line(input))
        return input;
    const QString raw = withoutInvisibles(input);
    QString out;
    out.reserve(qMin(raw.size(), limit) + 1);
    QTextBoundaryFinder clusters(QTextBoundaryFinder::Grapheme, raw);
    const QStringView view(raw);
    QString kept; // the visible part of one cluster
    bool pendingSpace = false;
    bool cut = false;
    qsizetype start = 0;
    while (start < view.size()) {
        qsizetype end = clusters.toNextBoundary();
        if (end <= start || end > view.size())
            end = view.size();
        kept.clear();
        bool spaceAfter = false;
        for (qsizetype i = start; i < end;) {
            const char32_t c =
                    view.at(i).isHighSurrogate() && i + 1 < end && view.at(i + 1).isLowSurrogate()
                    ? QChar::surrogateToUcs4(view.at(i), view.at(i + 1))
                    : view.at(i).unicode();
            const qsizetype width = c > 0xFFFF ? 2 : 1;
            if (isBreakingSpace(c) || c == u' ') {
                if (kept.isEmpty())
                    pendingSpace = !out.isEmpty();
                else
                    spaceAfter = true;
            } else if (!isDropped(c)) {
                kept.append(view.mid(i, width));
            }
            i += width;
        }
        start = end;
        if (kept.isEmpty())
            continue;
        if (out.size() + (pendingSpace ? 1 : 0) + kept.size() > limit) {
            cut = true;
            break;
        }
        if (pendingSpace)
            out.append(u' ');
        out.append(kept);
        pendingSpace = spaceAfter;
    }
    if (cut)
        out.append(QChar(0x2026)); // …
    return out;
}

// The same cluster walk as singleLine(), with line breaks counted instead of folded
// into spaces: what sits between two visible clusters is either spacing within a line
// or (when a break came) the breaks and the next line's indentation.
QString multiLine(const QString &input, int maxChars)
{
    const QString raw = withoutInvisibles(input);
    constexpr int MaxBreaks = 2; // one empty line between paragraphs at most
    const qsizetype limit = qMax(0, maxChars);
    QString out;
    out.reserve(qMin(raw.size(), limit) + 1);
    QTextBoundaryFinder clusters(QTextBoundaryFinder::Grapheme, raw);
    const QStringView view(raw);
    QString kept; // the visible part of one cluster
    int pendingBreaks = 0;
    qsizetype pendingSpaces = 0;
    bool afterCr = false;
    bool cut = false;
    qsizetype start = 0;
    while (start < view.size()) {
        qsizetype end = clusters.toNextBoundary();
        if (end <= start || end > view.size())
            end = view.size();
        kept.clear();
        int breaksAfter = 0;
        qsizetype spacesAfter = 0;
        for (qsizetype i = start; i < end;) {
            const char32_t c =
                    view.at(i).isHighSurrogate() && i + 1 < end && view.at(i + 1).isLowSurrogate()
                    ? QChar::surrogateToUcs4(view.at(i), view.at(i + 1))
                    : view.at(i).unicode();
            const qsizetype width = c > 0xFFFF ? 2 : 1;
            const bool crLf = afterCr && c == u'\n';
            afterCr = c == u'\r';
            if (isLineBreak(c)) {
                if (crLf) {
                    // the second half of one break
                } else if (kept.isEmpty()) {
                    ++pendingBreaks;
                    pendingSpaces = 0;
                } else {
                    ++breaksAfter;
                    spacesAfter = 0;
                }
            } else if (c == u' ' || c == u'\t') {
                ++(kept.isEmpty() ? pendingSpaces : spacesAfter);
            } else if (!isDropped(c)) {
                kept.append(view.mid(i, width));
            }
            i += width;
        }
        start = end;
        if (kept.isEmpty())
            continue;
        // Nothing in front of the first visible text: no leading blank lines or spaces.
        const qsizetype breaks = out.isEmpty() ? 0 : qMin(pendingBreaks, MaxBreaks);
        const qsizetype spaces = out.isEmpty() ? 0 : pendingSpaces;
        if (out.size() + breaks + spaces + kept.size() > limit) {
            cut = true;
            break;
        }
        out.append(QString(breaks, u'\n'));
        out.append(QString(spaces, u' '));
        out.append(kept);
        pendingBreaks = breaksAfter;
        pendingSpaces = spacesAfter;
    }
    if (cut)
        out.append(QChar(0x2026)); // …
    return out;
}

QString firstName(const QString &displayName)
{
    const QString name = displayName.simplified();
    const qsizetype space = name.indexOf(u' ');
    return space > 0 ? name.left(space) : name;
}

} // namespace DisplayText
