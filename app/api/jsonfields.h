#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// The tolerant field readers every reply parser shares: a missing, null or mistyped
// value gives the default, never an error, so one odd field cannot cost a whole entry.
namespace JsonFields {

// The value when it is a string, else an empty string (a number is not a name).
QString string(const QJsonObject &object, QStringView key);
// Milliseconds since the epoch, as a number or a numeric string, in UTC; invalid when
// missing, not positive or beyond the year 9999.
QDateTime time(const QJsonObject &object, QStringView key);
// A non-negative count, as a number or a numeric string, capped at a million.
int count(const QJsonObject &object, QStringView key);

} // namespace JsonFields
