#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// The tolerant field readers every reply parser shares: a missing, null or mistyped
// value gives the default, never an error, so one odd field cannot cost a whole entry.
// Every string is bounded here, where it enters the app, so nothing downstream (the
// store, the models, painting) ever handles an unbounded string from the server.
namespace JsonFields {

// Generous bounds for what a field may hold, in UTF-16 code units.
namespace Limits {
constexpr int Id = 1000; // conversation and message ids, sender ids
constexpr int Name = 1000;
constexpr int Headline = 2000;
constexpr int Type = 64;
constexpr int Message = 20000;
constexpr int Url = 2048; // longer URLs are dropped, not cut (a cut URL points elsewhere)
constexpr int Cursor = 4096; // longer cursors end the list
constexpr int ServerText = 300; // "message" of an error or auth reply
} // namespace Limits

// The value when it is a string, cut to maxChars (never inside a surrogate pair, and
// ending in "…" when cut), else an empty string (a number is not a name).
QString string(const QJsonObject &object, QLatin1StringView key, int maxChars);
// The value when it is a string of at most maxChars, else an empty string: for values
// that mean nothing when cut (ids, cursors, URLs, tokens).
QString wholeString(const QJsonObject &object, QLatin1StringView key, int maxChars);
// Milliseconds since the epoch, as a number or a numeric string, in UTC; invalid when
// missing, under one millisecond or beyond the year 9999.
QDateTime time(const QJsonObject &object, QLatin1StringView key);
// A non-negative count, as a number or a numeric string, capped at a million.
int count(const QJsonObject &object, QLatin1StringView key);

// s cut to at most maxChars code units, the last an ellipsis, without splitting a
// surrogate pair.
QString truncated(const QString &s, int maxChars);

} // namespace JsonFields
