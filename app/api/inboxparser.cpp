#include "inboxparser.h"

#include "jsonfields.h"
#include "urltext.h"

#include <QJsonArray>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace InboxParser {

namespace {

using namespace JsonFields;

QString urlOf(const QJsonObject &object, QLatin1StringView key)
{
    return UrlText::canonical(wholeString(object, key, Limits::Url));
}

} // namespace

Person parsePerson(const QJsonObject &object)
{
    Person person;
    person.name = string(object, "name"_L1, Limits::Name);
    person.headline = string(object, "headline"_L1, Limits::Headline);
    person.profileUrl = urlOf(object, "profile_url"_L1);
    person.pictureUrl = urlOf(object, "profile_picture"_L1);
    return person;
}

Conversation parseConversation(const QJsonObject &object)
{
    Conversation conversation;
    conversation.id = wholeString(object, "conversation_id"_L1, Limits::Id);
    conversation.participant = parsePerson(object.value("participant"_L1).toObject());
    const QJsonObject last = object.value("last_message"_L1).toObject();
    conversation.lastMessage.text = string(last, "text"_L1, Limits::Message);
    conversation.lastMessage.time = time(last, "time"_L1);
    conversation.lastMessage.sender = parsePerson(last.value("sender"_L1).toObject());
    conversation.unreadCount = count(object, "unread"_L1);
    conversation.type = string(object, "type"_L1, Limits::Type);
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
    page.nextCursor = wholeString(data, "next_cursor"_L1, Limits::Cursor);
    return page;
}

} // namespace InboxParser
