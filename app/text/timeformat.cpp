#include "timeformat.h"

#include "boundedmemo.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <limits>

namespace TimeFormat {

namespace {

bool isFieldLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

struct Token
{
    QString text;
    bool field = false; // a run of one pattern letter, else a separator or quoted literal
};

// Splits a QLocale date pattern into fields and the separators between them; a quoted
// literal ('年', 'de') is part of a separator, never mistaken for a field.
QList<Token> tokenize(const QString &pattern)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < pattern.size()) {
        const QChar c = pattern.at(i);
        if (isFieldLetter(c)) {
            qsizetype end = i;
            while (end < pattern.size() && pattern.at(end) == c)
                ++end;
            tokens.append({pattern.mid(i, end - i), true});
            i = end;
            continue;
        }
        qsizetype end = i;
        while (end < pattern.size() && !isFieldLetter(pattern.at(end))) {
            if (pattern.at(end) == u'\'') {
                const qsizetype close = pattern.indexOf(u'\'', end + 1);
                end = close < 0 ? pattern.size() : close + 1;
            } else {
                ++end;
            }
        }
        if (!tokens.isEmpty() && !tokens.constLast().field)
            tokens.last().text += pattern.mid(i, end - i);
        else
            tokens.append({pattern.mid(i, end - i), false});
        i = end;
    }
    return tokens;
}

QString shortDate(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, QLocale::ShortFormat);
}

// Removes the first field written with `letter` and one separator next to it: the one
// before it when a field precedes ("dd.MM.yy" → "dd.MM", "h:mm:ss AP" → "h:mm AP"),
// else the one after ("yyyy-MM-dd" → "MM-dd"). A quoted literal trailing a final field
// is its unit ("'г.'", "'年'") and goes with it.
bool removeField(QList<Token> &tokens, QChar letter)
{
    qsizetype index = -1;
    bool fieldBefore = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens.at(i).field && tokens.at(i).text.at(0) == letter) {
            index = i;
            break;
        }
        fieldBefore = fieldBefore || tokens.at(i).field;
    }
    if (index < 0)
        return false;
    const bool separatorAfter = index + 1 < tokens.size() && !tokens.at(index + 1).field;
    const bool last = index + (separatorAfter ? 2 : 1) >= tokens.size();
    qsizetype first = index;
    qsizetype end = index + 1; // exclusive
    if (fieldBefore && index > 0 && !tokens.at(index - 1).field) {
        first = index - 1;
        if (separatorAfter && last && tokens.at(index + 1).text.contains(u'\''))
            end = index + 2;
    } else if (separatorAfter) {
        end = index + 2;
    }
    tokens.remove(first, end - first);
    return true;
}

QString joined(const QList<Token> &tokens)
{
    QString format;
    for (const Token &token : tokens)
        format += token.text;
    return format;
}

// The short time without seconds: some locales (the C locale among them) put seconds
// in their short format, which is noise next to a conversation.
QString clockTime(const QTime &time, const QLocale &locale)
{
    QList<Token> tokens = tokenize(locale.timeFormat(QLocale::ShortFormat));
    const bool seconds = removeField(tokens, u's');
    const bool millis = removeField(tokens, u'z');
    if (!seconds && !millis)
        return locale.toString(time, QLocale::ShortFormat);
    return locale.toString(time, joined(tokens));
}

bool isPunctuationOnly(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace() && !c.isPunct())
            return false;
    }
    return true;
}

// The long date without its weekday ("dddd, MMMM d, yyyy" → "MMMM d, yyyy"), and the
// comma or space that went with it; a separator with letters ("日" in "yyyy年M月d日dddd")
// belongs to another field and stays.
QString withoutWeekday(const QString &pattern)
{
    QList<Token> tokens = tokenize(pattern);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens.at(i);
        if (!token.field || token.text.at(0) != u'd' || token.text.size() < 3)
            continue;
        if (i + 2 < tokens.size() && isPunctuationOnly(tokens.at(i + 1).text))
            tokens.remove(i, 2);
        else if (i > 0 && !tokens.at(i - 1).field && isPunctuationOnly(tokens.at(i - 1).text))
            tokens.remove(i - 1, 2);
        else
            tokens.remove(i);
        break;
    }
    QString format;
    for (const Token &token : std::as_const(tokens))
        format += token.text;
    return format.trimmed();
}

} // namespace

QString dayMonthFormat(const QLocale &locale)
{
    QList<Token> tokens = tokenize(locale.dateFormat(QLocale::ShortFormat));
    if (!removeField(tokens, u'y'))
        return locale.dateFormat(QLocale::ShortFormat);
    return joined(tokens);
}

QTimeZone localZone()
{
    constexpr qint64 RefreshMs = 60 * 1000; // a change of zone shows within a minute
    thread_local QTimeZone zone;
    thread_local QElapsedTimer age;
    if (!age.isValid() || age.hasExpired(RefreshMs)) {
        zone = QTimeZone::systemTimeZone();
        age.start();
    }
    return zone;
}

namespace {

QString formatConversationTime(const QDateTime &time, const QDateTime &now, const QLocale &locale,
                               const QTimeZone &zone)
{
    const QDateTime local = time.toTimeZone(zone);
    const QDateTime localNow = now.toTimeZone(zone);
    const QDate date = local.date();
    const QDate today = localNow.date();
    const qint64 daysAgo = date.daysTo(today);

    if (daysAgo == 0)
        return clockTime(local.time(), locale);
    // A time in the future (the server's clock or ours is off): never a weekday, which
    // would read as the past; the full date says exactly what was sent.
    if (daysAgo < 0)
        return shortDate(date, locale);
    if (daysAgo == 1)
        return QCoreApplication::translate("TimeFormat", "Yesterday");
    if (daysAgo < 7)
        return locale.dayName(date.dayOfWeek(), QLocale::ShortFormat);
    if (date.year() == today.year())
        return locale.toString(date, dayMonthFormat(locale));
    return shortDate(date, locale);
}

// The texts of the times asked for within one minute, in one locale and zone: every row
// of the list asks on every paint, and converting two times to the local zone cost more
// than all else a repainted row reads. A text depends on the minute only through today's
// date, so it holds for the whole minute.
struct Formatted
{
    qint64 minute = std::numeric_limits<qint64>::min(); // of now, since the epoch
    QLocale locale;
    QTimeZone zone;
    // By the time's msecs since the epoch: a few screens of rows, many times over.
    BoundedMemo<qint64, QString, 1024> texts;
};

} // namespace

QString conversationTime(const QDateTime &time, const QDateTime &now, const QLocale &locale)
{
    if (!time.isValid())
        return {};
    const QTimeZone zone = localZone();
    const QDateTime at = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    thread_local Formatted formatted;
    const qint64 minute = at.toMSecsSinceEpoch() / (60 * 1000);
    if (minute != formatted.minute || locale != formatted.locale || zone != formatted.zone) {
        formatted.minute = minute;
        formatted.locale = locale;
        formatted.zone = zone;
        formatted.texts.clear();
    }
    return formatted.texts.get(time.toMSecsSinceEpoch(),
                               [&] { return formatConversationTime(time, at, locale, zone); });
}

QString dayLabel(const QDate &day, const QDate &today, const QLocale &locale)
{
    if (!day.isValid())
        return {};
    const qint64 daysAgo = day.daysTo(today);
    if (daysAgo == 0)
        return QCoreApplication::translate("TimeFormat", "Today");
    if (daysAgo == 1)
        return QCoreApplication::translate("TimeFormat", "Yesterday");
    return locale.toString(day, withoutWeekday(locale.dateFormat(QLocale::LongFormat)));
}

} // namespace TimeFormat

namespace TimeFormat {

QString ago(const QDateTime &time, const QDateTime &now, const QLocale &locale)
{
    const qint64 seconds = time.secsTo(now);
    if (seconds < 60)
        return QCoreApplication::translate("TimeFormat", "just now");
    // The counts are computed apart: lupdate 6.4 hangs on "int(a / b)" inside translate().
    const int minutes = int(seconds / 60);
    const int hours = int(seconds / 3600);
    if (seconds < 3600)
        return QCoreApplication::translate("TimeFormat", "%n min ago", nullptr, minutes);
    if (seconds < 24 * 3600)
        return QCoreApplication::translate("TimeFormat", "%n h ago", nullptr, hours);
    return conversationTime(time, now, locale);
}

QString waited(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return {};
    const qint64 minutes = since.secsTo(now) / 60;
    if (minutes < 0)
        return {};
    // Counts apart from translate(), as in ago().
    const int shownMinutes = int(qMax<qint64>(minutes, 1));
    const int hours = int(minutes / 60);
    const int days = int(minutes / (24 * 60));
    const int weeks = int(qMin<qint64>(minutes / (7 * 24 * 60), 9999));
    if (minutes < 60)
        return QCoreApplication::translate("TimeFormat", "%n min", "waited", shownMinutes);
    if (minutes < 24 * 60)
        return QCoreApplication::translate("TimeFormat", "%n h", "waited", hours);
    if (minutes < 14 * 24 * 60)
        return QCoreApplication::translate("TimeFormat", "%n d", "waited", days);
    return QCoreApplication::translate("TimeFormat", "%n wk", "waited", weeks);
}

} // namespace TimeFormat
