#include "listloader.h"

#include <QTimer>

ListLoader::ListLoader(Load load, QObject *parent)
    : QObject(parent)
    , m_load(std::move(load))
{
}

void ListLoader::start(InboxList first, const QList<InboxList> &all)
{
    m_waiting = all;
    m_waiting.removeAll(first);
    m_load(first);
    scheduleNext();
}

void ListLoader::ensureLoaded(InboxList list)
{
    if (m_waiting.removeAll(list) == 0)
        return;
    m_load(list);
    emit loaded(list);
}

void ListLoader::scheduleNext()
{
    if (m_scheduled || m_waiting.isEmpty())
        return;
    m_scheduled = true;
    // Posted after the window's first paint request: the shown list paints first.
    QTimer::singleShot(0, this, &ListLoader::loadNext);
}

void ListLoader::loadNext()
{
    m_scheduled = false;
    if (m_waiting.isEmpty())
        return;
    const InboxList list = m_waiting.takeFirst();
    m_load(list);
    emit loaded(list);
    scheduleNext();
}
