#include "conversationrow.h"

#include "elisioncut.h"
#include "sharedfont.h"

#include "inbox/conversationlistmodel.h"
#include "inbox/rowaccessibletext.h"
#include "text/displaytext.h"
#include "text/timeformat.h"

#include <QLocale>
#include <QModelIndex>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTextBoundaryFinder>

namespace ConversationRow {

namespace {

using Model = ConversationListModel;
using RowLayout = ConversationDelegate::RowLayout;

constexpr int Spacing = 8; // between parts on one line
constexpr int MaxBadgeCount = 99;
constexpr int MaxMarkerChars = 24;

QString markerText(const QString &type)
{
    // The words a screen reader says for the marker (one list of known types), bounded
    // shorter for the pill and capitalized: an unknown type is the server's own text.
    const QString text =
            DisplayText::singleLine(RowAccessibleText::markerName(type), MaxMarkerChars);
    if (text.isEmpty())
        return {};
    QTextBoundaryFinder clusters(QTextBoundaryFinder::Grapheme, text);
    qsizetype first = clusters.toNextBoundary();
    if (first <= 0 || first > text.size())
        first = text.size();
    return QString(text.left(first).toUpper() + text.mid(first));
}

} // namespace

bool Content::operator==(const Content &other) const
{
    return name == other.name && time == other.time && headline == other.headline
            && message == other.message && badge == other.badge && marker == other.marker
            && draft == other.draft && unread == other.unread && badgeSubdued == other.badgeSubdued
            && waitedDays == other.waitedDays && snippet == other.snippet;
}

Content contentFor(const QModelIndex &index, const QDateTime &now)
{
    Content content;
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

QFont messageFont(const Fonts &fonts, const Content &content)
{
    QFont font = content.unread ? fonts.emphasis : fonts.normal;
    font.setItalic(content.snippet); // words from the thread, not the last message
    return SharedFont::of(font);
}

QFont nameFont(const Fonts &fonts, const Content &content)
{
    return content.unread ? fonts.bold : fonts.normal;
}

QString Elider::elide(Part part, const QString &text, const QFont &font, int width, int *advance)
{
    Q_UNUSED(part);
    const QFontMetrics metrics(font);
    QString elided = ElisionCut::elidedRight(text, metrics, width);
    if (advance)
        *advance = metrics.horizontalAdvance(elided);
    return elided;
}

Geometry computeGeometry(const QStyleOptionViewItem &option, const Fonts &fonts,
                         const Content &content)
{
    Elider elider;
    return computeGeometry(option, fonts, content, elider);
}

Geometry computeGeometry(const QStyleOptionViewItem &option, const Fonts &fonts,
                         const Content &content, Elider &elider)
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
    int nameAdvance = 0;
    geometry.name = elider.elide(Elider::Part::Name, content.name, nameFont(fonts, content),
                                 nameSpace, &nameAdvance);
    const int nameWidth = qMin(nameSpace, nameAdvance);
    rects.name = QRect(textLeft, line1.top(), nameWidth, line1.height());
    geometry.nameArea = QRect(textLeft, line1.top(), nameSpace, line1.height());
    if (markerWidth > 0) {
        const int height = smallMetrics.height();
        rects.marker = QRect(rects.name.right() + 1 + Spacing,
                             line1.top() + (line1.height() - height) / 2, markerWidth, height);
    }

    rects.headline = line2;
    geometry.headline = elider.elide(Elider::Part::Headline, content.headline, fonts.normal,
                                     line2.width(), nullptr);

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
    geometry.message = elider.elide(Elider::Part::Message, content.message,
                                    messageFont(fonts, content), rects.message.width(), nullptr);

    const auto mirror = [&](QRect &rect) {
        if (!rect.isNull())
            rect = QStyle::visualRect(option.direction, row, rect);
    };
    for (QRect *rect : {&rects.avatar, &rects.name, &rects.time, &rects.headline, &rects.message,
                        &rects.badge, &rects.marker, &rects.draft, &geometry.nameArea})
        mirror(*rect);
    return geometry;
}

} // namespace ConversationRow
