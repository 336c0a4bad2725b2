#pragma once

#include <QCborMap>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Reads the fields of one JSON object as JsonFields describes them (the same values,
// bounds and defaults), for a parser that reads several fields of it. A small object
// (an entry, a person) is wrapped in its CBOR form once (the same data: nothing is
// copied) and searched linearly; a big (hostile) one keeps QJsonObject's binary search, so
// no look-up is linear in a large object. A value is read where it is stored, through
// QJsonValueConstRef: no QJsonValue or QCborValue, with its reference count, per field.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object = {});
    // The object a value holds (an empty one for any other value). QJsonObject's move
    // costs two atomic operations in Qt 6.4; this makes it in place.
    explicit JsonReader(QJsonValueConstRef value);

    const QJsonObject &object() const { return m_object; }

    QString string(QLatin1StringView key, int maxChars) const;
    QString wholeString(QLatin1StringView key, int maxChars) const;
    QDateTime time(QLatin1StringView key) const;
    int count(QLatin1StringView key) const;
    // The object under key, or an empty one when the value is no object.
    JsonReader child(QLatin1StringView key) const;

    // True when both are small objects with the same keys and values, element by
    // element (no copy, no allocation), so that they read alike. A big object is never
    // the same as anything: comparing it would cost as much as reading it.
    bool sameAs(const JsonReader &other) const;

private:
    // The place of the value under key; m_size when there is none.
    qsizetype indexOf(QLatin1StringView key) const;
    QJsonValueConstRef valueAt(qsizetype index) const;
    QString stringAt(qsizetype index) const;
    double numberAt(qsizetype index) const;

    // An entry has a handful of keys: a linear look-up in the CBOR form costs a third of
    // QJsonObject's binary search, which compares every key as UTF-8 against UTF-16.
    static constexpr qsizetype LinearLookUpKeys = 16;

    QJsonObject m_object;
    qsizetype m_size = m_object.size();
    bool m_small = m_size <= LinearLookUpKeys; // few enough keys to search one by one
    // m_object's data, for a small object; empty for a big one
    QCborMap m_map = m_small ? QCborMap::fromJsonObject(m_object) : QCborMap();
};
