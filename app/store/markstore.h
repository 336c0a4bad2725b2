#pragma once

#include <QtGlobal>

class StoreDatabase;

// The local marks on a conversation. LinkupAPI cannot mark anything read on LinkedIn,
// so the app keeps its own: each mark holds the time of the newest message it covers,
// so a newer message lifts it by itself.
struct Mark
{
    qint64 seenUpTo = 0; // read in the app up to this message
    qint64 doneUpTo = 0; // marked done up to this message: no longer waiting on me

    friend bool operator==(const Mark &a, const Mark &b)
    {
        return a.seenUpTo == b.seenUpTo && a.doneUpTo == b.doneUpTo;
    }
    friend bool operator!=(const Mark &a, const Mark &b) { return !(a == b); }
};

// The marks of one account, by the store's conversation key.
class MarkStore
{
public:
    explicit MarkStore(StoreDatabase *database);

    Mark mark(qint64 key) const;
    bool setMark(qint64 key, const Mark &mark);

private:
    StoreDatabase *m_database;
};
