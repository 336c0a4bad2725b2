#pragma once

#include "api/linkuptypes.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

class LinkupClient;
class MessageListModel;
class OutgoingMessages;
class ThreadStore;

// The threads opened this session, one MessageListModel per conversation id, so that
// going back to a thread shows it at once and costs no request. Bounded: beyond the
// capacity the least recently asked-for model is deleted (later, so a view that still
// shows it can switch away first). What the user sends lives in OutgoingMessages, not in
// the models: evicting a model with a send on its way loses nothing, and the next model
// of that conversation shows the message again.
class ThreadCache : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultCapacity = 50;

    explicit ThreadCache(LinkupClient *client, QObject *parent = nullptr);

    // Threads read before are kept there, and shown from there without a request.
    void setStore(ThreadStore *store) { m_store = store; }
    // The messages written in the app, which every model shows among the server's.
    void setOutgoing(OutgoingMessages *outgoing) { m_outgoing = outgoing; }

    // The model of this conversation: the cached one as it is (loaded, loading or
    // failed), else a new one showing what is stored, or loading its newest page. When
    // the list knows a newer last message (listNewest) than the thread shows, its newest
    // page is asked for again. Null for an empty id. The cache owns the model; it stays
    // valid until evicted or clear().
    MessageListModel *modelFor(const QString &conversationId, const QString &country,
                               const Person &participant, const QDateTime &listNewest = {});
    // The model when the conversation is cached (marked as just used), else null.
    MessageListModel *cached(const QString &conversationId);
    // The thread can be shown without a request (cached, or stored).
    bool isAtHand(const QString &conversationId) const;
    bool contains(const QString &conversationId) const { return m_models.contains(conversationId); }
    int size() const { return int(m_models.size()); }

    void setCapacity(int capacity); // at least 1; evicts at once when shrinking
    int capacity() const { return m_capacity; }

    // Forgets every thread, for instance when the account changes.
    void clear();

signals:
    // The model is about to be deleted (it is deleteLater()'d right after).
    void evicted(const QString &conversationId, MessageListModel *model);

private:
    void evictBeyondCapacity();

    LinkupClient *m_client;
    ThreadStore *m_store = nullptr;
    OutgoingMessages *m_outgoing = nullptr;
    int m_capacity = DefaultCapacity;
    QHash<QString, MessageListModel *> m_models;
    QStringList m_recency; // least recently used first
    QHash<QString, QDateTime> m_refreshedFor; // the list's last message each refresh was for
};
