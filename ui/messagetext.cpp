#include "messagetext.h"

#include "api/urlpolicy.h"
#include "painting.h"

#include <QRegularExpression>
#include <QTextLayout>
#include <QUrl>

#include <cmath>

namespace MessageText {

namespace {

qreal luminance(const QColor &color)
{
    const auto linear = [](float c) {
        return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
    };
    return 0.2126f * linear(color.redF()) + 0.7152f * linear(color.greenF())
            + 0.0722f * linear(color.blueF());
}

// Punctuation that ends a sentence rather than a URL: "see https://a.com/x."
bool isTrailingPunctuation(QChar c)
{
    if (c.unicode() > 0x7f)
        return c.isPunct();
    return QStringView(u".,;:!?'\"*").contains(c);
}

} // namespace

// Lays out plain text in `layout`, wrapped to `width` at word boundaries or anywhere in a
// word too long for a line. At most MaxPaintedChars characters and about MaxPaintedLines
// lines are laid out, a cut marked with an ellipsis, so a hostile message costs no more
// than a long honest one. https links get `link` and an underline; every caller passes
// the same formats, because format boundaries can shift glyphs and so the wrapping.
WrappedText layoutText(QTextLayout &layout, const QString &source, const QFont &font, int width,
                       bool centred, const QColor &link, Ranges *links)
{
    QString shown = source;
    bool truncated = false;
    if (shown.size() > MaxPaintedChars) {
        qsizetype cut = MaxPaintedChars;
        if (shown.at(cut - 1).isHighSurrogate())
            --cut; // never half a character
        shown.truncate(cut);
        truncated = true;
    }
    WrappedText result;
    result.rightToLeft = shown.isRightToLeft();
    // Each message reads in its own direction, whatever the window's.
    QTextOption option(centred                      ? Qt::AlignHCenter
                               : result.rightToLeft ? Qt::AlignRight
                                                    : Qt::AlignLeft);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(result.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);

    for (int pass = 0;; ++pass) {
        Ranges ranges = httpsLinkRanges(shown);
        if (truncated) {
            // A link cut short would open a different page than the one written.
            ranges.removeIf([&shown](const QPair<int, int> &range) {
                return range.first + range.second >= shown.size();
            });
        }
        QString text = shown;
        // QTextLayout breaks lines only at the Unicode line separator, as QPainter::drawText
        // does after the same replacement; the lengths stay equal, so ranges still fit.
        text.replace(u'\n', QChar::LineSeparator);
        if (truncated)
            text += u'…';
        QList<QTextLayout::FormatRange> formats;
        formats.reserve(ranges.size());
        for (const auto &range : std::as_const(ranges)) {
            QTextLayout::FormatRange format;
            format.start = range.first;
            format.length = range.second;
            format.format.setForeground(link);
            format.format.setFontUnderline(true);
            formats.append(format);
        }
        layout.setText(text);
        layout.setFont(font);
        layout.setTextOption(option);
        layout.setFormats(formats); // before beginLayout(): setting formats drops the lines

        layout.beginLayout();
        qreal y = 0;
        qreal natural = 0;
        int lineCount = 0;
        int cutAt = -1;
        const int end = int(shown.size());
        for (;;) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
            natural = qMax(natural, line.naturalTextWidth());
            const int lineEnd = line.textStart() + line.textLength();
            if (++lineCount >= MaxPaintedLines && pass == 0 && lineEnd < end) {
                cutAt = lineEnd;
                break;
            }
        }
        layout.endLayout();
        if (cutAt < 0) {
            if (links)
                *links = ranges;
            result.size = QSizeF(natural, y);
            return result;
        }
        shown.truncate(cutAt);
        while (!shown.isEmpty() && shown.back().isSpace())
            shown.chop(1);
        truncated = true;
    }
}

// The palette's link colour is chosen for Base; on a tinted bubble (the dark theme's
// blue-grey one above all) it can fade. Moved toward Text until it reads (WCAG AA).
QColor readableOn(const QColor &wanted, const QColor &background, const QColor &text)
{
    constexpr qreal MinContrast = 4.5;
    const qreal backgroundLuminance = luminance(background);
    for (int step = 0; step < 10; ++step) {
        const QColor candidate = Painting::blended(wanted, text, step / 10.0);
        const qreal own = luminance(candidate);
        const qreal contrast =
                (qMax(own, backgroundLuminance) + 0.05) / (qMin(own, backgroundLuminance) + 0.05);
        if (contrast >= MinContrast)
            return candidate;
    }
    return text;
}

Ranges httpsLinkRanges(const QString &text)
{
    // A link starts a word: "javascript:https://…" or "xhttps://…" is not one. The
    // sanitized text has no controls, so \s and the quotes end a URL.
    static const QRegularExpression candidate(
            QStringLiteral(R"((?<![\w/:.@\-])https://[^\s<>"'`]+)"),
            QRegularExpression::CaseInsensitiveOption
                    | QRegularExpression::UseUnicodePropertiesOption);
    QList<QPair<int, int>> ranges;
    QRegularExpressionMatchIterator matches = candidate.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const int start = int(match.capturedStart());
        int length = int(match.capturedLength());
        // Closing brackets belong to the URL only when it opened them (Wikipedia's "(x)").
        while (length > 0) {
            const QStringView url = QStringView(text).mid(start, length);
            const QChar last = url.back();
            const bool unbalanced = (last == u')' && url.count(u'(') < url.count(u')'))
                    || (last == u']' && url.count(u'[') < url.count(u']'))
                    || (last == u'}' && url.count(u'{') < url.count(u'}'));
            if (!unbalanced && !isTrailingPunctuation(last))
                break;
            --length;
        }
        if (UrlPolicy::isOpenableLink(QUrl(text.mid(start, length), QUrl::StrictMode)))
            ranges.append({start, length});
    }
    return ranges;
}

} // namespace MessageText
