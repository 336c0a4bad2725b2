#pragma once

#include "api/linkuptypes.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class LinkupClient;
class MessageListModel;

// The threads opened this session, one MessageListModel per conversation id, so that
// going back to a thread shows it at once and costs no request. Bounded: beyond the
// capacity the least recently asked-for model is deleted (later, so a view that still
// shows it can switch away first).
class ThreadCache : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultCapacity = 50;

    explicit ThreadCache(LinkupClient *client, QObject *parent = nullptr);

    // The model of this conversation: the cached one as it is (loaded, loading or
    // failed), else a new one that starts loading its newest page. Null for an empty id.
    // The cache owns the model; it stays valid until evicted or clear().
    MessageListModel *modelFor(const QString &conversationId, const QString &country,
                               const Person &participant);
    // The model when the conversation is cached (marked as just used), else null: what
    // can be shown without a request.
    MessageListModel *cached(const QString &conversationId);
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
    int m_capacity = DefaultCapacity;
    QHash<QString, MessageListModel *> m_models;
    QStringList m_recency; // least recently used first
};
