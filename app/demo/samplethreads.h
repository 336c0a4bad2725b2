#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// The message threads behind the sample inbox, made up on demand rather than stored:
// a thread is a pure function of its conversation (id, participant, type, last message),
// seeded by a hash of the id, so the same conversation always gets the same thread.
// Threads run from 1 to MaxLength messages, alternate between the participant and the
// account owner (Alex Morgan) in runs, open now and then with a SYSTEM event, and hold
// some long and multi-line texts. Newest first, as the API sends them; the newest is the
// conversation's last_message (same text, time and sender), so list and thread agree.
class SampleThreads
{
public:
    static constexpr int MaxLength = 60;

    // The mailbox owner, as LinkedIn names him in the conversation ids of the sample.
    static QString ownerUrn();
    static QString ownerFirstName() { return QStringLiteral("Alex"); }
    static QString ownerLastName() { return QStringLiteral("Morgan"); }

    // How many messages the conversation's thread holds (1..MaxLength).
    static int lengthFor(const QString &conversationId);
    // The thread in /messages/conversation shape, newest first; empty without an id.
    static QList<QJsonObject> thread(const QJsonObject &conversation);
    // The sender id the thread gives a person (a stable "urn:li:fsd_profile:ACoAA…").
    static QString senderUrnFor(const QJsonObject &person);
};
