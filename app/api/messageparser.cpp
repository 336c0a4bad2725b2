#include "messageparser.h"

#include "jsonfields.h"

#include <QJsonArray>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace MessageParser {

using namespace JsonFields;

ThreadMessage parseMessage(const QJsonObject &object)
{
    ThreadMessage message;
    message.id = wholeString(object, "entity_urn"_L1, Limits::Id);
    message.text = string(object, "text"_L1, Limits::Message);
    message.time = time(object, "timestamp"_L1);
    message.senderId = wholeString(object, "sender"_L1, Limits::Id);
    const QJsonObject info = object.value(u"sender_info").toObject();
    message.senderFirstName = string(info, "first_name"_L1, Limits::Name);
    message.senderLastName = string(info, "last_name"_L1, Limits::Name);
    message.isSystem =
            string(object, "message_type"_L1, Limits::Type).compare(u"SYSTEM", Qt::CaseInsensitive)
            == 0;
    return message;
}

bool hasPageShape(const QJsonObject &data)
{
    return data.value(u"messages").isArray();
}

MessagePage parsePage(const QJsonObject &data, int maxEntries)
{
    MessagePage page;
    const QJsonArray entries = data.value(u"messages").toArray();
    const qsizetype taken = qMin(entries.size(), qsizetype(qMax(0, maxEntries)));
    page.ignoredEntries = int(entries.size() - taken);
    page.messages.reserve(taken);
    for (qsizetype i = 0; i < taken; ++i) {
        const QJsonValue entry = entries.at(i);
        if (!entry.isObject()) {
            ++page.skippedEntries;
            continue;
        }
        ThreadMessage message = parseMessage(entry.toObject());
        // Nothing to show and nothing to tell it apart by: not a message.
        if (message.id.isEmpty() && message.text.isEmpty() && !message.time.isValid()) {
            ++page.skippedEntries;
            continue;
        }
        page.messages.append(std::move(message));
    }
    page.nextCursor = wholeString(data, "next_cursor"_L1, Limits::Cursor);
    return page;
}

} // namespace MessageParser
