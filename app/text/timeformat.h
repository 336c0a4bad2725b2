#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

// Turns a conversation's last-message time into the short label at the right of a row:
// the clock time today, "Yesterday", a weekday within the last week, the day and month
// this year, and a full short date before that. Days are compared in local time.
namespace TimeFormat {

QString conversationTime(const QDateTime &time, const QDateTime &now, const QLocale &locale);

// The system's time zone, looked up again at most once a minute (per thread). Why not
// QDateTime::toLocalTime(): on Linux without TZ set, the C library stats /etc/localtime
// at every call, 3 µs, three times in each row a list paints; this takes 0.5.
QTimeZone localZone();

// The locale's short date format without its year field (and the separator next to
// it), so "M/d/yy" becomes "M/d" and "yyyy-MM-dd" becomes "MM-dd".
QString dayMonthFormat(const QLocale &locale);

// A day separator in a thread: "Today", "Yesterday", else the locale's long date without
// its weekday ("June 3, 2024", "3. Juni 2024").
QString dayLabel(const QDate &day, const QDate &today, const QLocale &locale);

// How long ago, for "Updated …": "just now", "5 min ago", "3 h ago", else as a
// conversation's time ("Yesterday", a weekday, a date).
QString ago(const QDateTime &time, const QDateTime &now, const QLocale &locale);

// How long someone has waited, short: "5 min", "3 h", "4 d", "6 wk" (an unknown or
// future time: empty).
QString waited(const QDateTime &since, const QDateTime &now);

} // namespace TimeFormat
