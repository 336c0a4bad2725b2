#include "jsonreader.h"

#include "jsonfields.h"

#include <QJsonValue>

namespace {

// An entry has a handful of keys: a linear look-up in the CBOR form costs a third of
// QJsonObject's binary search, which compares every key as UTF-8 against UTF-16.
constexpr qsizetype LinearLookUpKeys = 16;

double numberOf(QJsonValueConstRef value)
{
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

} // namespace

JsonReader::JsonReader(QJsonObject object)
    : m_object(std::move(object))
    , m_small(m_object.size() <= LinearLookUpKeys)
    , m_map(m_small ? QCborMap::fromJsonObject(m_object) : QCborMap())
{
}

QJsonObject::const_iterator JsonReader::find(QLatin1StringView key) const
{
    if (!m_small)
        return m_object.constFind(key);
    // The map and the object share their elements, so a key's place is the same in both
    // (and a missing key's is the end of both).
    return m_object.constBegin() + (m_map.constFind(key) - m_map.constBegin());
}

QString JsonReader::string(QLatin1StringView key, int maxChars) const
{
    QString text = stringAt(find(key));
    if (text.size() <= maxChars)
        return text;
    return JsonFields::truncated(text, maxChars);
}

QString JsonReader::wholeString(QLatin1StringView key, int maxChars) const
{
    QString text = stringAt(find(key));
    if (text.size() <= maxChars)
        return text;
    return {};
}

QString JsonReader::stringAt(QJsonObject::const_iterator it) const
{
    // A value that is no string reads as the default, an empty string.
    return it != m_object.constEnd() ? it.value().toString() : QString();
}

QDateTime JsonReader::time(QLatin1StringView key) const
{
    const auto it = find(key);
    const double millis = it != m_object.constEnd() ? numberOf(it.value()) : 0;
    // Beyond ±10 000 years QDateTime has no meaning for us; treat as missing. Under one
    // millisecond is missing too: the fraction is dropped, and 0 is no time.
    constexpr double Limit = 253402300799000.0;
    if (!(millis >= 1 && millis < Limit))
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(millis), Qt::UTC);
}

int JsonReader::count(QLatin1StringView key) const
{
    const auto it = find(key);
    const double number = it != m_object.constEnd() ? numberOf(it.value()) : 0;
    if (!(number > 0))
        return 0;
    return number > 1e6 ? 1000000 : int(number);
}

QJsonObject JsonReader::object(QLatin1StringView key) const
{
    const auto it = find(key);
    return it != m_object.constEnd() ? it.value().toObject() : QJsonObject();
}

bool JsonReader::sameAs(const JsonReader &other) const
{
    // QCborMap compares the stored elements in place; QJsonObject's operator== makes
    // two values of every element first.
    return m_small && other.m_small && m_map == other.m_map;
}
