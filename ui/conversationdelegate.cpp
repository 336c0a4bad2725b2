#include "conversationdelegate.h"

#include "avatars/avatarstore.h"
#include "conversationrow.h"
#include "elidedline.h"
#include "painting.h"
#include "rowtextcache.h"

#include "inbox/conversationlistmodel.h"
#include "startup/startuptrace.h"

#include <QApplication>
#include <QPaintDevice>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace {

using Painting::blended;
using Painting::textFlags;

using namespace ConversationRow;
using Model = ConversationListModel;
using RowLayout = ConversationDelegate::RowLayout;

constexpr int MinVerticalPadding = 8;
constexpr qreal SecondaryBlend = 0.4; // secondary text: this much of the way from Text to Base

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

// Elides the name, headline and message while laying them out for painting, into the
// row's texts: a text that fits is shaped once (ElidedLine).
class LayingOutElider : public Elider
{
public:
    LayingOutElider(QPainter *painter, Qt::LayoutDirection direction, RowText &row)
        : m_painter(painter)
        , m_direction(direction)
        , m_row(row)
    {
    }

    QString elide(Part part, const QString &text, const QFont &font, int width,
                  int *advance) override
    {
        ElidedLine elided(text, font, LaidOutText::deviceFont(m_painter, font), width, m_direction,
                          Qt::AlignLeft | Qt::AlignVCenter);
        LaidOutText &line = part == Part::Name ? m_row.name
                : part == Part::Headline       ? m_row.headline
                                               : m_row.message;
        line = std::move(elided.line);
        if (advance)
            *advance = elided.advance;
        return elided.text;
    }

private:
    QPainter *m_painter;
    Qt::LayoutDirection m_direction;
    RowText &m_row;
};

} // namespace

ConversationDelegate::ConversationDelegate(QObject *parent)
    : PlainTextDelegate(parent)
    , m_rowTexts(std::make_unique<RowTextCache>())
{
}

ConversationDelegate::~ConversationDelegate() = default;

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
    // In UTC: local time would ask the C library for the zone (see TimeFormat::localZone).
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const Content content = contentFor(index, now);
    const RowText &laidOut = rowText(painter, option, index, content);
    // Laid out at the origin (so a row scrolled by keeps its entry), painted where it is.
    const QPoint at = option.rect.topLeft();
    RowLayout rects = laidOut.geometry.rects;
    for (QRect *rect : {&rects.avatar, &rects.name, &rects.time, &rects.headline, &rects.message,
                        &rects.badge, &rects.marker, &rects.draft}) {
        if (!rect->isNull())
            rect->translate(at);
    }
    const QRect nameArea = laidOut.geometry.nameArea.translated(at);

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
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter->setLayoutDirection(option.direction);
    painter->setFont(option.font);

    Painting::paintAvatar(painter, rects.avatar, m_avatars,
                          index.data(Model::AvatarUrlRole).toUrl(), laidOut.initials);

    // The texts carry their fonts: only pens change between them.
    painter->setPen(text);
    laidOut.name.draw(painter, nameArea);

    if (!rects.marker.isNull()) {
        paintPill(painter, rects.marker, QPen(secondary, 1), Qt::NoBrush);
        laidOut.marker.draw(painter, rects.marker);
    }
    if (!rects.time.isNull() && content.waitedDays >= 0) {
        // A wait under a day is quiet, a few days warm, longer than that urgent.
        const QColor age = content.waitedDays < 1 ? secondary
                : content.waitedDays < 3          ? QColor(0xB2, 0x6B, 0x00)
                                                  : Painting::errorTextColor(palette);
        paintPill(painter, rects.time, QPen(selected ? text : age, 1), Qt::NoBrush);
        painter->setPen(selected ? text : age);
        laidOut.time.draw(painter, rects.time);
    } else if (!rects.time.isNull()) {
        painter->setPen(content.unread ? accent : secondary);
        laidOut.time.draw(painter, rects.time);
    }

    painter->setPen(secondary);
    laidOut.headline.draw(painter, rects.headline);

    painter->setPen(content.unread ? text : secondary);
    laidOut.message.draw(painter, rects.message);

    if (!rects.draft.isNull()) {
        painter->setPen(accent);
        paintPill(painter, rects.draft, QPen(accent, 1), Qt::NoBrush);
        laidOut.draft.draw(painter, rects.draft);
    }

    if (!rects.badge.isNull()) {
        // Subdued: an outline in the secondary colour instead of the filled accent.
        if (content.badgeSubdued)
            paintPill(painter, rects.badge, QPen(secondary, 1), Qt::NoBrush);
        else
            paintPill(painter, rects.badge, Qt::NoPen, accent);
        painter->setPen(content.badgeSubdued ? secondary : onAccent);
        laidOut.badge.draw(painter, rects.badge);
    }
    painter->restore();

    Painting::paintFocusFrame(
            painter, option,
            palette.color(group, selected ? QPalette::Highlight : QPalette::Window));
}

bool ConversationDelegate::layOutAhead(QPainter *painter, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    bool laidOut = false;
    rowText(painter, option, index, contentFor(index, now), &laidOut);
    return laidOut;
}

const RowText &ConversationDelegate::rowText(QPainter *painter, const QStyleOptionViewItem &option,
                                             const QModelIndex &index, const Content &content,
                                             bool *laidOutNow) const
{
    const RowTextCache::Key key{index.data(Model::IdRole).toString(), option.rect.size(),
                                option.direction, painter->device()->devicePixelRatio()};
    if (laidOutNow)
        *laidOutNow = false;
    if (const RowText *cached = m_rowTexts->find(key, option.font, content))
        return *cached;
    if (laidOutNow)
        *laidOutNow = true;

    QStyleOptionViewItem origin(option);
    origin.rect.moveTopLeft(QPoint(0, 0));
    const Fonts fonts(option.font);
    auto laidOut = std::make_unique<RowText>();
    laidOut->content = content;
    // Until the picture is there (or when there is none): initials on a stable colour.
    laidOut->initials =
            Initials::lookOf(content.name, content.name.isEmpty() ? key.id : content.name);
    const Qt::LayoutDirection direction = option.direction;
    LayingOutElider elider(painter, direction, *laidOut);
    laidOut->geometry = computeGeometry(origin, fonts, content, elider);
    const Geometry &geometry = laidOut->geometry;
    const auto line = [&](const QString &text, const QFont &font, Qt::Alignment alignment) {
        return LaidOutText(text, LaidOutText::deviceFont(painter, font),
                           textFlags(direction, alignment, text));
    };
    if (!geometry.rects.marker.isNull())
        laidOut->marker = line(content.marker, fonts.small, Qt::AlignCenter);
    if (!geometry.rects.time.isNull())
        laidOut->time = line(content.time, fonts.small,
                             content.waitedDays >= 0 ? Qt::Alignment(Qt::AlignCenter)
                                                     : Qt::AlignRight | Qt::AlignVCenter);
    if (!geometry.rects.draft.isNull())
        laidOut->draft = line(content.draft, fonts.small, Qt::AlignCenter);
    if (!geometry.rects.badge.isNull())
        laidOut->badge = line(content.badge, fonts.smallBold, Qt::AlignCenter);
    return *m_rowTexts->insert(key, option.font, std::move(laidOut));
}
