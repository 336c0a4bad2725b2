#include "conversationdelegate.h"

#include "avatars/avatarstore.h"
#include "painting.h"

#include "inbox/conversationlistmodel.h"
#include "startup/startuptrace.h"
#include "text/displaytext.h"
#include "text/initials.h"
#include "text/timeformat.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QTextBoundaryFinder>

namespace {

using Painting::blended;
using Painting::scaledFont;
using Painting::textFlags;
using Painting::weighted;

using Model = ConversationListModel;
using RowLayout = ConversationDelegate::RowLayout;

constexpr int LineGap = 2; // between the three text lines
constexpr int Spacing = 8; // between parts on one line
constexpr int MinVerticalPadding = 8;
constexpr int PillPadding = 6; // left and right inside the marker and the badge
constexpr qreal SmallFontFactor = 0.85; // time, marker, badge
constexpr qreal SecondaryBlend = 0.4; // secondary text: this much of the way from Text to Base
constexpr int MaxBadgeCount = 99;
constexpr int MaxMarkerChars = 24;

// The fonts of a row, all derived from the view's font. The line heights use the
// heaviest variant a line can have, so the row height never depends on the data.
struct Fonts
{
    explicit Fonts(const QFont &base)
        : normal(base)
        , bold(weighted(base, QFont::Bold))
        , emphasis(weighted(base, QFont::DemiBold))
        , small(scaledFont(base, SmallFontFactor))
        , smallBold(weighted(small, QFont::Bold))
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
struct RowContent
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
};

QString markerText(const QString &type)
{
    const QString key = type.trimmed().toLower();
    if (key.isEmpty() || key == u"normal")
        return {};
    if (key == u"inmail")
        return ConversationDelegate::tr("InMail");
    if (key == u"sponsored")
        return ConversationDelegate::tr("Sponsored");
    if (key == u"job")
        return ConversationDelegate::tr("Job");
    // An unknown type still comes from the server: sanitize and bound it like any text.
    const QString text = DisplayText::singleLine(type, MaxMarkerChars);
    QTextBoundaryFinder clusters(QTextBoundaryFinder::Grapheme, text);
    qsizetype first = clusters.toNextBoundary();
    if (first <= 0 || first > text.size())
        first = text.size();
    return QString(text.left(first).toUpper() + text.mid(first));
}

RowContent contentFor(const QModelIndex &index, const QDateTime &now)
{
    RowContent content;
    content.name = index.data(Model::ParticipantNameRole).toString();
    content.time = TimeFormat::conversationTime(index.data(Model::LastMessageTimeRole).toDateTime(),
                                                now, QLocale());
    content.headline = index.data(Model::HeadlineRole).toString();
    content.message = index.data(Model::LastMessageTextRole).toString();
    if (index.data(Model::SentByMeRole).toBool() && !content.message.isEmpty())
        content.message = QString(ConversationDelegate::tr("You: ") + content.message);
    const int unread = index.data(Model::UnreadCountRole).toInt();
    content.badgeSubdued = index.data(Model::SeenRole).toBool();
    content.unread = unread > 0 && !content.badgeSubdued;
    if (index.data(Model::WaitingRole).toBool()) {
        const QDateTime since = index.data(Model::LastMessageTimeRole).toDateTime();
        content.time = TimeFormat::waited(since, now);
        content.waitedDays = since.isValid() ? int(since.secsTo(now) / (24 * 3600)) : -1;
    }
    if (const QString hit = index.data(Model::SnippetRole).toString(); !hit.isEmpty()) {
        content.message = hit;
        content.snippet = true;
    }
    if (unread > MaxBadgeCount)
        content.badge = QString(QLocale().toString(MaxBadgeCount) + u'+');
    else if (unread > 0)
        content.badge = QLocale().toString(unread);
    content.marker = markerText(index.data(Model::TypeRole).toString());
    if (index.data(Model::HasDraftRole).toBool())
        content.draft = ConversationDelegate::tr("Draft");
    return content;
}

QFont messageFont(const Fonts &fonts, const RowContent &content)
{
    QFont font = content.unread ? fonts.emphasis : fonts.normal;
    font.setItalic(content.snippet); // words from the thread, not the last message
    return font;
}

// The public rects plus what painting needs: the elided strings and the areas they
// are drawn in (wider than the tight name rect, so no glyph overhang is clipped).
struct Geometry
{
    RowLayout rects;
    QRect nameArea;
    QString name;
    QString headline;
    QString message;
};

Geometry computeGeometry(const QStyleOptionViewItem &option, const Fonts &fonts,
                         const RowContent &content)
{
    using Delegate = ConversationDelegate;
    // Laid out left to right first, then mirrored as a whole.
    const QRect row = option.rect;
    Geometry geometry;
    RowLayout &rects = geometry.rects;
    rects.avatar = QRect(row.left() + Delegate::Margin,
                         row.top() + (row.height() - Delegate::AvatarSize) / 2,
                         Delegate::AvatarSize, Delegate::AvatarSize);

    const int textLeft = rects.avatar.right() + 1 + Delegate::Margin;
    const int textRight = row.right() - Delegate::Margin; // inclusive
    const int textWidth = qMax(0, textRight - textLeft + 1);
    const int top = row.top() + (row.height() - fonts.blockHeight()) / 2;
    const QRect line1(textLeft, top, textWidth, fonts.line1Height());
    const QRect line2(textLeft, line1.bottom() + 1 + LineGap, textWidth, fonts.line2Height());
    const QRect line3(textLeft, line2.bottom() + 1 + LineGap, textWidth, fonts.line3Height());

    const QFontMetrics smallMetrics(fonts.small);
    const QFontMetrics nameMetrics(content.unread ? fonts.bold : fonts.normal);

    int nameRight = textRight;
    if (!content.time.isEmpty()) {
        // On the name's baseline, though smaller.
        const int baseline =
                line1.top() + (line1.height() - nameMetrics.height()) / 2 + nameMetrics.ascent();
        const int padding = content.waitedDays >= 0 ? 2 * PillPadding : 1;
        const int width = qMin(textWidth, smallMetrics.horizontalAdvance(content.time) + padding);
        rects.time = QRect(textRight - width + 1, baseline - smallMetrics.ascent(), width,
                           smallMetrics.height());
        nameRight = rects.time.left() - Spacing - 1;
    }

    int nameSpace = qMax(0, nameRight - textLeft + 1);
    int markerWidth = 0;
    if (!content.marker.isEmpty()) {
        markerWidth = smallMetrics.horizontalAdvance(content.marker) + 2 * PillPadding;
        // The name matters more than its marker: drop the marker on a very narrow row.
        if (nameSpace - markerWidth - Spacing < 6 * nameMetrics.averageCharWidth())
            markerWidth = 0;
        else
            nameSpace -= markerWidth + Spacing;
    }
    geometry.name = nameMetrics.elidedText(content.name, Qt::ElideRight, nameSpace);
    const int nameWidth = qMin(nameSpace, nameMetrics.horizontalAdvance(geometry.name));
    rects.name = QRect(textLeft, line1.top(), nameWidth, line1.height());
    geometry.nameArea = QRect(textLeft, line1.top(), nameSpace, line1.height());
    if (markerWidth > 0) {
        const int height = smallMetrics.height();
        rects.marker = QRect(rects.name.right() + 1 + Spacing,
                             line1.top() + (line1.height() - height) / 2, markerWidth, height);
    }

    rects.headline = line2;
    geometry.headline =
            QFontMetrics(fonts.normal).elidedText(content.headline, Qt::ElideRight, line2.width());

    int messageRight = textRight;
    if (!content.badge.isEmpty()) {
        const QFontMetrics badgeMetrics(fonts.smallBold);
        const int height = badgeMetrics.height();
        const int width =
                qMax(height, badgeMetrics.horizontalAdvance(content.badge) + 2 * PillPadding);
        rects.badge = QRect(textRight - width + 1, line3.top() + (line3.height() - height) / 2,
                            width, height);
        messageRight = rects.badge.left() - Spacing - 1;
    }
    int messageLeft = textLeft;
    if (!content.draft.isEmpty()) {
        // Where the eye starts reading the line; dropped when the line has no room for it.
        const int width = smallMetrics.horizontalAdvance(content.draft) + 2 * PillPadding;
        if (messageRight - textLeft + 1 - width - Spacing
            >= 6 * QFontMetrics(fonts.normal).averageCharWidth()) {
            const int height = smallMetrics.height();
            rects.draft =
                    QRect(textLeft, line3.top() + (line3.height() - height) / 2, width, height);
            messageLeft = rects.draft.right() + 1 + Spacing;
        }
    }
    rects.message = QRect(messageLeft, line3.top(), qMax(0, messageRight - messageLeft + 1),
                          line3.height());
    geometry.message = QFontMetrics(messageFont(fonts, content))
                               .elidedText(content.message, Qt::ElideRight, rects.message.width());

    const auto mirror = [&](QRect &rect) {
        if (!rect.isNull())
            rect = QStyle::visualRect(option.direction, row, rect);
    };
    for (QRect *rect : {&rects.avatar, &rects.name, &rects.time, &rects.headline, &rects.message,
                        &rects.badge, &rects.marker, &rects.draft, &geometry.nameArea})
        mirror(*rect);
    return geometry;
}

void paintPill(QPainter *painter, const QRect &rect, const QPen &pen, const QBrush &brush)
{
    painter->setPen(pen);
    painter->setBrush(brush);
    // Half a pixel in, so a one-pixel outline lands on whole device pixels at DPR 1.
    const QRectF shape =
            pen.style() == Qt::NoPen ? QRectF(rect) : QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = shape.height() / 2;
    painter->drawRoundedRect(shape, radius, radius);
}

} // namespace

ConversationDelegate::ConversationDelegate(QObject *parent)
    : PlainTextDelegate(parent)
{
}

ConversationDelegate::RowLayout ConversationDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                                const QModelIndex &index,
                                                                const QDateTime &now)
{
    return computeGeometry(option, Fonts(option.font), contentFor(index, now)).rects;
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    Q_UNUSED(index); // every row is as high as any other: uniform sizes, cheap scrolling
    const Fonts fonts(option.font);
    const int height = qMax(AvatarSize + 2 * Margin, fonts.blockHeight() + 2 * MinVerticalPadding);
    // A small width: the list view stretches rows to the viewport, and a larger hint
    // would give it a horizontal scroll bar and clip the time at the right edge.
    return {AvatarSize + 2 * Margin + 120, height};
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    StartupTrace::firstRowPainted();
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTime();
    const Fonts fonts(option.font);
    const RowContent content = contentFor(index, now);
    const Geometry geometry = computeGeometry(option, fonts, content);
    const RowLayout &rects = geometry.rects;

    // The style draws selection, hover and the focus frame, so rows look native.
    QStyleOptionViewItem panel(option);
    initStyleOption(&panel, index);
    panel.text.clear();
    // The whole row is the item: without this the style would highlight only a text rect.
    panel.showDecorationSelected = true;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = !option.state.testFlag(QStyle::State_Enabled)
            ? QPalette::Disabled
            : option.state.testFlag(QStyle::State_Active) ? QPalette::Active
                                                          : QPalette::Inactive;
    const QPalette &palette = option.palette;
    const QColor text = palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor secondary = selected
            ? palette.color(group, QPalette::HighlightedText)
            : blended(palette.color(group, QPalette::Text), palette.color(group, QPalette::Base),
                      SecondaryBlend);
    // On a selected row the highlight colour is the background: invert the accent.
    const QColor accent =
            palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight);
    const QColor onAccent =
            palette.color(group, selected ? QPalette::Highlight : QPalette::HighlightedText);
    const Qt::LayoutDirection direction = option.direction;

    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter->setLayoutDirection(direction);
    painter->setFont(fonts.normal);

    paintAvatar(painter, rects.avatar, index);

    painter->setFont(content.unread ? fonts.bold : fonts.normal);
    painter->setPen(text);
    painter->drawText(geometry.nameArea,
                      textFlags(direction, Qt::AlignLeft | Qt::AlignVCenter, geometry.name),
                      geometry.name);

    painter->setFont(fonts.small);
    if (!rects.marker.isNull()) {
        paintPill(painter, rects.marker, QPen(secondary, 1), Qt::NoBrush);
        painter->drawText(rects.marker, textFlags(direction, Qt::AlignCenter, content.marker),
                          content.marker);
    }
    if (!rects.time.isNull() && content.waitedDays >= 0) {
        // A wait under a day is quiet, a few days warm, longer than that urgent.
        const QColor age = content.waitedDays < 1 ? secondary
                : content.waitedDays < 3          ? QColor(0xB2, 0x6B, 0x00)
                                                  : Painting::errorTextColor(palette);
        paintPill(painter, rects.time, QPen(selected ? text : age, 1), Qt::NoBrush);
        painter->setPen(selected ? text : age);
        painter->drawText(rects.time, textFlags(direction, Qt::AlignCenter, content.time),
                          content.time);
    } else if (!rects.time.isNull()) {
        painter->setPen(content.unread ? accent : secondary);
        painter->drawText(rects.time,
                          textFlags(direction, Qt::AlignRight | Qt::AlignVCenter, content.time),
                          content.time);
    }

    painter->setFont(fonts.normal);
    painter->setPen(secondary);
    painter->drawText(rects.headline,
                      textFlags(direction, Qt::AlignLeft | Qt::AlignVCenter, geometry.headline),
                      geometry.headline);

    painter->setFont(messageFont(fonts, content));
    painter->setPen(content.unread ? text : secondary);
    painter->drawText(rects.message,
                      textFlags(direction, Qt::AlignLeft | Qt::AlignVCenter, geometry.message),
                      geometry.message);

    if (!rects.draft.isNull()) {
        painter->setFont(fonts.small);
        painter->setPen(accent);
        paintPill(painter, rects.draft, QPen(accent, 1), Qt::NoBrush);
        painter->drawText(rects.draft, textFlags(direction, Qt::AlignCenter, content.draft),
                          content.draft);
    }

    if (!rects.badge.isNull()) {
        // Subdued: an outline in the secondary colour instead of the filled accent.
        if (content.badgeSubdued)
            paintPill(painter, rects.badge, QPen(secondary, 1), Qt::NoBrush);
        else
            paintPill(painter, rects.badge, Qt::NoPen, accent);
        painter->setFont(fonts.smallBold);
        painter->setPen(content.badgeSubdued ? secondary : onAccent);
        painter->drawText(rects.badge, textFlags(direction, Qt::AlignCenter, content.badge),
                          content.badge);
    }
    painter->restore();

    Painting::paintFocusFrame(
            painter, option,
            palette.color(group, selected ? QPalette::Highlight : QPalette::Window));
}

void ConversationDelegate::paintAvatar(QPainter *painter, const QRect &rect,
                                       const QModelIndex &index) const
{
    // Until the picture is there (or when there is none): initials on a stable colour.
    const QString name = index.data(Model::ParticipantNameRole).toString();
    Painting::paintAvatar(painter, rect, m_avatars, index.data(Model::AvatarUrlRole).toUrl(), name,
                          name.isEmpty() ? index.data(Model::IdRole).toString() : name);
}
