#pragma once

#include "plaintextdelegate.h"
#include <QDateTime>
#include <QRect>

#include <memory>

// Paints one row of the conversation list: avatar, name with the time and a marker
// for InMail and the like, the headline, and the last message with an unread badge (and
// a "Draft" marker before it when a reply was typed and not sent).
// Everything is plain text drawn with QPainter (server text is never interpreted),
// elided to one line, mirrored for right-to-left, over the style's own item panel.
class AvatarStore;
class RowTextCache;
struct RowText;
namespace ConversationRow {
struct Content;
}

class ConversationDelegate : public PlainTextDelegate
{
    Q_OBJECT

public:
    // Where each part of a row goes, in visual coordinates (already mirrored for
    // right-to-left). A part that is not shown has a null rect.
    struct RowLayout
    {
        QRect avatar, name, time, headline, message, badge, marker, draft;
    };

    static constexpr int AvatarSize = 48;
    static constexpr int Margin = 12;

    explicit ConversationDelegate(QObject *parent = nullptr);
    ~ConversationDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    // The same height for every row of a given font, so the view can use uniform item
    // sizes and scroll a long list without asking each row.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where pictures come from; without a store every row shows its initials.
    void setAvatarStore(AvatarStore *store) { m_avatars = store; }
    // A fixed "now" for the time labels (tests); an invalid time means the current time.
    void setNow(const QDateTime &now) { m_now = now; }
    QDateTime now() const { return m_now; }

    // Lays the row's texts out as painting it with this painter's kind of device would,
    // so that its first paint finds them ready. Returns whether they were not already.
    bool layOutAhead(QPainter *painter, const QStyleOptionViewItem &option,
                     const QModelIndex &index) const;

    static RowLayout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index,
                               const QDateTime &now = QDateTime::currentDateTime());

private:
    // The row's texts elided and shaped: from the cache when the row was painted as it is.
    // laidOut: set to whether they had to be laid out now.
    const RowText &rowText(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index, const ConversationRow::Content &content,
                           bool *laidOut = nullptr) const;

    QDateTime m_now;
    AvatarStore *m_avatars = nullptr;
    std::unique_ptr<RowTextCache> m_rowTexts; // painting is const; the cache is not state
};
