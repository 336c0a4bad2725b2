#include "messagedelegate.h"

#include "api/urlpolicy.h"
#include "avatars/avatarstore.h"
#include "messagegeometry.h"
#include "messagetext.h"
#include "painting.h"
#include "text/timeformat.h"

#include <QAbstractItemView>
#include <QDesktopServices>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>

namespace {

using MessageGeometry::BubblePaddingH;
using MessageGeometry::BubblePaddingV;
using MessageGeometry::contentFor;
using MessageGeometry::Fonts;
using MessageGeometry::Geometry;
using MessageGeometry::heightKey;
using MessageText::readableOn;
using Painting::blended;
using Painting::textFlags;

using RowLayout = MessageDelegate::RowLayout;
using Ranges = MessageText::Ranges;

constexpr qreal BubbleRadius = 12;
constexpr int RuleGap = 10; // between the day label and its rules
constexpr int MinHintWidth = 2 * MessageDelegate::Margin + MessageDelegate::AvatarSize + 60;
constexpr qreal SecondaryBlend = 0.4; // secondary text: this much of the way from Text to Base
constexpr qreal RuleBlend = 0.8; // the separator's rules: fainter still
constexpr qreal OwnTint = 0.2; // own bubbles: this much Highlight over Base
constexpr qreal OtherTint = 0.07; // the other person's: this much Text over Base
constexpr qreal SelectedTint = 0.16; // a selected bubble: this much more Highlight
constexpr qreal SelectedEdge = 0.75; // and an edge this much of the way to Highlight
constexpr int MaxCachedHeights = 20000; // beyond that the cache starts again

// The day's label centred in band, in the painter's font, with a rule on either side.
void paintDaySeparator(QPainter *painter, const QRect &band, const QString &label,
                       const QColor &labelColor, const QColor &ruleColor)
{
    constexpr int Margin = MessageDelegate::Margin;
    const QFontMetrics metrics(painter->font());
    const int maxWidth = qMax(0, band.width() - 2 * Margin);
    const QString elided = metrics.elidedText(label, Qt::ElideRight, maxWidth);
    const int labelWidth = qMin(maxWidth, metrics.horizontalAdvance(elided) + 1);
    const QRect labelRect(band.left() + (band.width() - labelWidth) / 2, band.top(), labelWidth,
                          band.height());
    painter->setPen(labelColor);
    painter->drawText(labelRect, textFlags(painter->layoutDirection(), Qt::AlignCenter, elided),
                      elided);
    // Half a pixel below a whole row: a one-pixel rule on whole device pixels at DPR 1.
    const qreal ruleY = band.top() + band.height() / 2 + 0.5;
    painter->setPen(QPen(ruleColor, 1));
    if (labelRect.left() - RuleGap > band.left() + Margin)
        painter->drawLine(QLineF(band.left() + Margin, ruleY, labelRect.left() - RuleGap, ruleY));
    if (labelRect.right() + RuleGap < band.right() - Margin)
        painter->drawLine(
                QLineF(labelRect.right() + 1 + RuleGap, ruleY, band.right() + 1 - Margin, ruleY));
}

} // namespace

MessageDelegate::MessageDelegate(QObject *parent)
    : PlainTextDelegate(parent)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
}

MessageDelegate::~MessageDelegate() = default;

void MessageDelegate::setAvatarStore(AvatarStore *store)
{
    m_avatars = store;
}

void MessageDelegate::setParticipantAvatar(const QUrl &url, const QString &name)
{
    m_participantAvatar = url;
    m_participantName = name;
}

void MessageDelegate::setUrlOpener(UrlOpener opener)
{
    m_opener = std::move(opener);
}

QList<QPair<int, int>> MessageDelegate::httpsLinkRanges(const QString &text)
{
    return MessageText::httpsLinkRanges(text);
}

void MessageDelegate::checkCache(int width, const QFont &font) const
{
    if (width == m_heightsWidth && font == m_heightsFont && m_heights.size() < MaxCachedHeights)
        return;
    m_heights.clear();
    m_heightsWidth = width;
    m_heightsFont = font;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The row will be as wide as the viewport (the list stretches its rows), so the text
    // wraps to that; option.rect carries no useful width when a view asks.
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = view->viewport()->width();
    width = qMax(width, MinHintWidth);
    checkCache(width, option.font);

    const size_t key = heightKey(index);
    int height = m_heights.value(key, -1);
    if (height < 0) {
        QTextLayout layout;
        height =
                MessageGeometry::compute(QRect(0, 0, width, 0), Qt::LeftToRight, Fonts(option.font),
                                         contentFor(index, m_ownerName, m_participantName), layout,
                                         option.palette.color(QPalette::Link), nullptr)
                        .height;
        m_heights.insert(key, height);
    }
    // A small width: a hint as wide as the viewport would give the list a horizontal
    // scroll bar whenever a vertical one appears.
    return {MinHintWidth, height};
}

MessageDelegate::RowLayout MessageDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                      const QModelIndex &index) const
{
    QTextLayout layout;
    return MessageGeometry::compute(option.rect, option.direction, Fonts(option.font),
                                    contentFor(index, m_ownerName, m_participantName), layout,
                                    option.palette.color(QPalette::Link), nullptr)
            .rects;
}

QUrl MessageDelegate::linkAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                             const QPoint &pos) const
{
    if (!option.rect.contains(pos))
        return {};
    const MessageGeometry::Content content = contentFor(index, m_ownerName, m_participantName);
    if (content.placeholder)
        return {};
    // The very layout paint() draws, so the hit is where the link is seen.
    QTextLayout layout;
    Ranges links;
    const Geometry geometry =
            MessageGeometry::compute(option.rect, option.direction, Fonts(option.font), content,
                                     layout, option.palette.color(QPalette::Link), &links);
    if (links.isEmpty() || !geometry.rects.text.contains(pos))
        return {};
    const QPointF local = QPointF(pos) - geometry.textOrigin;
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        const QRectF area = line.naturalTextRect();
        if (local.y() < area.top() || local.y() >= area.bottom())
            continue;
        // Beside a short line's end is no character, even if xToCursor finds the last one.
        if (local.x() < area.left() || local.x() >= area.right())
            return {};
        const int cursor = line.xToCursor(local.x(), QTextLine::CursorOnCharacter);
        for (const auto &range : std::as_const(links)) {
            if (cursor >= range.first && cursor < range.first + range.second) {
                const QUrl url(layout.text().mid(range.first, range.second), QUrl::StrictMode);
                return UrlPolicy::isOpenableLink(url) ? url : QUrl();
            }
        }
        return {};
    }
    return {};
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            const QUrl url = linkAt(option, index, mouse->position().toPoint());
            if (UrlPolicy::isOpenableLink(url)) {
                if (m_opener)
                    m_opener(url);
                return true;
            }
        }
    }
    return PlainTextDelegate::editorEvent(event, model, option, index);
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    // A chat shows no hover, and a selected message (keyboard, copy) only a tint of its
    // own bubble: no bar across the thread.
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = !option.state.testFlag(QStyle::State_Enabled)
            ? QPalette::Disabled
            : option.state.testFlag(QStyle::State_Active) ? QPalette::Active
                                                          : QPalette::Inactive;
    const QPalette &palette = option.palette;
    const QColor base = palette.color(group, QPalette::Base);
    const QColor text = palette.color(group, QPalette::Text);
    const QColor highlight = palette.color(group, QPalette::Highlight);
    const QColor secondary = blended(text, base, SecondaryBlend);
    const QColor rule = blended(text, base, RuleBlend);
    // Blends of the palette's own colours, so both bubbles suit light and dark themes.
    const auto tinted = [&](const QColor &bubble) {
        return selected ? blended(bubble, highlight, SelectedTint) : bubble;
    };
    const QColor ownBubble = tinted(blended(base, highlight, OwnTint));
    const QColor otherBubble = tinted(blended(base, text, OtherTint));
    const Qt::LayoutDirection direction = option.direction;

    const Fonts fonts(option.font);
    const MessageGeometry::Content content = contentFor(index, m_ownerName, m_participantName);
    const QColor background = content.system ? tinted(base)
            : content.mine                   ? ownBubble
                                             : otherBubble;
    const QColor link = readableOn(palette.color(group, QPalette::Link), background,
                                   content.system ? secondary : text);
    QTextLayout layout;
    const Geometry geometry =
            MessageGeometry::compute(option.rect, direction, fonts, content, layout, link, nullptr);
    const RowLayout &rects = geometry.rects;

    painter->save();
    painter->setClipRect(option.rect, Qt::IntersectClip);
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter->setLayoutDirection(direction);

    if (!rects.separator.isNull()) {
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTime();
        painter->setFont(fonts.separator);
        paintDaySeparator(painter, rects.separator,
                          TimeFormat::dayLabel(content.when.toLocalTime().date(),
                                               now.toLocalTime().date(), QLocale()),
                          secondary, rule);
    }

    if (!rects.avatar.isNull())
        paintAvatar(painter, rects.avatar, content.name, content.mine);

    if (!rects.name.isNull()) {
        painter->setFont(fonts.name);
        painter->setPen(secondary);
        // Wider than the tight rect so no glyph overhang is clipped.
        const QRect area = rects.name.adjusted(-2, 0, 2, 0);
        painter->drawText(area,
                          textFlags(direction, Qt::AlignLeft | Qt::AlignVCenter, geometry.name),
                          geometry.name);
    }

    // SYSTEM messages have no bubble but get one's shape when selected.
    const QRect bubble = !rects.bubble.isNull() ? rects.bubble
            : selected
            ? rects.text.adjusted(-BubblePaddingH, -BubblePaddingV, BubblePaddingH, BubblePaddingV)
            : QRect();
    if (!bubble.isNull()) {
        painter->setPen(selected ? QPen(blended(background, highlight, SelectedEdge), 1.5)
                                 : QPen(Qt::NoPen));
        painter->setBrush(background);
        const qreal radius = qMin(BubbleRadius, bubble.height() / 2.0);
        const qreal inset = selected ? 0.75 : 0; // the edge's pen inside the bubble
        painter->drawRoundedRect(QRectF(bubble).adjusted(inset, inset, -inset, -inset), radius,
                                 radius);
    }

    // The bubbles are opaque blends of Base: their text stays Text when selected too.
    painter->setPen(content.system || content.placeholder ? secondary : text);
    layout.draw(painter, geometry.textOrigin);

    if (!rects.time.isNull()) {
        painter->setFont(fonts.small);
        painter->setPen(secondary);
        painter->drawText(rects.time, textFlags(direction, Qt::AlignCenter, content.time),
                          content.time);
    }
    if (!rects.status.isNull()) {
        painter->setFont(fonts.small);
        painter->setPen(content.failed ? Painting::errorTextColor(palette) : secondary);
        painter->drawText(rects.status, textFlags(direction, Qt::AlignCenter, content.status),
                          content.status);
    }
    painter->restore();

    // The keyboard's place without a selection: around the message, not the row.
    if (!selected) {
        QStyleOptionViewItem focus(option);
        focus.rect = (bubble.isNull() ? rects.text : bubble).adjusted(-3, -3, 3, 3);
        Painting::paintFocusFrame(painter, focus, base);
    }
}

void MessageDelegate::paintAvatar(QPainter *painter, const QRect &rect, const QString &name,
                                  bool mine) const
{
    // The owner has no picture in v1 replies: always initials.
    Painting::paintAvatar(painter, rect, m_avatars, mine ? QUrl() : m_participantAvatar, name,
                          name);
}
