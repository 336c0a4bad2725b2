#include "inboxparser.h"

#include "jsonfields.h"

#include <QJsonArray>
#include <QJsonValue>

namespace InboxParser {

namespace {

QUrl urlOf(const QJsonObject &object, QStringView key)
{
    const QString text = JsonFields::string(object, key).trimmed();
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() ? url : QUrl();
}

} // namespace

Person parsePerson(const QJsonObject &object)
{
    Person person;
    person.name = JsonFields::string(object, u"name");
    person.headline = JsonFields::string(object, u"headline");
    person.profileUrl = urlOf(object, u"profile_url");
    person.pictureUrl = urlOf(object, u"profile_picture");
    return person;
}

Conversation parseConversation(const QJsonObject &object)
{
    Conversation conversation;
    conversation.id = JsonFields::string(object, u"conversation_id");
    conversation.participant = parsePerson(object.value(u"participant").toObject());
    const QJsonObject last = object.value(u"last_message").toObject();
    conversation.lastMessage.text = JsonFields::string(last, u"text");
    conversation.lastMessage.time = JsonFields::time(last, u"time");
    conversation.lastMessage.sender = parsePerson(last.value(u"sender").toObject());
    conversation.unreadCount = JsonFields::count(object, u"unread");
    conversation.type = JsonFields::string(object, u"type");
    return conversation;
}

InboxPage parsePage(const QJsonObject &data)
{
    InboxPage page;
    const QJsonArray entries = data.value(u"conversations").toArray();
    page.conversations.reserve(entries.size());
    for (const QJsonValue entry : entries) {
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
    page.nextCursor = JsonFields::string(data, u"next_cursor");
    return page;
}

} // namespace InboxParser
