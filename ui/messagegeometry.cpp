#include "messagegeometry.h"

#include "painting.h"
#include "sharedfont.h"
#include "text/displaytext.h"
#include "text/timeformat.h"
#include "thread/messagelistmodel.h"

#include <QLocale>
#include <QStyle>
#include <QTextLayout>

namespace MessageGeometry {

namespace {

using MessageText::layoutText;
using MessageText::WrappedText;
using Painting::scaledFont;
using Painting::weighted;

using Model = MessageListModel;
using Ranges = MessageText::Ranges;

constexpr int AvatarGap = 8; // between the avatar column and the bubbles
constexpr int TimeGap = 6; // between a bubble and its time
constexpr int NameGap = 2; // between the name and the first bubble of a run
constexpr int RunGap = 10; // above the first message of a run: runs read as groups
constexpr int MessageGap = 3; // above the other messages of a run
constexpr int BottomGap = 1;
constexpr int StatusGap = 2; // between an outgoing bubble and its delivery status
constexpr int SeparatorPadding = 8; // above and below the day label
constexpr int MinTextWidth = 24; // a very narrow view still gets a glyph or two per line
constexpr qreal MaxBubbleShare = 0.7; // of the row
constexpr qreal MaxSystemShare = 0.8;
constexpr qreal SmallFontFactor = 0.85; // time, day label, SYSTEM text
constexpr qreal NameFontFactor = 0.9;

QFont italic(const QFont &font)
{
    QFont result(font);
    result.setItalic(true);
    return SharedFont::of(result);
}

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

} // namespace

Fonts::Fonts(const QFont &base)
    : text(base)
    , placeholder(italic(base))
    , small(scaledFont(base, SmallFontFactor))
    , system(italic(small))
    , separator(weighted(small, QFont::DemiBold))
    , name(weighted(scaledFont(base, NameFontFactor), QFont::DemiBold))
{
}

Content contentFor(const QModelIndex &index, const QString &ownerName,
                   const QString &participantName)
{
    Content content;
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

Geometry compute(const QRect &row, Qt::LayoutDirection direction, const Fonts &fonts,
                 const Content &content, QTextLayout &layout, const QColor &link, Ranges *links)
{
    using Delegate = MessageDelegate;
    // Laid out left to right first, then mirrored as a whole.
    Geometry geometry;
    MessageDelegate::RowLayout &rects = geometry.rects;
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

} // namespace MessageGeometry
