#include "messageparser.h"

#include "jsonfields.h"

#include <QJsonArray>
#include <QJsonValue>

namespace MessageParser {

using namespace JsonFields;

ThreadMessage parseMessage(const QJsonObject &object)
{
    ThreadMessage message;
    message.id = wholeString(object, u"entity_urn", Limits::Id);
    message.text = string(object, u"text", Limits::Message);
    message.time = time(object, u"timestamp");
    message.senderId = wholeString(object, u"sender", Limits::Id);
    const QJsonObject info = object.value(u"sender_info").toObject();
    message.senderFirstName = string(info, u"first_name", Limits::Name);
    message.senderLastName = string(info, u"last_name", Limits::Name);
    message.isSystem =
            string(object, u"message_type", Limits::Type).compare(u"SYSTEM", Qt::CaseInsensitive)
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
    page.nextCursor = wholeString(data, u"next_cursor", Limits::Cursor);
    return page;
}

} // namespace MessageParser
