#include "messageparser.h"

#include "jsonfields.h"

#include <QJsonArray>
#include <QJsonValue>

namespace MessageParser {

ThreadMessage parseMessage(const QJsonObject &object)
{
    ThreadMessage message;
    message.id = JsonFields::string(object, u"entity_urn");
    message.text = JsonFields::string(object, u"text");
    message.time = JsonFields::time(object, u"timestamp");
    message.senderId = JsonFields::string(object, u"sender");
    const QJsonObject info = object.value(u"sender_info").toObject();
    message.senderFirstName = JsonFields::string(info, u"first_name");
    message.senderLastName = JsonFields::string(info, u"last_name");
    message.isSystem =
            JsonFields::string(object, u"message_type").compare(u"SYSTEM", Qt::CaseInsensitive)
            == 0;
    return message;
}

MessagePage parsePage(const QJsonObject &data)
{
    MessagePage page;
    const QJsonArray entries = data.value(u"messages").toArray();
    page.messages.reserve(entries.size());
    for (const auto &entry : entries) {
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
    page.nextCursor = JsonFields::string(data, u"next_cursor");
    return page;
}

} // namespace MessageParser
