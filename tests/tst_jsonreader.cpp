// JsonReader: its look-ups (a CBOR map's linear search, a big object's binary search) and
// its in-place reads (QJsonValueConstRef) must give what QJsonObject::value() and
// QJsonValue give, field by field, null strings included, whatever the values hold;
// and two objects it calls the same must read alike.

#include "api/jsonfields.h"
#include "api/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The slow path the reader replaced: a QJsonValue per field.
double referenceNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString() && value.toString().size() <= 32)
        return value.toString().toDouble();
    return 0;
}

QString referenceString(const QJsonObject &object, QLatin1StringView key, int maxChars)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? JsonFields::truncated(value.toString(), maxChars) : QString();
}

QString referenceWholeString(const QJsonObject &object, QLatin1StringView key, int maxChars)
{
    const QJsonValue value = object.value(key);
    return value.isString() && value.toString().size() <= maxChars ? value.toString() : QString();
}

qint64 referenceTime(const QJsonObject &object, QLatin1StringView key)
{
    const double millis = referenceNumber(object.value(key));
    return millis >= 1 && millis < 253402300799000.0 ? qint64(millis) : 0;
}

int referenceCount(const QJsonObject &object, QLatin1StringView key)
{
    const double number = referenceNumber(object.value(key));
    return !(number > 0) ? 0 : number > 1e6 ? 1000000 : int(number);
}

// JSON texts of values a hostile server may send where a string or a number belongs.
QList<QByteArray> hostileValues()
{
    return {
            R"("")",
            R"("Anna Smith")",
            '"' + QByteArray(200000, 'x') + '"',
            R"("\u0000nul")",
            R"("x\u0000")",
            R"("ctrl\u0001\u001f\u007f\u0085")",
            R"("a\u202Eb\u2066c\u200Bd")",
            R"("\ud800")",
            R"("\udc00x")",
            R"("x\ud83d")",
            R"("\ud83d\ude00 é 🙂")",
            '"' + QString(30000, QChar(0xE9)).toUtf8() + '"',
            R"("<b>markup</b>")",
            R"("  12  ")",
            R"("1e3")",
            R"("-5")",
            R"("0x10")",
            '"' + QByteArray(33, '1') + '"',
            R"("1748629426457")",
            "0",
            "-0.0",
            "1",
            "1.0",
            "2.75",
            "-5",
            "1748629426457",
            "253402300798999",
            "253402300799000",
            "9007199254740993",
            "1e300",
            "-1e300",
            "true",
            "false",
            "null",
            "[]",
            R"(["a",1])",
            "{}",
            R"({"name":"inner"})",
    };
}

QJsonObject objectWith(const QByteArray &value, int extraKeys)
{
    QByteArray json = R"({"v":)" + value + R"(,"name":"n")";
    for (int i = 0; i < extraKeys; ++i)
        json += ",\"k" + QByteArray::number(i) + "\":" + value;
    return QJsonDocument::fromJson(json + '}').object();
}

void compareString(const QString &got, const QString &want)
{
    QCOMPARE(got, want);
    QCOMPARE(got.isNull(), want.isNull());
}

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void readsAsQJsonValue_data();
    void readsAsQJsonValue();
    void sameObjectsReadAlike();
    void bigObjectsAreNeverTheSame();
};

void TestJsonReader::readsAsQJsonValue_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("extraKeys");
    for (const QByteArray &value : hostileValues()) {
        for (const int extra : {0, 14, 15, 40}) {
            QTest::addRow("%s, %d more", value.left(24).toHex().constData(), extra)
                    << value << extra;
        }
    }
}

void TestJsonReader::readsAsQJsonValue()
{
    QFETCH(QByteArray, value);
    QFETCH(int, extraKeys);
    const QJsonObject object = objectWith(value, extraKeys);
    QVERIFY(!object.isEmpty());
    const JsonReader reader(object);
    for (const QLatin1StringView key :
         {"v"_L1, "name"_L1, "k0"_L1, "k39"_L1, "missing"_L1, ""_L1}) {
        for (const int maxChars : {0, 1, 2, 5, 1000, 20000}) {
            compareString(reader.string(key, maxChars), referenceString(object, key, maxChars));
            compareString(reader.wholeString(key, maxChars),
                          referenceWholeString(object, key, maxChars));
        }
        const QDateTime time = reader.time(key);
        QCOMPARE(time.isValid() ? time.toMSecsSinceEpoch() : 0, referenceTime(object, key));
        QCOMPARE(reader.count(key), referenceCount(object, key));
        QCOMPARE(reader.child(key).object(), object.value(key).toObject());
    }
}

// sameAs() lets the parser share what it read of one object with the other: whenever it
// says so, every field must read alike (the values differ in ways a compare could miss:
// lone surrogates, numbers as integers or doubles, nulls, UTF-16 against Latin-1).
void TestJsonReader::sameObjectsReadAlike()
{
    QList<QJsonObject> objects;
    for (const QByteArray &value : hostileValues())
        objects.append(objectWith(value, 0));
    objects.append(QJsonObject());
    int same = 0;
    for (const QJsonObject &a : objects) {
        QVERIFY(JsonReader(a).sameAs(JsonReader(a)));
        for (const QJsonObject &b : objects) {
            if (!JsonReader(a).sameAs(JsonReader(b)))
                continue;
            ++same;
            for (const QLatin1StringView key : {"v"_L1, "name"_L1}) {
                compareString(JsonReader(a).string(key, 20000), JsonReader(b).string(key, 20000));
                QCOMPARE(JsonReader(a).time(key), JsonReader(b).time(key));
                QCOMPARE(JsonReader(a).count(key), JsonReader(b).count(key));
                QCOMPARE(JsonReader(a).child(key).object(), JsonReader(b).child(key).object());
            }
        }
    }
    QVERIFY(same > objects.size()); // -0.0 is 0, 1 is 1.0: not only each with itself
}

void TestJsonReader::bigObjectsAreNeverTheSame()
{
    const QJsonObject big = objectWith("1", 20);
    QVERIFY(big.size() > 16);
    QVERIFY(!JsonReader(big).sameAs(JsonReader(big)));
    QVERIFY(!JsonReader(big).sameAs(JsonReader(objectWith("1", 0))));
    QVERIFY(!JsonReader(objectWith("1", 0)).sameAs(JsonReader(big)));
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
