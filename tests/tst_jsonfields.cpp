// JsonFields: the readers look fields up in the object's CBOR form (a linear search for
// small objects, QJsonObject's binary search for big ones); both must read what
// QJsonObject::value() reads, whatever the object's size, key order or duplicates.

#include "api/jsonfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// The same fields with `extra` keys beside them, before and after in key order.
QJsonObject withExtraKeys(QJsonObject object, int extra)
{
    for (int i = 0; i < extra; ++i) {
        object.insert(u"a%1"_s.arg(i), i);
        object.insert(u"z%1"_s.arg(i), u"x"_s);
    }
    return object;
}

} // namespace

class TestJsonFields : public QObject
{
    Q_OBJECT

private slots:
    void readsTheSameAtAnySize_data();
    void readsTheSameAtAnySize();
    void duplicateKeysReadAsQJsonObjectReadsThem();
    void numbersAsIntegersDoublesAndStrings_data();
    void numbersAsIntegersDoublesAndStrings();
};

void TestJsonFields::readsTheSameAtAnySize_data()
{
    QTest::addColumn<int>("extra");
    for (const int extra : {0, 4, 7, 8, 9, 100, 5000})
        QTest::newRow(qPrintable(QString::number(extra))) << extra;
}

void TestJsonFields::readsTheSameAtAnySize()
{
    QFETCH(int, extra);
    const QJsonObject base = objectOf(R"({"name":"Anna Smith","id":"urn:1","time":1748629426457,
            "unread":"3","type":7,"headline":null,"long":")"
                                      + QByteArray(50, 'x') + R"("})");
    const QJsonObject object = withExtraKeys(base, extra);
    QCOMPARE(object.size(), base.size() + 2 * extra);

    QCOMPARE(JsonFields::string(object, "name"_L1, 1000), u"Anna Smith"_s);
    QCOMPARE(JsonFields::string(object, "long"_L1, 10), QString(9, u'x') + QChar(0x2026));
    QCOMPARE(JsonFields::string(object, "type"_L1, 64), QString());
    QCOMPARE(JsonFields::string(object, "headline"_L1, 64), QString());
    QCOMPARE(JsonFields::string(object, "missing"_L1, 64), QString());
    QCOMPARE(JsonFields::wholeString(object, "id"_L1, 1000), u"urn:1"_s);
    QCOMPARE(JsonFields::wholeString(object, "long"_L1, 10), QString());
    QCOMPARE(JsonFields::time(object, "time"_L1).toMSecsSinceEpoch(), Q_INT64_C(1748629426457));
    QCOMPARE(JsonFields::count(object, "unread"_L1), 3);
    QCOMPARE(JsonFields::count(object, "type"_L1), 7);
    if (extra > 0) {
        QCOMPARE(JsonFields::count(object, "a0"_L1), 0);
        QCOMPARE(JsonFields::count(object, QLatin1StringView(u"a%1"_s.arg(extra - 1).toLatin1())),
                 extra - 1);
        QCOMPARE(JsonFields::string(object, "z0"_L1, 10), u"x"_s);
    }
}

void TestJsonFields::duplicateKeysReadAsQJsonObjectReadsThem()
{
    QByteArray json = R"({"name":"first","name":"second")";
    for (int i = 0; i < 40; ++i)
        json += ",\"k" + QByteArray::number(i) + "\":1";
    json += R"(,"name":"third"})";
    for (const QJsonObject &object :
         {objectOf(R"({"name":"first","name":"second"})"), objectOf(json)}) {
        QCOMPARE(JsonFields::string(object, "name"_L1, 100), object.value(u"name").toString());
        QCOMPARE(JsonFields::wholeString(object, "name"_L1, 100), object.value(u"name").toString());
    }
}

void TestJsonFields::numbersAsIntegersDoublesAndStrings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("millis"); // 0: no time
    QTest::addColumn<int>("count");

    QTest::newRow("integer") << QByteArray(R"({"v":1748629426457})") << Q_INT64_C(1748629426457)
                             << 1000000;
    QTest::newRow("small integer") << QByteArray(R"({"v":3})") << Q_INT64_C(3) << 3;
    QTest::newRow("double") << QByteArray(R"({"v":2.75})") << Q_INT64_C(2) << 2;
    QTest::newRow("exponent") << QByteArray(R"({"v":1.5e12})") << Q_INT64_C(1500000000000)
                              << 1000000;
    QTest::newRow("beyond qint64") << QByteArray(R"({"v":1e300})") << Q_INT64_C(0) << 1000000;
    QTest::newRow("negative") << QByteArray(R"({"v":-5})") << Q_INT64_C(0) << 0;
    QTest::newRow("string") << QByteArray(R"({"v":"12"})") << Q_INT64_C(12) << 12;
    QTest::newRow("long string") << QByteArray(R"({"v":")" + QByteArray(33, '1') + "\"}")
                                 << Q_INT64_C(0) << 0;
    QTest::newRow("bool") << QByteArray(R"({"v":true})") << Q_INT64_C(0) << 0;
    QTest::newRow("null") << QByteArray(R"({"v":null})") << Q_INT64_C(0) << 0;
    QTest::newRow("object") << QByteArray(R"({"v":{"v":1}})") << Q_INT64_C(0) << 0;
}

void TestJsonFields::numbersAsIntegersDoublesAndStrings()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, millis);
    QFETCH(int, count);
    for (const QJsonObject &object : {objectOf(json), withExtraKeys(objectOf(json), 20)}) {
        const QDateTime time = JsonFields::time(object, "v"_L1);
        QCOMPARE(time.isValid() ? time.toMSecsSinceEpoch() : 0, millis);
        QCOMPARE(JsonFields::count(object, "v"_L1), count);
    }
}

QTEST_GUILESS_MAIN(TestJsonFields)
#include "tst_jsonfields.moc"
