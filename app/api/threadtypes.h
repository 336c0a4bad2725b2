#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// Plain values parsed from a /messages/conversation reply. As in linkuptypes.h, they
// hold the server's text as it came (untrusted); display code sanitizes it.

struct ThreadMessage
{
    QString id; // entity_urn; may be empty when the reply had none
    QString text;
    QDateTime time; // from "timestamp" (ms since the epoch); invalid when missing
    QString senderId; // the "sender" field as given, e.g. "urn:li:fsd_profile:ACoA…"
    QString senderFirstName;
    QString senderLastName;
    bool isSystem = false; // message_type "SYSTEM": an event, not something a person wrote
};

// What tells two messages apart: the entity urn, or (without one) the same time,
// sender and text, which is the same message sent twice by the server.
inline QString messageKey(const ThreadMessage &message)
{
    if (!message.id.isEmpty())
        return message.id;
    return QString(QString::number(message.time.toMSecsSinceEpoch()) + u'\n' + message.senderId
                   + u'\n' + message.text);
}

struct MessagePage
{
    QList<ThreadMessage> messages; // as the API sends them: newest first
    QString nextCursor; // empty: no older messages
    int skippedEntries = 0; // entries that were not objects or carried nothing at all
    int ignoredEntries = 0; // entries beyond what was asked for
};
