#include "jsonreader.h"

#include "jsonfields.h"

JsonReader::JsonReader(const QJsonObject &object)
    : m_object(object)
{
}

JsonReader::JsonReader(QJsonValueConstRef value)
    : m_object(value.toObject())
{
}

qsizetype JsonReader::indexOf(QLatin1StringView key) const
{
    if (!m_small)
        return m_object.constFind(key) - m_object.constBegin();
    // The map and the object share their elements, so a key's place is the same in both
    // (and a missing key's is the end of both).
    return m_map.constFind(key) - m_map.constBegin();
}

QJsonValueConstRef JsonReader::valueAt(qsizetype index) const
{
    return (m_object.constBegin() + index).value();
}

QString JsonReader::stringAt(qsizetype index) const
{
    // A value that is no string reads as the default, an empty string.
    return index < m_size ? valueAt(index).toString() : QString();
}

double JsonReader::numberAt(qsizetype index) const
{
    if (index >= m_size)
        return 0;
    const QJsonValueConstRef value = valueAt(index);
    // JSON integers and doubles are both Double here, and toDouble() reads either.
    if (value.isDouble())
        return value.toDouble();
    // A number in a string is short; a long string is not a number worth reading.
    if (value.isString()) {
        const QString text = value.toString();
        return text.size() <= 32 ? text.toDouble() : 0;
    }
    return 0;
}

QString JsonReader::string(QLatin1StringView key, int maxChars) const
{
    QString text = stringAt(indexOf(key));
    if (text.size() <= maxChars)
        return text;
    return JsonFields::truncated(text, maxChars);
}

QString JsonReader::wholeString(QLatin1StringView key, int maxChars) const
{
    QString text = stringAt(indexOf(key));
    if (text.size() <= maxChars)
        return text;
    return {};
}

QDateTime JsonReader::time(QLatin1StringView key) const
{
    const double millis = numberAt(indexOf(key));
    // Beyond ±10 000 years QDateTime has no meaning for us; treat as missing. Under one
    // millisecond is missing too: the fraction is dropped, and 0 is no time.
    constexpr double Limit = 253402300799000.0;
    if (!(millis >= 1 && millis < Limit))
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(millis), Qt::UTC);
}

int JsonReader::count(QLatin1StringView key) const
{
    const double number = numberAt(indexOf(key));
    if (!(number > 0))
        return 0;
    return number > 1e6 ? 1000000 : int(number);
}

JsonReader JsonReader::child(QLatin1StringView key) const
{
    const qsizetype index = indexOf(key);
    return index < m_size ? JsonReader(valueAt(index)) : JsonReader();
}

bool JsonReader::sameAs(const JsonReader &other) const
{
    // QCborMap compares the stored elements in place; QJsonObject's operator== makes
    // two values of every element first.
    return m_small && other.m_small && m_map == other.m_map;
}
