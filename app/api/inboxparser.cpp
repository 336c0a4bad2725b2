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

// A page names few people many times: each participant as the sender of their own last
// message, the owner as the sender of every reply. A sender equal to the participant or to
// the last other sender (QJsonObject::operator== compares values and allocates nothing)
// takes that Person, sharing its strings, instead of being read again. Equal objects read
// alike, so nothing changes but the work; big (hostile) objects are always read.
class People
{
public:
    Person participant(const QJsonObject &object)
    {
        m_participant = {object, parsePerson(object)};
        return m_participant.person;
    }

    Person sender(const QJsonObject &object)
    {
        if (object.size() <= MaxComparedKeys) {
            if (m_participant.read && object == m_participant.object)
                return m_participant.person;
            if (m_other.read && object == m_other.object)
                return m_other.person;
        }
        m_other = {object, parsePerson(object)};
        return m_other.person;
    }

private:
    static constexpr qsizetype MaxComparedKeys = 16;
    struct Read
    {
        QJsonObject object;
        Person person;
        bool read = true;
    };
    Read m_participant{{}, {}, false};
    Read m_other{{}, {}, false};
};

Conversation parseConversation(const QJsonObject &object, People &people)
{
    Conversation conversation;
    conversation.id = wholeString(object, "conversation_id"_L1, Limits::Id);
    conversation.participant = people.participant(object.value("participant"_L1).toObject());
    const QJsonObject last = object.value("last_message"_L1).toObject();
    conversation.lastMessage.text = string(last, "text"_L1, Limits::Message);
    conversation.lastMessage.time = time(last, "time"_L1);
    conversation.lastMessage.sender = people.sender(last.value("sender"_L1).toObject());
    conversation.unreadCount = count(object, "unread"_L1);
    conversation.type = string(object, "type"_L1, Limits::Type);
    return conversation;
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
    People people;
    return parseConversation(object, people);
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
    People people;
    for (qsizetype i = 0; i < taken; ++i) {
        const QJsonValue entry = entries.at(i);
        if (!entry.isObject()) {
            ++page.skippedEntries;
            continue;
        }
        Conversation conversation = parseConversation(entry.toObject(), people);
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
