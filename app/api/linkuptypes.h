#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// Plain values parsed from LinkupAPI replies. They hold the server's text as it came
// (untrusted); display code sanitizes it (see text/displaytext.h).

// Links are text, as UrlText::canonical() keeps them (what QUrl would give back, or
// empty): a QUrl is made only where one is used (UrlText::toUrl()).
struct Person
{
    QString name;
    QString headline;
    QString profileUrl;
    QString pictureUrl;
};

struct Message
{
    QString text;
    QDateTime time; // invalid when the reply had none
    Person sender;
};

struct Conversation
{
    QString id;
    Person participant;
    Message lastMessage;
    int unreadCount = 0;
    QString type; // "normal", "inmail", "sponsored", ...

    // v1 has no is_me flag: the account owner sent the last message when its sender
    // is known and is not the participant.
    bool lastMessageSentByMe() const;
    bool isNormalType() const;
};

struct InboxPage
{
    QList<Conversation> conversations;
    QString nextCursor; // empty: the end of the list
    int skippedEntries = 0; // entries that were not objects or had no id
    int ignoredEntries = 0; // entries beyond what was asked for
};

// Compares two LinkedIn profile links loosely (scheme, host case, trailing slash).
bool sameProfile(const QString &a, const QString &b);

// The account owner's member URN that LinkedIn conversation ids embed:
// "urn:li:fsd_profile:<owner>" from "urn:li:msg_conversation:(urn:li:fsd_profile:<owner>,…)";
// an empty string when the id is not of that shape.
QString ownerUrnOf(const QString &conversationId);
