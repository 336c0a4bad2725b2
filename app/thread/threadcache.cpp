#include "threadcache.h"

#include "messagelistmodel.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcThread)

ThreadCache::ThreadCache(LinkupClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

MessageListModel *ThreadCache::cached(const QString &conversationId)
{
    MessageListModel *model = m_models.value(conversationId);
    if (model) {
        m_recency.removeOne(conversationId);
        m_recency.append(conversationId);
    }
    return model;
}

MessageListModel *ThreadCache::modelFor(const QString &conversationId, const QString &country,
                                        const Person &participant)
{
    if (conversationId.isEmpty())
        return nullptr;
    if (MessageListModel *model = cached(conversationId))
        return model;
    auto *model = new MessageListModel(m_client, this);
    m_models.insert(conversationId, model);
    m_recency.append(conversationId);
    evictBeyondCapacity();
    model->setConversation(conversationId, country, participant);
    return model;
}

void ThreadCache::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    evictBeyondCapacity();
}

void ThreadCache::clear()
{
    while (!m_recency.isEmpty()) {
        const QString id = m_recency.takeFirst();
        MessageListModel *model = m_models.take(id);
        emit evicted(id, model);
        model->deleteLater();
    }
}

void ThreadCache::evictBeyondCapacity()
{
    while (m_recency.size() > m_capacity) {
        const QString id = m_recency.takeFirst();
        MessageListModel *model = m_models.take(id);
        qCDebug(lcThread) << "evicting a cached thread;" << m_recency.size() << "remain";
        emit evicted(id, model);
        model->deleteLater();
    }
}
