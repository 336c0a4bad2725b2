#pragma once

#include "linkuptypes.h"

#include <QJsonObject>

// Turns the "data" object of a /messages/inbox reply into values. Tolerant: a missing,
// null or mistyped field gives a default; an entry that is not an object or has no
// conversation_id is skipped and counted. Bounded: at most maxEntries entries are taken
// (the rest is counted and ignored), and every string is capped (JsonFields::Limits).
// Never throws, never asserts on input.
namespace InboxParser {

// False when data is not the documented shape (no "conversations" array): a success
// of the wrong shape is an error, not an empty inbox.
bool hasPageShape(const QJsonObject &data);
InboxPage parsePage(const QJsonObject &data, int maxEntries);
Conversation parseConversation(const QJsonObject &object);
Person parsePerson(const QJsonObject &object);

} // namespace InboxParser
