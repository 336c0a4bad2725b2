#include "initials.h"

#include "boundedmemo.h"

#include <QStringList>
#include <QTextBoundaryFinder>

#include <cmath>
#include <utility>

namespace Initials {

namespace {

char32_t firstCodePoint(const QString &word)
{
    if (word.size() > 1 && word.at(0).isHighSurrogate() && word.at(1).isLowSurrogate())
        return QChar::surrogateToUcs4(word.at(0), word.at(1));
    return word.isEmpty() ? 0 : word.at(0).unicode();
}

// A whole grapheme cluster, so a letter keeps its combining marks ("ṡ" as s + U+0307).
QString firstGrapheme(const QString &word)
{
    QTextBoundaryFinder clusters(QTextBoundaryFinder::Grapheme, word);
    qsizetype end = clusters.toNextBoundary();
    if (end <= 0 || end > word.size())
        end = word.size();
    return word.left(end);
}

// FNV-1a over the UTF-16 code units, low byte first: unlike qHash it is not seeded per
// process, so a person keeps their colour across runs, machines and Qt versions.
quint32 fnv1a(const QString &key)
{
    quint32 hash = 2166136261u;
    for (const QChar c : key) {
        const char16_t unit = c.unicode();
        hash ^= quint32(unit & 0xFF);
        hash *= 16777619u;
        hash ^= quint32(unit >> 8);
        hash *= 16777619u;
    }
    return hash;
}

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

// WCAG contrast of white text on the colour.
double contrastWithWhite(const QColor &color)
{
    const double luminance = 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF())
            + 0.0722 * linear(color.blueF());
    return 1.05 / (luminance + 0.05);
}

} // namespace

QString of(const QString &displayName)
{
    const QStringList words = displayName.simplified().split(u' ', Qt::SkipEmptyParts);
    QString first;
    QString last;
    for (const QString &word : words) {
        // Emoji, digits and punctuation ("🚀", "(CEO)") are not part of a name's initials.
        if (!QChar::isLetter(firstCodePoint(word)))
            continue;
        if (first.isEmpty())
            first = word;
        else
            last = word;
    }
    if (first.isEmpty())
        return QStringLiteral("?");
    QString initials = firstGrapheme(first).toUpper();
    if (!last.isEmpty())
        initials += firstGrapheme(last).toUpper();
    return initials;
}

QColor colorFor(const QString &key)
{
    const quint32 hash = fnv1a(key);
    const double hue = double(hash % 360) / 360.0;
    const double saturation = 0.45 + double((hash >> 12) % 11) / 100.0; // 0.45..0.55
    double value = 0.78 - double((hash >> 20) % 9) / 100.0; // 0.70..0.78
    QColor color = QColor::fromHsvF(float(hue), float(saturation), float(value));
    // Yellows and greens are bright at the same value: darken them until white bold
    // initials reach the 3:1 contrast large text needs.
    while (contrastWithWhite(color) < 3.0 && value > 0.3) {
        value -= 0.02;
        color = QColor::fromHsvF(float(hue), float(saturation), float(value));
    }
    return color;
}

Look lookOf(const QString &displayName, const QString &colorKey)
{
    // A thread's rows and header ask for the same few people on every repaint; working
    // the look out (graphemes, a hash, a contrast loop with pow) cost more than this.
    // Per thread, so it needs no lock.
    thread_local BoundedMemo<std::pair<QString, QString>, Look, 256> kept;
    return kept.get({displayName, colorKey}, [&] {
        return Look{of(displayName), colorFor(colorKey)};
    });
}

} // namespace Initials
