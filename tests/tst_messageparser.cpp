// MessageParser: the documented shape of /messages/conversation, then hostile data.

#include "api/jsonfields.h"
#include "api/messageparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// As many entries as any test page holds: the entry bound is tested on its own.
constexpr int AnyNumber = 1000;

QJsonObject objectFrom(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("bad JSON in the test itself: %s", qPrintable(error.errorString()));
    return document.object();
}

// A reply with the fields LINKUP_API.md lists for the conversation call.
const QByteArray ContractExample = R"json({"status": "success",
 "data": {"conversation_id": "urn:li:msg_conversation:(urn:li:fsd_profile:ACoAAB1,2-MTIzNA==)",
   "messages": [
     {"text": "See you Tuesday!", "timestamp": 1748629426457,
      "sender": "urn:li:fsd_profile:ACoAAAnna",
      "sender_info": {"first_name": "Anna", "last_name": "Smith"},
      "message_type": "TEXT", "entity_urn": "urn:li:fsd_message:2-abc"},
     {"text": "Anna accepted your invitation", "timestamp": 1748629000000,
      "sender": "urn:li:fsd_profile:ACoAAAnna",
      "sender_info": {"first_name": "Anna", "last_name": "Smith"},
      "message_type": "SYSTEM", "entity_urn": "urn:li:fsd_message:2-abb"} ],
   "next_cursor": "MTc0ODYyOTAwMDAwMA" }})json";

QJsonObject validMessage(const QString &id = u"urn:li:fsd_message:1"_s)
{
    return QJsonObject{
            {u"text"_s, u"hello"_s},
            {u"timestamp"_s, 1748629426457.0},
            {u"sender"_s, u"urn:li:fsd_profile:ACoAABob"_s},
            {u"sender_info"_s,
             QJsonObject{{u"first_name"_s, u"Bob"_s}, {u"last_name"_s, u"Stone"_s}}},
            {u"message_type"_s, u"TEXT"_s},
            {u"entity_urn"_s, id},
    };
}

QJsonObject pageWith(const QJsonValue &messages)
{
    return QJsonObject{{u"messages"_s, messages}};
}

QList<QPair<QByteArray, QJsonValue>> wrongValues()
{
    return {
            {"missing", QJsonValue(QJsonValue::Undefined)},
            {"null", QJsonValue(QJsonValue::Null)},
            {"bool", QJsonValue(true)},
            {"number", QJsonValue(42)},
            {"string", QJsonValue(u"surprise"_s)},
            {"array", QJsonArray{1, 2}},
            {"object", QJsonObject{{u"a"_s, 1}}},
    };
}

} // namespace

class TestMessageParser : public QObject
{
    Q_OBJECT

private slots:
    void contractExample();
    void emptyData();
    void messagesNotAnArray_data();
    void messagesNotAnArray();
    void skipsBadEntries();
    void keepsEntriesWithAnyContent_data();
    void keepsEntriesWithAnyContent();
    void fieldWrongType_data();
    void fieldWrongType();
    void senderInfoWrongType_data();
    void senderInfoWrongType();
    void messageType_data();
    void messageType();
    void timestamp_data();
    void timestamp();
    void nextCursor_data();
    void nextCursor();
    void keepsOrderAndDuplicates();
    void hostileTextKeptLiterally();
};

void TestMessageParser::contractExample()
{
    const QJsonObject root = objectFrom(ContractExample);
    const MessagePage page = MessageParser::parsePage(root.value(u"data").toObject(), AnyNumber);
    QCOMPARE(page.skippedEntries, 0);
    QCOMPARE(page.nextCursor, u"MTc0ODYyOTAwMDAwMA"_s);
    QCOMPARE(page.messages.size(), 2);

    const ThreadMessage &newest = page.messages.at(0);
    QCOMPARE(newest.id, u"urn:li:fsd_message:2-abc"_s);
    QCOMPARE(newest.text, u"See you Tuesday!"_s);
    QCOMPARE(newest.time.timeSpec(), Qt::UTC);
    QCOMPARE(newest.time.toMSecsSinceEpoch(), Q_INT64_C(1748629426457));
    QCOMPARE(newest.senderId, u"urn:li:fsd_profile:ACoAAAnna"_s);
    QCOMPARE(newest.senderFirstName, u"Anna"_s);
    QCOMPARE(newest.senderLastName, u"Smith"_s);
    QVERIFY(!newest.isSystem);

    const ThreadMessage &event = page.messages.at(1);
    QVERIFY(event.isSystem);
    QCOMPARE(event.text, u"Anna accepted your invitation"_s);
    QVERIFY(event.time < newest.time);
}

void TestMessageParser::emptyData()
{
    const MessagePage page = MessageParser::parsePage(QJsonObject(), AnyNumber);
    QVERIFY(page.messages.isEmpty());
    QVERIFY(page.nextCursor.isEmpty());
    QCOMPARE(page.skippedEntries, 0);

    const ThreadMessage m = MessageParser::parseMessage(QJsonObject());
    QVERIFY(m.id.isEmpty());
    QVERIFY(m.text.isEmpty());
    QVERIFY(!m.time.isValid());
    QVERIFY(m.senderId.isEmpty());
    QVERIFY(m.senderFirstName.isEmpty());
    QVERIFY(m.senderLastName.isEmpty());
    QVERIFY(!m.isSystem);
}

void TestMessageParser::messagesNotAnArray_data()
{
    QTest::addColumn<QJsonValue>("messages");
    for (const auto &[name, value] : wrongValues()) {
        if (!value.isArray())
            QTest::newRow(name.constData()) << value;
    }
    QTest::newRow("object of entries") << QJsonValue(QJsonObject{{u"0"_s, validMessage()}});
    QTest::newRow("empty array") << QJsonValue(QJsonArray());
}

void TestMessageParser::messagesNotAnArray()
{
    QFETCH(QJsonValue, messages);
    QJsonObject data = pageWith(messages);
    data.insert(u"next_cursor"_s, u"older"_s);
    const MessagePage page = MessageParser::parsePage(data, AnyNumber);
    QVERIFY(page.messages.isEmpty());
    QCOMPARE(page.skippedEntries, 0);
    QCOMPARE(page.nextCursor, u"older"_s);
}

void TestMessageParser::skipsBadEntries()
{
    // Nothing to show and nothing to tell it apart by, whatever else it carries.
    QJsonObject empty{{u"sender"_s, u"urn:li:fsd_profile:x"_s},
                      {u"sender_info"_s, QJsonObject{{u"first_name"_s, u"Eve"_s}}},
                      {u"message_type"_s, u"SYSTEM"_s}};
    QJsonObject wrongTypes{{u"entity_urn"_s, 7},
                           {u"text"_s, QJsonArray{u"hi"_s}},
                           {u"timestamp"_s, u"yesterday"_s}};
    QJsonObject emptyStrings{{u"entity_urn"_s, u""_s}, {u"text"_s, u""_s}, {u"timestamp"_s, 0}};

    const QJsonArray entries{1,
                             u"text"_s,
                             QJsonValue::Null,
                             false,
                             QJsonArray{validMessage()},
                             QJsonObject(),
                             empty,
                             wrongTypes,
                             emptyStrings,
                             validMessage(u"a"_s),
                             validMessage(u"b"_s)};
    const MessagePage page = MessageParser::parsePage(pageWith(entries), AnyNumber);
    QCOMPARE(page.messages.size(), 2);
    QCOMPARE(page.skippedEntries, 9);
    QCOMPARE(page.messages.at(0).id, u"a"_s);
    QCOMPARE(page.messages.at(1).id, u"b"_s);
}

void TestMessageParser::keepsEntriesWithAnyContent_data()
{
    QTest::addColumn<QJsonObject>("entry");
    QTest::newRow("id only") << QJsonObject{{u"entity_urn"_s, u"urn:li:fsd_message:9"_s}};
    QTest::newRow("text only") << QJsonObject{{u"text"_s, u"hi"_s}};
    QTest::newRow("timestamp only") << QJsonObject{{u"timestamp"_s, 1748629426457.0}};
    QTest::newRow("timestamp as string") << QJsonObject{{u"timestamp"_s, u"1748629426457"_s}};
}

// An entry without an id is still shown: it has something to show or a place in time.
void TestMessageParser::keepsEntriesWithAnyContent()
{
    QFETCH(QJsonObject, entry);
    const MessagePage page = MessageParser::parsePage(pageWith(QJsonArray{entry}), AnyNumber);
    QCOMPARE(page.messages.size(), 1);
    QCOMPARE(page.skippedEntries, 0);
}

void TestMessageParser::fieldWrongType_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    for (const QString &field : {u"text"_s, u"timestamp"_s, u"sender"_s, u"sender_info"_s,
                                 u"message_type"_s, u"entity_urn"_s}) {
        for (const auto &[name, value] : wrongValues()) {
            QTest::addRow("%s %s", qPrintable(field), name.constData()) << field << value;
        }
    }
}

// Whatever one field holds, the entry still parses and the other fields are intact.
void TestMessageParser::fieldWrongType()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject entry = validMessage();
    if (value.isUndefined())
        entry.remove(field);
    else
        entry.insert(field, value);

    const MessagePage page = MessageParser::parsePage(pageWith(QJsonArray{entry}), AnyNumber);
    QCOMPARE(page.messages.size(), 1);
    QCOMPARE(page.skippedEntries, 0);
    const ThreadMessage &m = page.messages.first();
    const QString asString = value.isString() ? value.toString() : QString();

    QCOMPARE(m.text, field == u"text" ? asString : u"hello"_s);
    QCOMPARE(m.id, field == u"entity_urn" ? asString : u"urn:li:fsd_message:1"_s);
    QCOMPARE(m.senderId, field == u"sender" ? asString : u"urn:li:fsd_profile:ACoAABob"_s);
    if (field == u"timestamp") // a number is milliseconds, however odd; a word is no time
        QCOMPARE(m.time.isValid(), value.isDouble());
    else
        QCOMPARE(m.time.toMSecsSinceEpoch(), Q_INT64_C(1748629426457));
    if (field == u"sender_info") {
        QVERIFY(m.senderFirstName.isEmpty());
        QVERIFY(m.senderLastName.isEmpty());
    } else {
        QCOMPARE(m.senderFirstName, u"Bob"_s);
        QCOMPARE(m.senderLastName, u"Stone"_s);
    }
    QVERIFY(!m.isSystem);
}

void TestMessageParser::senderInfoWrongType_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    for (const QString &field : {u"first_name"_s, u"last_name"_s}) {
        for (const auto &[name, value] : wrongValues()) {
            if (!value.isString())
                QTest::addRow("%s %s", qPrintable(field), name.constData()) << field << value;
        }
    }
}

void TestMessageParser::senderInfoWrongType()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject info{{u"first_name"_s, u"Bob"_s}, {u"last_name"_s, u"Stone"_s}};
    if (value.isUndefined())
        info.remove(field);
    else
        info.insert(field, value);
    QJsonObject entry = validMessage();
    entry.insert(u"sender_info"_s, info);
    const ThreadMessage m = MessageParser::parseMessage(entry);
    QCOMPARE(m.senderFirstName, field == u"first_name" ? QString() : u"Bob"_s);
    QCOMPARE(m.senderLastName, field == u"last_name" ? QString() : u"Stone"_s);
}

void TestMessageParser::messageType_data()
{
    QTest::addColumn<QJsonValue>("type");
    QTest::addColumn<bool>("system");
    QTest::newRow("SYSTEM") << QJsonValue(u"SYSTEM"_s) << true;
    QTest::newRow("system") << QJsonValue(u"system"_s) << true;
    QTest::newRow("TEXT") << QJsonValue(u"TEXT"_s) << false;
    QTest::newRow("other kind") << QJsonValue(u"INMAIL"_s) << false;
    QTest::newRow("SYSTEM with more") << QJsonValue(u"SYSTEM_X"_s) << false;
    QTest::newRow("spaces") << QJsonValue(u" SYSTEM "_s) << false;
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << false;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false;
    QTest::newRow("true") << QJsonValue(true) << false;
    QTest::newRow("array") << QJsonValue(QJsonArray{u"SYSTEM"_s}) << false;
}

void TestMessageParser::messageType()
{
    QFETCH(QJsonValue, type);
    QFETCH(bool, system);
    QJsonObject entry = validMessage();
    if (type.isUndefined())
        entry.remove(u"message_type"_s);
    else
        entry.insert(u"message_type"_s, type);
    QCOMPARE(MessageParser::parseMessage(entry).isSystem, system);
}

void TestMessageParser::timestamp_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<qint64>("expected"); // -1: invalid
    QTest::newRow("ms") << QJsonValue(1748629426457.0) << Q_INT64_C(1748629426457);
    QTest::newRow("string") << QJsonValue(u"1748629426457"_s) << Q_INT64_C(1748629426457);
    QTest::newRow("fraction") << QJsonValue(1748629426457.9) << Q_INT64_C(1748629426457);
    QTest::newRow("zero") << QJsonValue(0) << Q_INT64_C(-1);
    QTest::newRow("under one ms") << QJsonValue(0.1) << Q_INT64_C(-1); // fuzz_conversation_page
    QTest::newRow("negative") << QJsonValue(-5) << Q_INT64_C(-1);
    QTest::newRow("beyond 9999") << QJsonValue(1e300) << Q_INT64_C(-1);
    QTest::newRow("word") << QJsonValue(u"soon"_s) << Q_INT64_C(-1);
    QTest::newRow("nan string") << QJsonValue(u"nan"_s) << Q_INT64_C(-1);
    QTest::newRow("inf string") << QJsonValue(u"inf"_s) << Q_INT64_C(-1);
}

void TestMessageParser::timestamp()
{
    QFETCH(QJsonValue, value);
    QFETCH(qint64, expected);
    QJsonObject entry = validMessage();
    entry.insert(u"timestamp"_s, value);
    const ThreadMessage m = MessageParser::parseMessage(entry);
    if (expected < 0) {
        QVERIFY(!m.time.isValid());
    } else {
        QCOMPARE(m.time.toMSecsSinceEpoch(), expected);
        QCOMPARE(m.time.timeSpec(), Qt::UTC);
    }
}

void TestMessageParser::nextCursor_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("string") << QJsonValue(u"abc"_s) << u"abc"_s;
    QTest::newRow("empty") << QJsonValue(u""_s) << QString();
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString();
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << QString();
    QTest::newRow("number") << QJsonValue(10) << QString();
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"c"_s, u"x"_s}}) << QString();
}

void TestMessageParser::nextCursor()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QJsonObject data = pageWith(QJsonArray{validMessage()});
    if (!value.isUndefined())
        data.insert(u"next_cursor"_s, value);
    QCOMPARE(MessageParser::parsePage(data, AnyNumber).nextCursor, expected);
}

// The parser keeps the API's order (newest first) and leaves duplicates to the model.
void TestMessageParser::keepsOrderAndDuplicates()
{
    QJsonArray entries;
    for (int i = 0; i < 30; ++i)
        entries.append(validMessage(QString::number(i % 25)));
    const MessagePage page = MessageParser::parsePage(pageWith(entries), AnyNumber);
    QCOMPARE(page.messages.size(), 30);
    for (int i = 0; i < 30; ++i)
        QCOMPARE(page.messages.at(i).id, QString::number(i % 25));
}

void TestMessageParser::hostileTextKeptLiterally()
{
    QString huge(100000, u'x');
    huge[0] = u'<';
    const QString markup =
            u"<b>Hi</b> <a href=\"javascript:alert(1)\">x</a> &amp; \u202Eevil\u202C\n\t"_s
            + QChar(0) + u"end"_s;
    QJsonObject big = validMessage(u"big"_s);
    big.insert(u"text"_s, huge);
    QJsonObject hostile = validMessage(u"hostile"_s);
    hostile.insert(u"text"_s, markup);
    hostile.insert(u"sender_info"_s,
                   QJsonObject{{u"first_name"_s, u"<i>Eve</i>\u202E"_s}, {u"last_name"_s, huge}});

    // Through real JSON bytes, as it comes off the wire.
    const QByteArray bytes = QJsonDocument(pageWith(QJsonArray{big, hostile})).toJson();
    const MessagePage page = MessageParser::parsePage(objectFrom(bytes), AnyNumber);
    QCOMPARE(page.messages.size(), 2);
    QCOMPARE(page.messages.at(0).text.size(), JsonFields::Limits::Message);
    QCOMPARE(page.messages.at(0).text.chopped(1), huge.left(JsonFields::Limits::Message - 1));
    QCOMPARE(page.messages.at(1).text, markup);
    QCOMPARE(page.messages.at(1).senderFirstName, u"<i>Eve</i>\u202E"_s);
    QCOMPARE(page.messages.at(1).senderLastName.size(), JsonFields::Limits::Name);
}

QTEST_GUILESS_MAIN(TestMessageParser)
#include "tst_messageparser.moc"
