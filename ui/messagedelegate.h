#pragma once

#include "messagetext.h"
#include "plaintextdelegate.h"

#include <QDateTime>
#include <QFont>
#include <QHash>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QRect>
#include <QUrl>

#include <functional>

class AvatarStore;
class QLocale;

// Paints one message of a conversation thread (MessageListModel's roles): a day
// separator above the first message of a day, the sender's avatar and name above the
// first message of a run, then the text in a bubble with the clock time beside it. The
// owner's messages sit at the end side in a tint of the highlight colour, the other
// person's at the start side in a neutral one; SYSTEM messages are small, italic and
// centred without a bubble. A message written in the app says under its bubble where it
// is: "Sending…", "Sent" or "Not sent" (in the error colour). A selected message only tints its
// bubble (a SYSTEM one gets a bubble's shape): no bar across the thread. Text is always plain:
// wrapped with QTextLayout, bounded in characters and lines so a hostile message sizes and paints
// quickly (MessageText), and only https links are coloured and open on a click (through
// an injectable opener).
//
// Rows have varying heights that depend on the view's viewport width: the view must not
// use uniform item sizes and must lay its items out again when its width changes (a
// QListView does so after every resize only with wordWrap on; otherwise call
// doItemsLayout()). The heights are cached per content for the current width and font.
class MessageDelegate : public PlainTextDelegate
{
    Q_OBJECT

public:
    // Where each part of a row goes, in visual coordinates (already mirrored for
    // right-to-left). A part that is not shown has a null rect.
    struct RowLayout
    {
        QRect separator; // the day separator band, as wide as the row
        QRect avatar;
        QRect name;
        QRect bubble; // null for SYSTEM messages
        QRect text; // the wrapped text's natural extent
        QRect time;
        QRect status; // "Sending…", "Sent", "Not sent" under an outgoing bubble
    };

    using UrlOpener = std::function<bool(const QUrl &)>;

    static constexpr int AvatarSize = 32;
    static constexpr int Margin = 12;
    // Painting and sizing stop here; the full text stays in the model (for copying).
    static constexpr int MaxPaintedChars = MessageText::MaxPaintedChars;
    static constexpr int MaxPaintedLines = MessageText::MaxPaintedLines;

    explicit MessageDelegate(QObject *parent = nullptr);
    ~MessageDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    // The height for the view's viewport width (option.rect's width without a view);
    // the width is small on purpose, so the list never scrolls sideways.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // A left click on an https link opens it; nothing else reacts.
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // Where pictures come from; without a store (or a URL) every avatar is initials.
    void setAvatarStore(AvatarStore *store);
    // The thread is 1:1: every message not sent by the owner shows this picture.
    void setParticipantAvatar(const QUrl &url, const QString &name);
    QUrl participantAvatarUrl() const { return m_participantAvatar; }
    // The owner's name, for the initials beside their own messages.
    void setOwnerName(const QString &name) { m_ownerName = name; }
    // What opens a clicked https link; QDesktopServices::openUrl by default.
    void setUrlOpener(UrlOpener opener);
    // A fixed "now" for the day separators (tests); an invalid time means the current time.
    void setNow(const QDateTime &now) { m_now = now; }
    QDateTime now() const { return m_now; }

    RowLayout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QRect bubbleRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
    {
        return layoutFor(option, index).bubble;
    }
    // The https link under pos (in the view's coordinates, like option.rect), else an
    // invalid URL.
    QUrl linkAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                const QPoint &pos) const;

    // (start, length) of each https URL in text that may be shown as a link: it starts
    // where a word starts, has a host, and trailing punctuation is not part of it.
    static QList<QPair<int, int>> httpsLinkRanges(const QString &text);
    // "Today", "Yesterday", else the locale's long date without the weekday.

private:
    void paintAvatar(QPainter *painter, const QRect &rect, const QString &name, bool mine) const;
    // The height cache is valid for one width and one font only.
    void checkCache(int width, const QFont &font) const;

    QDateTime m_now;
    QPointer<AvatarStore> m_avatars;
    QUrl m_participantAvatar;
    QString m_participantName;
    QString m_ownerName;
    UrlOpener m_opener;

    mutable QHash<size_t, int> m_heights; // content key → row height
    mutable int m_heightsWidth = -1;
    mutable QFont m_heightsFont;
};
