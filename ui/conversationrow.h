#pragma once

#include "conversationdelegate.h"
#include "painting.h"

#include <QDateTime>
#include <QFont>
#include <QFontMetrics>
#include <QString>

class QModelIndex;
class QStyleOptionViewItem;

// What one conversation row shows and where: the data read from the model, the fonts
// derived from the view's, and the layout with the elided texts. Painting is the
// delegate's; this is the part a cache can keep (RowTextCache).
namespace ConversationRow {

constexpr int LineGap = 2; // between the three text lines
constexpr int PillPadding = 6; // left and right inside the marker and the badge
constexpr qreal SmallFontFactor = 0.85; // time, marker, badge

// The fonts of a row, all derived from the view's font. The line heights use the
// heaviest variant a line can have, so the row height never depends on the data.
struct Fonts
{
    explicit Fonts(const QFont &base)
        : normal(base)
        , bold(Painting::weighted(base, QFont::Bold))
        , emphasis(Painting::weighted(base, QFont::DemiBold))
        , small(Painting::scaledFont(base, SmallFontFactor))
        , smallBold(Painting::weighted(small, QFont::Bold))
    {
    }

    int line1Height() const
    {
        return qMax(QFontMetrics(bold).height(), QFontMetrics(small).height());
    }
    int line2Height() const { return QFontMetrics(normal).height(); }
    int line3Height() const
    {
        return qMax(QFontMetrics(emphasis).height(), QFontMetrics(smallBold).height());
    }
    int blockHeight() const { return line1Height() + line2Height() + line3Height() + 2 * LineGap; }

    QFont normal;
    QFont bold;
    QFont emphasis;
    QFont small;
    QFont smallBold;
};

// What a row shows, read from the model once per paint.
struct Content
{
    QString name;
    QString time;
    QString headline;
    QString message;
    QString badge;
    QString marker;
    QString draft; // "Draft" when a reply waits in the box
    bool unread = false; // emphasised: unread, and not seen in the app since
    bool badgeSubdued = false; // LinkedIn still counts it unread, but it was read here
    int waitedDays = -1; // a waiting view: the time slot says how long (it ages in colour)
    bool snippet = false; // the message line shows a search hit's words from the thread

    bool operator==(const Content &other) const;
    bool operator!=(const Content &other) const { return !(*this == other); }
};

// The public rects plus what painting needs: the elided strings and the areas they
// are drawn in (wider than the tight name rect, so no glyph overhang is clipped).
struct Geometry
{
    ConversationDelegate::RowLayout rects;
    QRect nameArea;
    QString name;
    QString headline;
    QString message;
};

// Elides the name, headline and message for computeGeometry(): with QFontMetrics here,
// and in the delegate while laying them out for painting, to the same strings.
class Elider
{
public:
    enum class Part { Name, Headline, Message };

    virtual ~Elider() = default;
    // text elided at the right to width in font, and (when advance is not null) the
    // advance of the result as QFontMetrics::horizontalAdvance() gives it.
    virtual QString elide(Part part, const QString &text, const QFont &font, int width,
                          int *advance);
};

// Read once per paint: cheap next to laying out (no shaping, no eliding).
Content contentFor(const QModelIndex &index, const QDateTime &now);
// In option.rect's coordinates, mirrored for right-to-left.
Geometry computeGeometry(const QStyleOptionViewItem &option, const Fonts &fonts,
                         const Content &content, Elider &elider);
Geometry computeGeometry(const QStyleOptionViewItem &option, const Fonts &fonts,
                         const Content &content);
QFont messageFont(const Fonts &fonts, const Content &content);
QFont nameFont(const Fonts &fonts, const Content &content);

} // namespace ConversationRow
