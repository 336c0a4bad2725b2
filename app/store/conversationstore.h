#pragma once

#include "api/inboxcategory.h"
#include "api/linkuptypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

class StoreDatabase;

// A conversation's identity and place in a list: the store's key and the time of its
// last message. Lists run newest first; equal times by key, so the order is total.
struct ConversationKey
{
    qint64 key = 0;
    qint64 time = 0; // ms since the epoch, 0 when unknown (the bottom of the list)
    bool unread = false; // for the "unread first" order

    friend bool operator==(const ConversationKey &a, const ConversationKey &b)
    {
        return a.key == b.key && a.time == b.time && a.unread == b.unread;
    }
};

inline bool comesBefore(const ConversationKey &a, const ConversationKey &b)
{
    return a.time != b.time ? a.time > b.time : a.key < b.key;
}

// A stored conversation as the API gave it (server text, already bounded).
struct ConversationRecord
{
    qint64 key = 0;
    Conversation conversation;
    bool sentByMe = false;
    // The local marks (MarkStore): the newest message time each one covers.
    qint64 seenUpTo = 0;
    qint64 doneUpTo = 0;

    qint64 time() const
    {
        return conversation.lastMessage.time.isValid()
                ? conversation.lastMessage.time.toMSecsSinceEpoch()
                : 0;
    }
    // Read in the app since its last message (LinkedIn may still count it unread).
    bool isSeen() const { return seenUpTo > 0 && seenUpTo >= time(); }
    bool isDone() const { return doneUpTo > 0 && doneUpTo >= time(); }
};

// What writing one conversation of a page did.
struct ConversationWrite
{
    ConversationKey before; // where it was (key 0: nowhere, it is new to the store)
    ConversationKey after;
    bool changed = false; // anything shown differs (always true for a new one)
    // A message came since it was stored: another last message, more unread. (A time that
    // moved alone is no new activity: a server may shift its clock.)
    bool newActivity = false;
    bool newToCategory = false;
};

// Where a category's list goes on below the stored rows, and when it was last synced.
struct CategoryChain
{
    QString nextCursor; // empty with atEnd false: not started
    bool atEnd = false;
    QDateTime syncedAt; // the last first page that arrived; invalid: never
    QString gapCursor; // non-empty: newer conversations above the stored ones are missing
};

// The conversations of one account: written a page at a time (one transaction each),
// read as the ordered keys of a category and as records for the rows on screen.
class ConversationStore
{
public:
    explicit ConversationStore(StoreDatabase *database);

    // Nothing when the write failed even in memory (the caller keeps the page shown).
    std::optional<QList<ConversationWrite>> writePage(InboxCategory category,
                                                      const QList<Conversation> &conversations);
    QList<ConversationKey> keys(InboxCategory category) const;
    // Conversations waiting, in any category, not marked done since their last message:
    // on the user's answer (the other person wrote last) or on the other's (the user did).
    // Sponsored messages wait on nobody.
    QList<ConversationKey> waitingKeys(bool onMe) const;
    QHash<qint64, ConversationRecord> records(const QList<qint64> &keys) const;
    std::optional<ConversationRecord> record(const QString &conversationId) const;
    // The categories each conversation belongs to, in InboxCategories::all()'s order.
    QHash<qint64, QList<InboxCategory>> categoriesOf(const QList<qint64> &keys) const;
    // Conversations of the category with unread messages.
    int unreadCount(InboxCategory category) const;
    int count(InboxCategory category) const;

    CategoryChain chain(InboxCategory category) const;
    bool setChain(InboxCategory category, const CategoryChain &chain);

    // Small values kept with the account (what each tab showed when the app closed).
    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

private:
    StoreDatabase *m_database;
};
