#include "jsonfields.h"

#include "jsonreader.h"

namespace JsonFields {

QString truncated(const QString &s, int maxChars)
{
    if (s.size() <= maxChars)
        return s;
    // The ellipsis says it was cut; it takes the last place.
    qsizetype end = qMax(0, maxChars - 1);
    if (end > 0 && s.at(end - 1).isHighSurrogate())
        --end;
    return s.left(end) + QChar(0x2026);
}

// One field read alone: the reader's work, so every parser reads a field alike.
QString string(const QJsonObject &object, QLatin1StringView key, int maxChars)
{
    return JsonReader(object).string(key, maxChars);
}

QString wholeString(const QJsonObject &object, QLatin1StringView key, int maxChars)
{
    return JsonReader(object).wholeString(key, maxChars);
}

QDateTime time(const QJsonObject &object, QLatin1StringView key)
{
    return JsonReader(object).time(key);
}

int count(const QJsonObject &object, QLatin1StringView key)
{
    return JsonReader(object).count(key);
}

} // namespace JsonFields
