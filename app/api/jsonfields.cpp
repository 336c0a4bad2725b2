#include "jsonfields.h"

#include <QJsonValue>

namespace JsonFields {

namespace {

double numberOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString())
        return value.toString().toDouble();
    return 0;
}

} // namespace

QString string(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

QDateTime time(const QJsonObject &object, QStringView key)
{
    const double millis = numberOf(object.value(key));
    // Beyond ±10 000 years QDateTime has no meaning for us; treat as missing.
    constexpr double Limit = 253402300799000.0;
    if (!(millis > 0 && millis < Limit))
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(millis), Qt::UTC);
}

int count(const QJsonObject &object, QStringView key)
{
    const double number = numberOf(object.value(key));
    if (!(number > 0))
        return 0;
    return number > 1e6 ? 1000000 : int(number);
}

} // namespace JsonFields
