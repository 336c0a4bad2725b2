#pragma once

#include "linkuptypes.h"

#include <QJsonObject>

// Turns the "data" object of a /messages/inbox reply into values. Tolerant: a missing,
// null or mistyped field gives a default; an entry that is not an object or has no
// conversation_id is skipped and counted. Never throws, never asserts on input.
namespace InboxParser {

InboxPage parsePage(const QJsonObject &data);
Conversation parseConversation(const QJsonObject &object);
Person parsePerson(const QJsonObject &object);

} // namespace InboxParser
