#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

// What the built-in server's /messages/send-message took, per conversation: the threads
// it serves carry these messages above the made-up ones, and the inbox shows the newest
// as the conversation's last message. Bounded: beyond MaxKept the oldest are forgotten,
// so a script that sends for hours cannot grow the server without end.
class SentMessages
{
public:
    static constexpr int MaxKept = 1000;

    // The owner, as the sample inbox names him when a last message is his.
    static QJsonObject owner();

    // Keeps the message (sent now, by the owner) and returns it in thread shape.
    QJsonObject append(const QString &conversationId, const QString &text, qint64 timeMs);
    // The conversation's sent messages in /messages/conversation shape, newest first.
    QList<QJsonObject> thread(const QString &conversationId) const;
    // The conversation as the inbox shows it: its newest sent message as the last one
    // (the owner's picture on the server's own address).
    QJsonObject applyTo(QJsonObject conversation, const QUrl &serverBase) const;
    bool isEmpty() const { return m_order.isEmpty(); }

private:
    QHash<QString, QList<QJsonObject>> m_byConversation; // oldest first
    QList<QString> m_order; // conversation of each message kept, oldest first
    int m_lastNumber = 0;
};
