#pragma once

#include "api/linkuptypes.h"
#include "api/threadtypes.h"
#include "outgoingmessage.h"

#include <QDate>
#include <QString>

// One message as the thread shows it: the server's message (or one the user is sending
// from the app), its text and sender made safe to show once (painted many times), its
// local day, and whose it is.
struct MessageRow
{
    // Only messages written in the app have a delivery; the server's copies have none.
    enum class Delivery { None, Sending, Sent, NotSent };

    ThreadMessage message;
    QString displayText;
    QString displaySender;
    QDate localDay; // invalid when the time is
    bool sentByMe = false;
    Delivery delivery = Delivery::None;
    QString localKey; // an outgoing message's key in OutgoingMessages
    QString deliveryError; // NotSent: why, in plain words

    static MessageRow from(const ThreadMessage &message, const Person &participant,
                           const QString &conversationId);
    static MessageRow from(const OutgoingMessage &outgoing);
    static Delivery deliveryOf(OutgoingMessage::State state);
    bool isOutgoing() const { return !localKey.isEmpty(); }

    // v1 has no is_me flag. A message is the account owner's when its sender's name
    // ("first last", compared case-insensitively and ignoring extra spaces, controls and
    // bidi marks) is not the participant's. When either name is missing, the sender id is
    // compared with the owner's profile URN that LinkedIn conversation ids embed
    // ("urn:li:msg_conversation:(urn:li:fsd_profile:<owner>,…)"). SYSTEM messages and
    // messages nothing can decide about count as not sent by the owner.
    static bool isSentByMe(const ThreadMessage &message, const Person &participant,
                           const QString &conversationId);

    // This row opens a run by one sender (show name and avatar), after previous.
    bool startsRunAfter(const MessageRow *previous) const;
    bool startsDayAfter(const MessageRow *previous) const;
    // "Sender, time, text" as a screen reader reads it.
    QString accessibleText() const;
};
