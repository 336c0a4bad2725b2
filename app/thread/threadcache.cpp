#include "threadcache.h"

#include "messagelistmodel.h"
#include "store/threadstore.h"

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

bool ThreadCache::isAtHand(const QString &conversationId) const
{
    return m_models.contains(conversationId)
            || (m_store && !conversationId.isEmpty() && m_store->state(conversationId).stored);
}

MessageListModel *ThreadCache::modelFor(const QString &conversationId, const QString &country,
                                        const Person &participant, const QDateTime &listNewest)
{
    if (conversationId.isEmpty())
        return nullptr;
    MessageListModel *model = cached(conversationId);
    if (!model) {
        LinkupClient *client = m_client;
        model = new MessageListModel(
                [client](const ConversationQuery &query, QObject *context,
                         LinkupClient::ConversationCallback onDone) {
                    return client->fetchConversation(query, context, std::move(onDone));
                },
                m_store, this);
        model->setOutgoing(m_outgoing);
        m_models.insert(conversationId, model);
        m_recency.append(conversationId);
        evictBeyondCapacity();
        model->setConversation(conversationId, country, participant);
    }
    // Shown from what was kept: the newest page only when the list has seen a newer
    // message than the thread holds, and once for each such message (a server whose
    // times differ a little between list and thread must not cost a credit per look).
    const QDateTime shown = model->newestTime();
    if (listNewest.isValid() && shown.isValid() && listNewest > shown
        && m_refreshedFor.value(conversationId) != listNewest) {
        m_refreshedFor.insert(conversationId, listNewest);
        model->refreshNewest();
    }
    return model;
}

void ThreadCache::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    evictBeyondCapacity();
}

void ThreadCache::clear()
{
    m_refreshedFor.clear();
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
