#include "inboxparser.h"

#include "jsonfields.h"
#include "jsonreader.h"
#include "urltext.h"

#include <QJsonArray>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace InboxParser {

namespace {

namespace Limits = JsonFields::Limits;

QString urlOf(const JsonReader &object, QLatin1StringView key)
{
    return UrlText::canonical(object.wholeString(key, Limits::Url));
}

Person parsePerson(const JsonReader &object)
{
    Person person;
    person.name = object.string("name"_L1, Limits::Name);
    person.headline = object.string("headline"_L1, Limits::Headline);
    person.profileUrl = urlOf(object, "profile_url"_L1);
    person.pictureUrl = urlOf(object, "profile_picture"_L1);
    return person;
}

// A page names few people many times: each participant as the sender of their own last
// message, the owner as the sender of every reply. A sender equal to the participant or to
// the last other sender (JsonReader::sameAs(): element by element, allocating nothing)
// takes that Person, sharing its strings, instead of being read again. Equal objects read
// alike, so nothing changes but the work; big (hostile) objects are always read.
class OtherSender
{
public:
    Person read(const JsonReader &object)
    {
        if (!m_read || !object.sameAs(m_object)) {
            m_object = object;
            m_person = parsePerson(object);
            m_read = true;
        }
        return m_person;
    }

private:
    JsonReader m_object;
    Person m_person;
    bool m_read = false;
};

Conversation parseConversation(const JsonReader &object, OtherSender &others)
{
    Conversation conversation;
    conversation.id = object.wholeString("conversation_id"_L1, Limits::Id);
    const JsonReader participant = object.child("participant"_L1);
    conversation.participant = parsePerson(participant);
    const JsonReader last = object.child("last_message"_L1);
    conversation.lastMessage.text = last.string("text"_L1, Limits::Message);
    conversation.lastMessage.time = last.time("time"_L1);
    const JsonReader sender = last.child("sender"_L1);
    conversation.lastMessage.sender =
            sender.sameAs(participant) ? conversation.participant : others.read(sender);
    conversation.unreadCount = object.count("unread"_L1);
    conversation.type = object.string("type"_L1, Limits::Type);
    return conversation;
}

} // namespace

Person parsePerson(const QJsonObject &object)
{
    return parsePerson(JsonReader(object));
}

Conversation parseConversation(const QJsonObject &object)
{
    OtherSender others;
    return parseConversation(JsonReader(object), others);
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
    OtherSender others;
    for (auto entry = entries.constBegin(); entry != entries.constBegin() + taken; ++entry) {
        if (!entry->isObject()) {
            ++page.skippedEntries;
            continue;
        }
        Conversation conversation = parseConversation(JsonReader(*entry), others);
        if (conversation.id.isEmpty()) {
            ++page.skippedEntries;
            continue;
        }
        page.conversations.append(std::move(conversation));
    }
    page.nextCursor = JsonFields::wholeString(data, "next_cursor"_L1, Limits::Cursor);
    return page;
}

} // namespace InboxParser
