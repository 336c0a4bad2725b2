#pragma once

#include "threadtypes.h"

#include <QJsonObject>

// Turns the "data" object of a /messages/conversation reply into values, with the
// rules of InboxParser: a missing, null or mistyped field gives a default; an entry
// that is not an object, or carries none of entity_urn, text and timestamp, is skipped
// and counted; at most maxEntries are taken; strings are capped. Keeps the API's order
// (newest first). Never throws, never asserts on input.
namespace MessageParser {

// False when data is not the documented shape (no "messages" array).
bool hasPageShape(const QJsonObject &data);
MessagePage parsePage(const QJsonObject &data, int maxEntries);
ThreadMessage parseMessage(const QJsonObject &object);

} // namespace MessageParser
