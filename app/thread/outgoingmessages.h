#pragma once

#include "api/linkupclient.h"
#include "outgoingmessage.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

// The session's outbox: every message the user sends, from the press of Send until the
// thread holds the server's copy of it. It owns the requests, not the thread models: a
// model may be evicted from the ThreadCache (or not exist yet) while its send is on the
// way, and the send and its outcome must outlive that; a new model asks here for what
// its conversation has in flight, sent or failed.
//
// One press, one request: a conversation with a send in flight refuses another until
// that one ends, and nothing is retried by itself (v1 bills errors too, and a send
// that timed out may have gone out). Bounded: beyond MaxKept messages the oldest sent
// ones are forgotten first (the next thread refresh brings their server copies).
class OutgoingMessages : public QObject
{
    Q_OBJECT

public:
    using Send = std::function<ApiCall *(const SendQuery &query, QObject *context,
                                         LinkupClient::SendCallback onDone)>;

    // LinkedIn's limit for one message, counted in UTF-16 units (an emoji counts 2): the
    // larger of the counts it could mean, so no message the app lets through is too long.
    static constexpr int MaxChars = 8000;
    static constexpr int MaxKept = 200;

    enum class Refusal {
        None,
        Blank, // empty or only white space
        TooLong,
        NoRecipient, // the conversation has no profile URL to send to
        Busy, // a send of this conversation is on its way
    };

    explicit OutgoingMessages(Send send, QObject *parent = nullptr);
    explicit OutgoingMessages(LinkupClient *client, QObject *parent = nullptr);
    ~OutgoingMessages() override;

    static bool isBlank(const QString &text);
    static int length(const QString &text) { return int(text.size()); }
    // Why this text cannot be sent in this conversation now (None: it can).
    Refusal refusal(const QString &conversationId, const QUrl &recipient,
                    const QString &text) const;

    // Starts sending; returns the message's local key, or an empty one when refused.
    QString send(const QString &conversationId, const QUrl &recipient, const QString &country,
                 const QString &text);
    // Sends a NotSent message again, same text; false when it is not NotSent or its
    // conversation has a send on its way.
    bool retry(const QString &localKey);
    // Edit: a NotSent message leaves the thread and its text goes back to the user
    // (empty when there is no such NotSent message).
    QString takeBack(const QString &localKey);
    // The thread holds the server's copy of this sent message now: it is forgotten.
    void settle(const QString &localKey);

    QList<OutgoingMessage> messages(const QString &conversationId) const; // oldest first
    std::optional<OutgoingMessage> message(const QString &localKey) const;
    bool isSending(const QString &conversationId) const;
    int sendingCount() const { return int(m_calls.size()); }
    // What is not known to have gone out (NotSent, and Sending when the inbox closes
    // under it), per conversation, oldest first.
    QHash<QString, QStringList> unsentTexts() const;
    // Forgets everything; requests on their way are abandoned (another inbox, sign out).
    void clear();

signals:
    void added(const OutgoingMessage &message);
    void changed(const OutgoingMessage &message);
    void removed(const QString &conversationId, const QString &localKey);
    // After changed(): LinkupAPI took the message.
    void sent(const OutgoingMessage &message);
    void sendingCountChanged(int count);

private:
    void start(const QString &localKey);
    void onFinished(const QString &localKey, const SendResult &result);
    int indexOf(const QString &localKey) const;
    void trim();

    Send m_send;
    QList<OutgoingMessage> m_messages; // oldest first
    QHash<QString, QPointer<ApiCall>> m_calls; // by local key, while sending
    int m_lastKey = 0;
};
