#include "sharedfont.h"

#include <QFontMetrics>
#include <QList>

namespace SharedFont {

namespace {

// More than the fonts of both delegates at two resolutions; the oldest goes first.
constexpr int MaxFonts = 32;

// QFont::operator== leaves out the resolution the font was bound to (a paint device's
// dpi), which decides its pixel size.
bool same(const QFont &a, const QFont &b)
{
    return a == b && a.resolveMask() == b.resolveMask()
            && QFontMetrics(a).fontDpi() == QFontMetrics(b).fontDpi();
}

} // namespace

QFont of(const QFont &font)
{
    static QList<QFont> fonts;
    for (const QFont &known : std::as_const(fonts)) {
        if (same(known, font))
            return known;
    }
    if (fonts.size() >= MaxFonts)
        fonts.removeFirst();
    fonts.append(font);
    return font;
}

} // namespace SharedFont
