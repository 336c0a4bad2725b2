#include "jsonfields.h"

#include <QCborMap>
#include <QJsonValue>

namespace JsonFields {

namespace {

// An entry has a handful of keys: a linear look-up in the object's CBOR form (the same
// data: QCborMap::fromJsonObject() copies nothing) costs a third of QJsonObject's binary
// search, which compares every key as UTF-8 against UTF-16. A big object (hostile) keeps
// the binary search, so no look-up is linear in a large object.
constexpr qsizetype LinearLookUpKeys = 16;

QCborValue valueOf(const QJsonObject &object, QLatin1StringView key)
{
    if (object.size() <= LinearLookUpKeys)
        return QCborMap::fromJsonObject(object).value(key);
    return QCborValue::fromJsonValue(object.value(key));
}

double numberOf(const QCborValue &value)
{
    // JSON integers are CBOR integers here; QJsonValue::isDouble() took both.
    if (value.isInteger())
        return double(value.toInteger());
    if (value.isDouble())
        return value.toDouble();
    // A number in a string is short; a long string is not a number worth reading.
    if (value.isString() && value.toString().size() <= 32)
        return value.toString().toDouble();
    return 0;
}

} // namespace

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

QString string(const QJsonObject &object, QLatin1StringView key, int maxChars)
{
    const QCborValue value = valueOf(object, key);
    return value.isString() ? truncated(value.toString(), maxChars) : QString();
}

QString wholeString(const QJsonObject &object, QLatin1StringView key, int maxChars)
{
    const QCborValue value = valueOf(object, key);
    if (!value.isString())
        return {};
    QString text = value.toString();
    return text.size() <= maxChars ? text : QString();
}

QDateTime time(const QJsonObject &object, QLatin1StringView key)
{
    const double millis = numberOf(valueOf(object, key));
    // Beyond ±10 000 years QDateTime has no meaning for us; treat as missing. Under one
    // millisecond is missing too: the fraction is dropped, and 0 is no time.
    constexpr double Limit = 253402300799000.0;
    if (!(millis >= 1 && millis < Limit))
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(millis), Qt::UTC);
}

int count(const QJsonObject &object, QLatin1StringView key)
{
    const double number = numberOf(valueOf(object, key));
    if (!(number > 0))
        return 0;
    return number > 1e6 ? 1000000 : int(number);
}

} // namespace JsonFields
