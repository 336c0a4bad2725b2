#include "inboxparser.h"

#include <QJsonArray>
#include <QJsonValue>

namespace InboxParser {

namespace {

QString stringOf(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

QUrl urlOf(const QJsonObject &object, QStringView key)
{
    const QString text = stringOf(object, key).trimmed();
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() ? url : QUrl();
}

QDateTime timeOf(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    double millis = 0;
    if (value.isDouble())
        millis = value.toDouble();
    else if (value.isString())
        millis = value.toString().toDouble();
    // Beyond ±10 000 years QDateTime has no meaning for us; treat as missing.
    constexpr double Limit = 253402300799000.0;
    if (!(millis > 0 && millis < Limit))
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(millis), Qt::UTC);
}

int countOf(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    double number = 0;
    if (value.isDouble())
        number = value.toDouble();
    else if (value.isString())
        number = value.toString().toDouble();
    if (!(number > 0))
        return 0;
    return number > 1e6 ? 1000000 : int(number);
}

} // namespace

Person parsePerson(const QJsonObject &object)
{
    Person person;
    person.name = stringOf(object, u"name");
    person.headline = stringOf(object, u"headline");
    person.profileUrl = urlOf(object, u"profile_url");
    person.pictureUrl = urlOf(object, u"profile_picture");
    return person;
}

Conversation parseConversation(const QJsonObject &object)
{
    Conversation conversation;
    conversation.id = stringOf(object, u"conversation_id");
    conversation.participant = parsePerson(object.value(u"participant").toObject());
    const QJsonObject last = object.value(u"last_message").toObject();
    conversation.lastMessage.text = stringOf(last, u"text");
    conversation.lastMessage.time = timeOf(last, u"time");
    conversation.lastMessage.sender = parsePerson(last.value(u"sender").toObject());
    conversation.unreadCount = countOf(object, u"unread");
    conversation.type = stringOf(object, u"type");
    return conversation;
}

InboxPage parsePage(const QJsonObject &data)
{
    InboxPage page;
    const QJsonArray entries = data.value(u"conversations").toArray();
    page.conversations.reserve(entries.size());
    for (const QJsonValue &entry : entries) {
        if (!entry.isObject()) {
            ++page.skippedEntries;
            continue;
        }
        Conversation conversation = parseConversation(entry.toObject());
        if (conversation.id.isEmpty()) {
            ++page.skippedEntries;
            continue;
        }
        page.conversations.append(std::move(conversation));
    }
    page.nextCursor = stringOf(data, u"next_cursor");
    return page;
}

} // namespace InboxParser
