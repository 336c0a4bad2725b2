#include "inboxparser.h"

#include "jsonfields.h"
#include "urltext.h"

#include <QJsonArray>
#include <QJsonValue>

namespace InboxParser {

namespace {

using namespace JsonFields;

QString urlOf(const QJsonObject &object, QStringView key)
{
    return UrlText::canonical(wholeString(object, key, Limits::Url));
}

} // namespace

Person parsePerson(const QJsonObject &object)
{
    Person person;
    person.name = string(object, u"name", Limits::Name);
    person.headline = string(object, u"headline", Limits::Headline);
    person.profileUrl = urlOf(object, u"profile_url");
    person.pictureUrl = urlOf(object, u"profile_picture");
    return person;
}

Conversation parseConversation(const QJsonObject &object)
{
    Conversation conversation;
    conversation.id = wholeString(object, u"conversation_id", Limits::Id);
    conversation.participant = parsePerson(object.value(u"participant").toObject());
    const QJsonObject last = object.value(u"last_message").toObject();
    conversation.lastMessage.text = string(last, u"text", Limits::Message);
    conversation.lastMessage.time = time(last, u"time");
    conversation.lastMessage.sender = parsePerson(last.value(u"sender").toObject());
    conversation.unreadCount = count(object, u"unread");
    conversation.type = string(object, u"type", Limits::Type);
    return conversation;
}

bool hasPageShape(const QJsonObject &data)
{
    return data.value(u"conversations").isArray();
}

InboxPage parsePage(const QJsonObject &data, int maxEntries)
{
    InboxPage page;
    const QJsonArray entries = data.value(u"conversations").toArray();
    const qsizetype taken = qMin(entries.size(), qsizetype(qMax(0, maxEntries)));
    page.ignoredEntries = int(entries.size() - taken);
    page.conversations.reserve(taken);
    for (qsizetype i = 0; i < taken; ++i) {
        const QJsonValue entry = entries.at(i);
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
    page.nextCursor = wholeString(data, u"next_cursor", Limits::Cursor);
    return page;
}

} // namespace InboxParser
