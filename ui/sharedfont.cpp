#include "sharedfont.h"

#include "text/boundedmemo.h"

#include <QFontMetrics>
#include <QList>

namespace SharedFont {

namespace {

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
    // More than the fonts of both delegates at two resolutions.
    static BoundedList<QFont, 32> fonts;
    return fonts.get([&](const QFont &known) { return same(known, font); }, [&] { return font; });
}

} // namespace SharedFont
