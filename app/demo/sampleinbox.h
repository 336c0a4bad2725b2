#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>

// The bundled sample inbox (resources/sample-inbox.json) as the built-in server serves
// it: times shifted so the newest message is a few minutes old, avatar paths made
// absolute on the server's own address, UNREAD derived from INBOX.
class SampleInbox
{
public:
    static SampleInbox load(const QString &path = QStringLiteral(":/linkup/sample-inbox.json"));

    bool isEmpty() const { return m_byCategory.isEmpty(); }
    // The category's conversations in API shape, newest first; empty for an unknown one.
    QList<QJsonObject> conversations(const QString &category, const QUrl &serverBase) const;
    int count(const QString &category) const;
    // Any category's conversation with this id as stored (times shifted, picture paths
    // relative); an empty object when there is none.
    QJsonObject conversation(const QString &conversationId) const;
    // Every conversation id once, in no particular order.
    QStringList conversationIds() const { return m_byId.keys(); }

private:
    QHash<QString, QList<QJsonObject>> m_byCategory;
    QHash<QString, QJsonObject> m_byId;
};
