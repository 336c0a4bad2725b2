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

} // namespace

// Works in whole grapheme clusters so the length cap never splits an emoji sequence
// (ZWJ, skin tone, flag) or a letter from its combining marks. Spaces are added only
// in front of visible text, so trailing whitespace or controls never cost an ellipsis.
QString singleLine(const QString &raw, int maxChars)
{
    const qsizetype limit = qMax(0, maxChars);
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
QString multiLine(const QString &raw, int maxChars)
{
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
