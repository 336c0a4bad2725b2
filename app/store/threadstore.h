#pragma once

#include "api/threadtypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

class StoreDatabase;

// What the store knows of one conversation's thread.
struct ThreadState
{
    bool stored = false; // some of its messages are stored
    int messageCount = 0;
    QDateTime newest; // the newest stored message (invalid: none)
    QString olderCursor; // the cursor of the messages before the oldest stored one
    bool atStart = false; // the oldest stored message is the thread's first
};

// Thread messages, per conversation of the ConversationStore (which must hold it),
// written a page at a time in one transaction and read newest first in slices.
class ThreadStore
{
public:
    explicit ThreadStore(StoreDatabase *database);

    ThreadState state(const QString &conversationId) const;
    // Up to limit stored messages, skipping the newest `skip`, in chat order (oldest first).
    QList<ThreadMessage> messages(const QString &conversationId, int skip, int limit) const;
    // Stores a page (newest first, as the API sends it); duplicates are kept once. An
    // older page moves the thread's older cursor on; the newest page sets it only for a
    // thread stored for the first time.
    bool writePage(const QString &conversationId, const QList<ThreadMessage> &newestFirst,
                   const QString &nextCursor, bool olderPage);

private:
    qint64 conversationKey(const QString &conversationId) const;

    StoreDatabase *m_database;
};
