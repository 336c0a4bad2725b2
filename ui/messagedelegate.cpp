#include "messagedelegate.h"

#include "api/urlpolicy.h"
#include "avatars/avatarstore.h"
#include "messagetext.h"
#include "painting.h"
#include "text/displaytext.h"
#include "text/initials.h"
#include "text/timeformat.h"
#include "thread/messagelistmodel.h"

#include <QAbstractItemView>
#include <QDesktopServices>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>

namespace {

using MessageText::layoutText;
using MessageText::readableOn;
using MessageText::WrappedText;
using Painting::blended;
using Painting::scaledFont;
using Painting::textFlags;
using Painting::weighted;

using Model = MessageListModel;
using RowLayout = MessageDelegate::RowLayout;
using Ranges = MessageText::Ranges;

constexpr int AvatarGap = 8; // between the avatar column and the bubbles
constexpr int TimeGap = 6; // between a bubble and its time
constexpr int NameGap = 2; // between the name and the first bubble of a run
constexpr int RunGap = 10; // above the first message of a run: runs read as groups
constexpr int MessageGap = 3; // above the other messages of a run
constexpr int BottomGap = 1;
constexpr int StatusGap = 2; // between an outgoing bubble and its delivery status
constexpr int BubblePaddingH = 10;
constexpr int BubblePaddingV = 6;
constexpr qreal BubbleRadius = 12;
constexpr int SeparatorPadding = 8; // above and below the day label
constexpr int RuleGap = 10; // between the day label and its rules
constexpr int MinTextWidth = 24; // a very narrow view still gets a glyph or two per line
constexpr int MinHintWidth = 2 * MessageDelegate::Margin + MessageDelegate::AvatarSize + 60;
constexpr qreal MaxBubbleShare = 0.7; // of the row
constexpr qreal MaxSystemShare = 0.8;
constexpr qreal SmallFontFactor = 0.85; // time, day label, SYSTEM text
constexpr qreal NameFontFactor = 0.9;
constexpr qreal SecondaryBlend = 0.4; // secondary text: this much of the way from Text to Base
constexpr qreal RuleBlend = 0.8; // the separator's rules: fainter still
constexpr qreal OwnTint = 0.2; // own bubbles: this much Highlight over Base
constexpr qreal OtherTint = 0.07; // the other person's: this much Text over Base
constexpr qreal SelectedTint = 0.16; // a selected bubble: this much more Highlight
constexpr qreal SelectedEdge = 0.75; // and an edge this much of the way to Highlight
constexpr int MaxCachedHeights = 20000; // beyond that the cache starts again

QFont italic(const QFont &font)
{
    QFont result(font);
    result.setItalic(true);
    return result;
}

// The fonts of a row, all derived from the view's font.
struct Fonts
{
    explicit Fonts(const QFont &base)
        : text(base)
        , placeholder(italic(base))
        , small(scaledFont(base, SmallFontFactor))
        , system(italic(small))
        , separator(weighted(small, QFont::DemiBold))
        , name(weighted(scaledFont(base, NameFontFactor), QFont::DemiBold))
    {
    }

    QFont text;
    QFont placeholder; // a message without text
    QFont small;
    QFont system;
    QFont separator;
    QFont name;
};

// What a row shows, read from the model once per paint or size hint.
struct RowContent
{
    QString text; // sanitized, possibly very long: layoutText() bounds it
    QString name;
    QString time;
    QDateTime when;
    bool placeholder = false;
    bool mine = false;
    bool system = false;
    bool startsRun = false;
    bool startsDay = false;
    QString status; // the delivery of a message written in the app (else empty)
    bool failed = false;
};

QString statusText(MessageRow::Delivery delivery)
{
    switch (delivery) {
    case MessageRow::Delivery::None: break;
    case MessageRow::Delivery::Sending: return MessageDelegate::tr("Sending…");
    case MessageRow::Delivery::Sent: return MessageDelegate::tr("Sent");
    case MessageRow::Delivery::NotSent: return MessageDelegate::tr("Not sent");
    }
    return {};
}

RowContent contentFor(const QModelIndex &index, const QString &ownerName,
                      const QString &participantName)
{
    RowContent content;
    const QVariant display = index.data(Qt::DisplayRole);
    // The model sanitizes once; a model without a display text gets the same cleaning.
    content.text = display.isValid()
            ? display.toString()
            : DisplayText::multiLine(index.data(Model::TextRole).toString());
    content.mine = index.data(Model::SentByMeRole).toBool();
    content.system = index.data(Model::IsSystemRole).toBool();
    content.startsRun = index.data(Model::StartsRunRole).toBool() && !content.system;
    content.startsDay = index.data(Model::StartsDayRole).toBool();
    content.when = index.data(Model::TimeRole).toDateTime();
    // Passing the time itself as "now" makes it "today": the clock time, without seconds.
    if (content.when.isValid())
        content.time = TimeFormat::conversationTime(content.when, content.when, QLocale());
    if (!content.system && content.text.trimmed().isEmpty()) {
        content.placeholder = true; // an attachment or a deleted message: still a message
        content.text = MessageDelegate::tr("(no text)");
    }
    const auto delivery = MessageRow::Delivery(index.data(Model::DeliveryRole).toInt());
    content.status = content.system ? QString() : statusText(delivery);
    content.failed = delivery == MessageRow::Delivery::NotSent;
    content.name = index.data(Model::SenderNameRole).toString();
    if (content.name.isEmpty())
        content.name = content.mine ? ownerName : participantName;
    if (content.name.isEmpty())
        content.name = content.mine ? MessageDelegate::tr("You") : MessageDelegate::tr("Unknown");
    return content;
}

// Everything that decides a row's height, for the height cache; read straight from the
// model, so a cache hit costs no time formatting. The time counts because its label's
// width narrows the bubble.
size_t heightKey(const QModelIndex &index)
{
    const QVariant display = index.data(Qt::DisplayRole);
    const QString text =
            display.isValid() ? display.toString() : index.data(Model::TextRole).toString();
    return qHashMulti(
            qHash(text), index.data(Model::TimeRole).toDateTime().toMSecsSinceEpoch(),
            index.data(Model::SentByMeRole).toBool(), index.data(Model::IsSystemRole).toBool(),
            index.data(Model::StartsRunRole).toBool(), index.data(Model::StartsDayRole).toBool(),
            index.data(Model::DeliveryRole).toInt() != 0);
}

// The public rects plus what painting needs.
struct Geometry
{
    RowLayout rects;
    QPointF textOrigin; // where the QTextLayout is drawn
    QString name; // elided to its rect
    int height = 0;
};

Geometry computeGeometry(const QRect &row, Qt::LayoutDirection direction, const Fonts &fonts,
                         const RowContent &content, QTextLayout &layout, const QColor &link,
                         Ranges *links)
{
    using Delegate = MessageDelegate;
    // Laid out left to right first, then mirrored as a whole.
    Geometry geometry;
    RowLayout &rects = geometry.rects;
    int y = row.top() + (content.startsRun || content.system ? RunGap : MessageGap);
    if (content.startsDay) {
        const int height = QFontMetrics(fonts.separator).height() + 2 * SeparatorPadding;
        rects.separator = QRect(row.left(), y, row.width(), height);
        y = rects.separator.bottom() + 1;
    }

    qreal originOffset = 0; // from the text rect's left edge to the layout's origin
    if (content.system) {
        const int maxWidth = qMax(
                MinTextWidth,
                qMin(row.width() - 2 * Delegate::Margin, qRound(row.width() * MaxSystemShare)));
        const WrappedText wrapped =
                layoutText(layout, content.text, fonts.system, maxWidth, true, link, links);
        const int width = qMin(maxWidth, qCeil(wrapped.size.width()));
        rects.text = QRect(row.left() + (row.width() - width) / 2, y, width,
                           qCeil(wrapped.size.height()));
        // Lines are centred within maxWidth; centring that box centres them on the row.
        originOffset = (width - maxWidth) / 2.0;
        y = rects.text.bottom() + 1;
    } else {
        const QFontMetrics smallMetrics(fonts.small);
        const int timeWidth =
                content.time.isEmpty() ? 0 : smallMetrics.horizontalAdvance(content.time) + 1;
        const int sideSpace = Delegate::Margin + Delegate::AvatarSize + AvatarGap;
        const int available = qMax(0, row.width() - sideSpace - Delegate::Margin);
        const int bubbleMax = qMin(qRound(row.width() * MaxBubbleShare),
                                   available - (timeWidth > 0 ? timeWidth + TimeGap : 0));
        const int textMax = qMax(MinTextWidth, bubbleMax - 2 * BubblePaddingH);
        const WrappedText wrapped = layoutText(layout, content.text,
                                               content.placeholder ? fonts.placeholder : fonts.text,
                                               textMax, false, link, links);
        const int textWidth = qMin(textMax, qCeil(wrapped.size.width()));
        const int bubbleWidth = textWidth + 2 * BubblePaddingH;
        const int bubbleHeight = qCeil(wrapped.size.height()) + 2 * BubblePaddingV;
        const int startX = row.left() + sideSpace; // the other person's bubbles start here
        const int endX = row.right() + 1 - sideSpace; // the owner's end here (exclusive)

        if (content.startsRun) {
            rects.avatar =
                    QRect(content.mine ? row.right() + 1 - Delegate::Margin - Delegate::AvatarSize
                                       : row.left() + Delegate::Margin,
                          y, Delegate::AvatarSize, Delegate::AvatarSize);
            const QFontMetrics nameMetrics(fonts.name);
            geometry.name = nameMetrics.elidedText(content.name, Qt::ElideRight, available);
            const int nameWidth = qMin(available, nameMetrics.horizontalAdvance(geometry.name) + 1);
            rects.name = QRect(content.mine ? endX - nameWidth : startX, y, nameWidth,
                               nameMetrics.height());
            y = rects.name.bottom() + 1 + NameGap;
        }
        rects.bubble =
                QRect(content.mine ? endX - bubbleWidth : startX, y, bubbleWidth, bubbleHeight);
        rects.text = rects.bubble.adjusted(BubblePaddingH, BubblePaddingV, -BubblePaddingH,
                                           -BubblePaddingV);
        if (wrapped.rightToLeft)
            originOffset = rects.text.width() - textMax; // lines are right-aligned in textMax
        if (timeWidth > 0) {
            // On the baseline of the last line, beside the bubble's inner side.
            const int height = smallMetrics.height();
            int baseline = rects.text.bottom() + 1 - height + smallMetrics.ascent();
            if (layout.lineCount() > 0) {
                const QTextLine last = layout.lineAt(layout.lineCount() - 1);
                baseline = rects.text.top() + qRound(last.y() + last.ascent());
            }
            const int x = content.mine ? rects.bubble.left() - TimeGap - timeWidth
                                       : rects.bubble.right() + 1 + TimeGap;
            rects.time = QRect(x, baseline - smallMetrics.ascent(), timeWidth, height);
        }
        y = rects.bubble.bottom() + 1;
        if (!content.status.isEmpty()) {
            // Under the bubble, on its inner side, where the eye leaves it.
            const int width = qMin(available, smallMetrics.horizontalAdvance(content.status) + 1);
            rects.status =
                    QRect(content.mine ? rects.bubble.right() + 1 - width : rects.bubble.left(),
                          y + StatusGap, width, smallMetrics.height());
            y = rects.status.bottom() + 1;
        }
        if (!rects.avatar.isNull())
            y = qMax(y, rects.avatar.bottom() + 1);
    }
    geometry.height = y + BottomGap - row.top();

    for (QRect *rect : {&rects.separator, &rects.avatar, &rects.name, &rects.bubble, &rects.text,
                        &rects.time, &rects.status}) {
        if (!rect->isNull())
            *rect = QStyle::visualRect(direction, row, *rect);
    }
    // The text is not mirrored, only its box: the offset into the box stays.
    geometry.textOrigin = QPointF(rects.text.left() + originOffset, rects.text.top());
    return geometry;
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
        height = computeGeometry(QRect(0, 0, width, 0), Qt::LeftToRight, Fonts(option.font),
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
    return computeGeometry(option.rect, option.direction, Fonts(option.font),
                           contentFor(index, m_ownerName, m_participantName), layout,
                           option.palette.color(QPalette::Link), nullptr)
            .rects;
}

QUrl MessageDelegate::linkAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                             const QPoint &pos) const
{
    if (!option.rect.contains(pos))
        return {};
    const RowContent content = contentFor(index, m_ownerName, m_participantName);
    if (content.placeholder)
        return {};
    // The very layout paint() draws, so the hit is where the link is seen.
    QTextLayout layout;
    Ranges links;
    const Geometry geometry =
            computeGeometry(option.rect, option.direction, Fonts(option.font), content, layout,
                            option.palette.color(QPalette::Link), &links);
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
    const RowContent content = contentFor(index, m_ownerName, m_participantName);
    const QColor background = content.system ? tinted(base)
            : content.mine                   ? ownBubble
                                             : otherBubble;
    const QColor link = readableOn(palette.color(group, QPalette::Link), background,
                                   content.system ? secondary : text);
    QTextLayout layout;
    const Geometry geometry =
            computeGeometry(option.rect, direction, fonts, content, layout, link, nullptr);
    const RowLayout &rects = geometry.rects;

    painter->save();
    painter->setClipRect(option.rect, Qt::IntersectClip);
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter->setLayoutDirection(direction);

    if (!rects.separator.isNull()) {
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTime();
        const QString label = TimeFormat::dayLabel(content.when.toLocalTime().date(),
                                                   now.toLocalTime().date(), QLocale());
        const QFontMetrics metrics(fonts.separator);
        const QRect band = rects.separator;
        const int maxWidth = qMax(0, band.width() - 2 * Margin);
        const QString elided = metrics.elidedText(label, Qt::ElideRight, maxWidth);
        const int labelWidth = qMin(maxWidth, metrics.horizontalAdvance(elided) + 1);
        const QRect labelRect(band.left() + (band.width() - labelWidth) / 2, band.top(), labelWidth,
                              band.height());
        painter->setFont(fonts.separator);
        painter->setPen(secondary);
        painter->drawText(labelRect, textFlags(direction, Qt::AlignCenter, elided), elided);
        // Half a pixel below a whole row: a one-pixel rule on whole device pixels at DPR 1.
        const int middle = band.top() + band.height() / 2;
        const qreal ruleY = middle + 0.5;
        painter->setPen(QPen(rule, 1));
        if (labelRect.left() - RuleGap > band.left() + Margin)
            painter->drawLine(
                    QLineF(band.left() + Margin, ruleY, labelRect.left() - RuleGap, ruleY));
        if (labelRect.right() + RuleGap < band.right() - Margin)
            painter->drawLine(QLineF(labelRect.right() + 1 + RuleGap, ruleY,
                                     band.right() + 1 - Margin, ruleY));
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
