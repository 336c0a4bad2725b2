#pragma once

#include "inbox/inboxlist.h"

#include <QList>
#include <QObject>

#include <functional>

// Reads an inbox's lists from the store: the one the window shows first at once, the
// others one event-loop turn each after it, so that the first stored rows paint before
// the rest is read (at 100 000 stored conversations each list's keys take tens of ms;
// the waiting views the most). A list wanted before its turn is read at once.
class ListLoader : public QObject
{
    Q_OBJECT

public:
    using Load = std::function<void(InboxList)>;

    explicit ListLoader(Load load, QObject *parent = nullptr);

    // Loads first now and the other lists of all after it.
    void start(InboxList first, const QList<InboxList> &all);
    // Reads list now if it still waits for its turn.
    void ensureLoaded(InboxList list);
    bool isLoaded(InboxList list) const { return !m_waiting.contains(list); }
    // The inbox closed: nothing more to read.
    void clear() { m_waiting.clear(); }

signals:
    // A list that waited for its turn has been read.
    void loaded(InboxList list);

private:
    void loadNext();
    void scheduleNext();

    Load m_load;
    QList<InboxList> m_waiting;
    bool m_scheduled = false;
};
