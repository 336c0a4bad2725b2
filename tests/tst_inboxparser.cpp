// InboxParser and the Conversation helpers: the contract's example, then hostile data.

#include "api/inboxparser.h"
#include "api/jsonfields.h"
#include "api/linkuptypes.h"
#include "api/urltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

#include <limits>

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

// The response example of LINKUP_API.md, with realistic values.
const QByteArray ContractExample = R"json({"status": "success",
 "data": {"conversations": [ {
     "conversation_id": "urn:li:msg_conversation:(urn:li:fsd_profile:ACoAAB1,2-MTIzNA==)",
     "participant": {"name": "Anna Smith", "headline": "Head of Sales at Example",
                     "profile_url": "https://www.linkedin.com/in/anna-smith",
                     "profile_picture": "https://media.licdn.com/dms/image/D4E03AQ/profile-displayphoto-shrink_100_100/0/1?e=1735776000&v=beta&t=abc"},
     "last_message": {"text": "Hi! Are you free on Tuesday?", "time": 1748629426457,
                      "sender": {"name": "Anna Smith", "headline": "Head of Sales at Example",
                                 "profile_url": "https://www.linkedin.com/in/anna-smith",
                                 "profile_picture": "https://media.licdn.com/dms/image/x"}},
     "unread": 2,
     "type": "normal" } ],
   "total_results": 1,
   "next_cursor": "REVTQ0VORElORy0xNzQ4NjI5NDI2NDU3" }})json";

QJsonObject validEntry(const QString &id = u"urn:li:msg_conversation:1"_s)
{
    return QJsonObject{
            {u"conversation_id"_s, id},
            {u"participant"_s,
             QJsonObject{{u"name"_s, u"Bob"_s},
                         {u"profile_url"_s, u"https://www.linkedin.com/in/bob"_s}}},
            {u"last_message"_s,
             QJsonObject{{u"text"_s, u"hello"_s},
                         {u"time"_s, 1748629426457.0},
                         {u"sender"_s, QJsonObject{{u"name"_s, u"Bob"_s}}}}},
            {u"unread"_s, 1},
            {u"type"_s, u"normal"_s},
    };
}

QJsonObject pageWith(const QJsonValue &conversations)
{
    return QJsonObject{{u"conversations"_s, conversations}};
}

Conversation conversationWith(const QString &participantName, const QString &participantUrl,
                              const QString &senderName, const QString &senderUrl)
{
    Conversation conversation;
    conversation.id = u"c"_s;
    conversation.participant.name = participantName;
    conversation.participant.profileUrl = participantUrl;
    conversation.lastMessage.sender.name = senderName;
    conversation.lastMessage.sender.profileUrl = senderUrl;
    return conversation;
}

// The wrong-typed values every field is tried with.
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

class TestInboxParser : public QObject
{
    Q_OBJECT

private slots:
    void contractExample();
    void emptyData();
    void conversationsNotAnArray_data();
    void conversationsNotAnArray();
    void skipsBadEntries();
    void entryFieldWrongType_data();
    void entryFieldWrongType();
    void personFieldWrongType_data();
    void personFieldWrongType();
    void personUrls_data();
    void personUrls();
    void hugeText();
    void repeatedSendersReadAsAlone();
    void nearlyEqualSendersReadAsParsePerson();
    void markupKeptLiterally();
    void unreadCount_data();
    void unreadCount();
    void time_data();
    void time();
    void nextCursor_data();
    void nextCursor();
    void keepsOrder();
    void isNormalType_data();
    void isNormalType();
    void sentByMe_data();
    void sentByMe();
    void sentByMeFromParsedReply();
    void sameProfile_data();
    void sameProfile();
};

void TestInboxParser::contractExample()
{
    const QJsonObject root = objectFrom(ContractExample);
    const InboxPage page = InboxParser::parsePage(root.value(u"data").toObject(), AnyNumber);

    QCOMPARE(page.skippedEntries, 0);
    QCOMPARE(page.nextCursor, u"REVTQ0VORElORy0xNzQ4NjI5NDI2NDU3"_s);
    QCOMPARE(page.conversations.size(), 1);

    const Conversation &c = page.conversations.first();
    QCOMPARE(c.id, u"urn:li:msg_conversation:(urn:li:fsd_profile:ACoAAB1,2-MTIzNA==)"_s);
    QCOMPARE(c.participant.name, u"Anna Smith"_s);
    QCOMPARE(c.participant.headline, u"Head of Sales at Example"_s);
    QCOMPARE(c.participant.profileUrl, u"https://www.linkedin.com/in/anna-smith"_s);
    QCOMPARE(UrlText::toUrl(c.participant.pictureUrl).host(), u"media.licdn.com"_s);
    QCOMPARE(QUrlQuery(UrlText::toUrl(c.participant.pictureUrl)).queryItemValue(u"e"_s),
             u"1735776000"_s);
    QCOMPARE(c.lastMessage.text, u"Hi! Are you free on Tuesday?"_s);
    QVERIFY(c.lastMessage.time.isValid());
    QCOMPARE(c.lastMessage.time.timeSpec(), Qt::UTC);
    QCOMPARE(c.lastMessage.time.toMSecsSinceEpoch(), Q_INT64_C(1748629426457));
    QCOMPARE(c.lastMessage.time, QDateTime(QDate(2025, 5, 30), QTime(18, 23, 46, 457), Qt::UTC));
    QCOMPARE(c.lastMessage.sender.name, u"Anna Smith"_s);
    QCOMPARE(c.lastMessage.sender.headline, u"Head of Sales at Example"_s);
    QCOMPARE(c.lastMessage.sender.profileUrl, u"https://www.linkedin.com/in/anna-smith"_s);
    QCOMPARE(c.lastMessage.sender.pictureUrl, u"https://media.licdn.com/dms/image/x"_s);
    QCOMPARE(c.unreadCount, 2);
    QCOMPARE(c.type, u"normal"_s);
    QVERIFY(c.isNormalType());
    QVERIFY(!c.lastMessageSentByMe());
}

void TestInboxParser::emptyData()
{
    const InboxPage page = InboxParser::parsePage(QJsonObject(), AnyNumber);
    QVERIFY(page.conversations.isEmpty());
    QVERIFY(page.nextCursor.isEmpty());
    QCOMPARE(page.skippedEntries, 0);

    const Conversation c = InboxParser::parseConversation(QJsonObject());
    QVERIFY(c.id.isEmpty());
    QVERIFY(c.participant.name.isEmpty());
    QVERIFY(c.participant.profileUrl.isEmpty());
    QVERIFY(c.lastMessage.text.isEmpty());
    QVERIFY(!c.lastMessage.time.isValid());
    QCOMPARE(c.unreadCount, 0);
    QVERIFY(c.type.isEmpty());
    QVERIFY(c.isNormalType());
    QVERIFY(!c.lastMessageSentByMe());

    const Person p = InboxParser::parsePerson(QJsonObject());
    QVERIFY(p.name.isEmpty());
    QVERIFY(p.headline.isEmpty());
    QVERIFY(p.profileUrl.isEmpty());
    QVERIFY(p.pictureUrl.isEmpty());
}

void TestInboxParser::conversationsNotAnArray_data()
{
    QTest::addColumn<QJsonValue>("conversations");
    for (const auto &[name, value] : wrongValues()) {
        if (!value.isArray())
            QTest::newRow(name.constData()) << value;
    }
    QTest::newRow("object of entries") << QJsonValue(QJsonObject{{u"0"_s, validEntry()}});
    QTest::newRow("empty array") << QJsonValue(QJsonArray());
}

void TestInboxParser::conversationsNotAnArray()
{
    QFETCH(QJsonValue, conversations);
    QJsonObject data = pageWith(conversations);
    data.insert(u"next_cursor"_s, u"more"_s);
    const InboxPage page = InboxParser::parsePage(data, AnyNumber);
    QVERIFY(page.conversations.isEmpty());
    QCOMPARE(page.skippedEntries, 0);
    QCOMPARE(page.nextCursor, u"more"_s);
}

void TestInboxParser::skipsBadEntries()
{
    QJsonObject noId = validEntry();
    noId.remove(u"conversation_id"_s);
    QJsonObject nullId = validEntry();
    nullId.insert(u"conversation_id"_s, QJsonValue::Null);
    QJsonObject numberId = validEntry();
    numberId.insert(u"conversation_id"_s, 12345);
    QJsonObject objectId = validEntry();
    objectId.insert(u"conversation_id"_s, QJsonObject{{u"id"_s, u"x"_s}});
    QJsonObject emptyId = validEntry(QString());

    const QJsonArray entries{1,
                             u"text"_s,
                             QJsonValue::Null,
                             true,
                             QJsonArray{validEntry()},
                             noId,
                             nullId,
                             numberId,
                             objectId,
                             emptyId,
                             QJsonObject(),
                             validEntry(u"a"_s),
                             validEntry(u"b"_s)};
    const InboxPage page = InboxParser::parsePage(pageWith(entries), AnyNumber);
    QCOMPARE(page.conversations.size(), 2);
    QCOMPARE(page.skippedEntries, 11);
    QCOMPARE(page.conversations.at(0).id, u"a"_s);
    QCOMPARE(page.conversations.at(1).id, u"b"_s);
    QCOMPARE(page.conversations.at(0).participant.name, u"Bob"_s);
}

void TestInboxParser::entryFieldWrongType_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");

    for (const QString &field : {u"participant"_s, u"last_message"_s, u"unread"_s, u"type"_s}) {
        for (const auto &[name, value] : wrongValues()) {
            QTest::addRow("%s %s", qPrintable(field), name.constData()) << field << value;
        }
    }
    for (const QString &field : {u"text"_s, u"time"_s, u"sender"_s}) {
        for (const auto &[name, value] : wrongValues()) {
            QTest::addRow("last_message.%s %s", qPrintable(field), name.constData())
                    << (u"last_message."_s + field) << value;
        }
    }
}

// Whatever one field holds, the entry still parses and the other fields are intact.
void TestInboxParser::entryFieldWrongType()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);

    QJsonObject entry = validEntry();
    const auto set = [&value](QJsonObject &object, const QString &key) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
    };
    if (field.startsWith(u"last_message."_s)) {
        QJsonObject last = entry.value(u"last_message"_s).toObject();
        set(last, field.mid(13));
        entry.insert(u"last_message"_s, last);
    } else {
        set(entry, field);
    }

    const InboxPage page = InboxParser::parsePage(pageWith(QJsonArray{entry}), AnyNumber);
    QCOMPARE(page.conversations.size(), 1);
    QCOMPARE(page.skippedEntries, 0);
    const Conversation &c = page.conversations.first();
    QCOMPARE(c.id, u"urn:li:msg_conversation:1"_s);

    if (field == u"participant") {
        if (!value.isObject()) {
            QVERIFY(c.participant.name.isEmpty());
            QVERIFY(c.participant.profileUrl.isEmpty());
        }
    } else {
        QCOMPARE(c.participant.name, u"Bob"_s);
    }

    if (field == u"last_message") {
        if (!value.isObject()) {
            QVERIFY(c.lastMessage.text.isEmpty());
            QVERIFY(!c.lastMessage.time.isValid());
            QVERIFY(c.lastMessage.sender.name.isEmpty());
        }
    } else if (field == u"last_message.text") {
        QCOMPARE(c.lastMessage.text, value.isString() ? value.toString() : QString());
        QVERIFY(c.lastMessage.time.isValid());
    } else if (field == u"last_message.time") {
        // A number is milliseconds, however odd (42 ms after the epoch); the rest is no time.
        QCOMPARE(c.lastMessage.time.isValid(), value.isDouble());
        QCOMPARE(c.lastMessage.text, u"hello"_s);
    } else if (field == u"last_message.sender") {
        if (!value.isObject())
            QVERIFY(c.lastMessage.sender.name.isEmpty());
        QCOMPARE(c.lastMessage.text, u"hello"_s);
    } else {
        QCOMPARE(c.lastMessage.text, u"hello"_s);
        QVERIFY(c.lastMessage.time.isValid());
    }

    if (field == u"unread") {
        QCOMPARE(c.unreadCount, value.isDouble() ? 42 : 0);
    } else {
        QCOMPARE(c.unreadCount, 1);
    }

    if (field == u"type") {
        QCOMPARE(c.type, value.isString() ? value.toString() : QString());
    } else {
        QCOMPARE(c.type, u"normal"_s);
    }
}

void TestInboxParser::personFieldWrongType_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");

    for (const QString &field :
         {u"name"_s, u"headline"_s, u"profile_url"_s, u"profile_picture"_s}) {
        for (const auto &[name, value] : wrongValues()) {
            if (!value.isString())
                QTest::addRow("%s %s", qPrintable(field), name.constData()) << field << value;
        }
    }
}

void TestInboxParser::personFieldWrongType()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);

    QJsonObject object{{u"name"_s, u"Anna"_s},
                       {u"headline"_s, u"CEO"_s},
                       {u"profile_url"_s, u"https://www.linkedin.com/in/anna"_s},
                       {u"profile_picture"_s, u"https://media.licdn.com/a.jpg"_s}};
    if (value.isUndefined())
        object.remove(field);
    else
        object.insert(field, value);

    const Person p = InboxParser::parsePerson(object);
    QCOMPARE(p.name, field == u"name" ? QString() : u"Anna"_s);
    QCOMPARE(p.headline, field == u"headline" ? QString() : u"CEO"_s);
    QCOMPARE(p.profileUrl,
             field == u"profile_url" ? QString() : u"https://www.linkedin.com/in/anna"_s);
    QCOMPARE(p.pictureUrl,
             field == u"profile_picture" ? QString() : u"https://media.licdn.com/a.jpg"_s);
}

void TestInboxParser::personUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QUrl>("expected");

    QTest::newRow("vanity") << u"https://www.linkedin.com/in/anna"_s
                            << QUrl(u"https://www.linkedin.com/in/anna"_s);
    QTest::newRow("opaque id") << u"https://www.linkedin.com/in/ACoAABcDeFg123"_s
                               << QUrl(u"https://www.linkedin.com/in/ACoAABcDeFg123"_s);
    QTest::newRow("surrounding spaces") << u"  https://www.linkedin.com/in/anna \n"_s
                                        << QUrl(u"https://www.linkedin.com/in/anna"_s);
    QTest::newRow("empty") << QString() << QUrl();
    QTest::newRow("blank") << u"   "_s << QUrl();
    QTest::newRow("spaces inside") << u"https://www.linkedin.com/in/an na"_s << QUrl();
    QTest::newRow("bad port") << u"https://www.linkedin.com:99999/in/anna"_s << QUrl();
    QTest::newRow("upper-case host")
            << u"HTTPS://WWW.LinkedIn.COM/in/Anna"_s << QUrl(u"https://www.linkedin.com/in/Anna"_s);
    QTest::newRow("escaped path") << u"https://www.linkedin.com/in/j%c3%b6rg"_s
                                  << QUrl(u"https://www.linkedin.com/in/j%C3%B6rg"_s);
    QTest::newRow("loopback picture") << u"http://127.0.0.1:47630/avatars/g1.png"_s
                                      << QUrl(u"http://127.0.0.1:47630/avatars/g1.png"_s);
    QTest::newRow("IPv4 shorthand") << u"http://127.1/a.png"_s << QUrl(u"http://127.0.0.1/a.png"_s);
    // The parser keeps what is a URL; the policy decides later what may be opened.
    QTest::newRow("javascript kept as data")
            << u"javascript:alert(1)"_s << QUrl(u"javascript:alert(1)"_s);
}

void TestInboxParser::personUrls()
{
    QFETCH(QString, text);
    QFETCH(QUrl, expected);
    const Person p = InboxParser::parsePerson(QJsonObject{{u"profile_url"_s, text}});
    // The text the QUrl the parser kept before gave back, and that QUrl again where used.
    QCOMPARE(p.profileUrl, expected.toString());
    QCOMPARE(UrlText::toUrl(p.profileUrl), expected);
}

// A page reads a sender equal to one it has just read by sharing that Person: every entry
// must still come out as it does alone, whatever repeats, nearly repeats or alternates.
void TestInboxParser::repeatedSendersReadAsAlone()
{
    const QJsonObject owner{{u"name"_s, u"Me"_s},
                            {u"profile_url"_s, u"https://www.linkedin.com/in/me"_s},
                            {u"profile_picture"_s, u"https://media.licdn.com/me.jpg"_s}};
    QJsonObject ownerNewPicture = owner;
    ownerNewPicture.insert(u"profile_picture"_s, u"https://media.licdn.com/me2.jpg"_s);
    QJsonObject ownerAsNumber = owner;
    ownerAsNumber.insert(u"name"_s, 1);
    const QJsonObject anna{{u"name"_s, u"Anna"_s},
                           {u"profile_url"_s, u"https://www.linkedin.com/in/anna"_s}};
    QJsonObject bigAnna = anna;
    for (int i = 0; i < 40; ++i)
        bigAnna.insert(u"k%1"_s.arg(i), i);
    const QJsonObject bob{{u"name"_s, u"Bob"_s}};
    const QList<QPair<QJsonObject, QJsonValue>> pairs{{anna, anna},
                                                      {anna, owner},
                                                      {bob, owner},
                                                      {bob, ownerNewPicture},
                                                      {anna, owner},
                                                      {anna, anna},
                                                      {bigAnna, bigAnna},
                                                      {bigAnna, anna},
                                                      {anna, ownerAsNumber},
                                                      {bob, QJsonObject()},
                                                      {QJsonObject(), QJsonObject()},
                                                      {bob, u"Bob"_s},
                                                      {anna, bob},
                                                      {bob, bob},
                                                      {owner, owner}};
    QJsonArray entries;
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        entries.append(
                QJsonObject{{u"conversation_id"_s, u"c%1"_s.arg(i)},
                            {u"participant"_s, pairs.at(i).first},
                            {u"last_message"_s,
                             QJsonObject{{u"text"_s, u"t"_s}, {u"sender"_s, pairs.at(i).second}}}});
    }
    const InboxPage page = InboxParser::parsePage(pageWith(entries), AnyNumber);
    QCOMPARE(page.conversations.size(), pairs.size());
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const Conversation alone = InboxParser::parseConversation(entries.at(i).toObject());
        for (const auto &[got, want] :
             {std::pair{page.conversations.at(i).participant, alone.participant},
              std::pair{page.conversations.at(i).lastMessage.sender, alone.lastMessage.sender}}) {
            QCOMPARE(got.name, want.name);
            QCOMPARE(got.headline, want.headline);
            QCOMPARE(got.profileUrl, want.profileUrl);
            QCOMPARE(got.pictureUrl, want.pictureUrl);
        }
    }
    QCOMPARE(page.conversations.at(3).lastMessage.sender.pictureUrl,
             u"https://media.licdn.com/me2.jpg"_s);
    QCOMPARE(page.conversations.at(8).lastMessage.sender.name, QString());
}

// Senders that differ from the participant, or from the sender before, in ways an
// equality test could miss: each must read as parsePerson() reads it alone.
void TestInboxParser::nearlyEqualSendersReadAsParsePerson()
{
    const QList<QByteArray> names{R"("Anna")",
                                  R"("Anna\u0000")",
                                  R"("\ud800")",
                                  R"("\udc00")",
                                  R"("\ud83d")",
                                  R"("é")",
                                  R"("\u00e9")",
                                  R"("e\u0301")",
                                  R"("\u202Eanna")",
                                  R"("anna")",
                                  "1",
                                  "1.0",
                                  "-0.0",
                                  "0",
                                  "null",
                                  "true",
                                  "{}",
                                  "[]"};
    QByteArray json = R"({"conversations":[)";
    int entries = 0;
    for (const QByteArray &a : names) {
        for (const QByteArray &b : names) {
            const QByteArray person = R"({"profile_url":"https://www.linkedin.com/in/a","name":)";
            json += QByteArray(entries ? "," : "") + R"({"conversation_id":"c)"
                    + QByteArray::number(entries) + R"(","participant":)" + person + a
                    + R"(},"last_message":{"sender":)" + person + b + "}}}";
            ++entries;
        }
    }
    const QJsonObject data = objectFrom(json + "]}");
    const InboxPage page = InboxParser::parsePage(data, AnyNumber);
    QCOMPARE(page.conversations.size(), entries);
    const QJsonArray array = data.value(u"conversations").toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject entry = array.at(i).toObject();
        const Person participant = InboxParser::parsePerson(entry.value(u"participant").toObject());
        const Person sender = InboxParser::parsePerson(
                entry.value(u"last_message").toObject().value(u"sender").toObject());
        for (const auto &[got, want] :
             {std::pair{page.conversations.at(i).participant, participant},
              std::pair{page.conversations.at(i).lastMessage.sender, sender}}) {
            QCOMPARE(got.name, want.name);
            QCOMPARE(got.name.isNull(), want.name.isNull());
            QCOMPARE(got.headline, want.headline);
            QCOMPARE(got.profileUrl, want.profileUrl);
            QCOMPARE(got.pictureUrl, want.pictureUrl);
        }
    }
}

void TestInboxParser::hugeText()
{
    QString text(200000, u'x');
    text[0] = u'<';
    text[199999] = QChar(0x202E);
    QJsonObject entry = validEntry();
    QJsonObject last = entry.value(u"last_message"_s).toObject();
    last.insert(u"text"_s, text);
    entry.insert(u"last_message"_s, last);
    QJsonObject participant = entry.value(u"participant"_s).toObject();
    participant.insert(u"name"_s, text);
    entry.insert(u"participant"_s, participant);

    // Through real JSON bytes, as it comes off the wire.
    const QByteArray bytes = QJsonDocument(pageWith(QJsonArray{entry})).toJson();
    const InboxPage page = InboxParser::parsePage(objectFrom(bytes), AnyNumber);
    QCOMPARE(page.conversations.size(), 1);
    // Bounded where it enters the app, marked as cut.
    const QString kept = page.conversations.first().lastMessage.text;
    QCOMPARE(kept.size(), JsonFields::Limits::Message);
    QCOMPARE(kept.chopped(1), text.left(JsonFields::Limits::Message - 1));
    QCOMPARE(kept.back(), QChar(0x2026));
    QCOMPARE(page.conversations.first().participant.name.size(), JsonFields::Limits::Name);
    QVERIFY(text.startsWith(page.conversations.first().participant.name.chopped(1)));
}

void TestInboxParser::markupKeptLiterally()
{
    const QString markup =
            u"<b>Hi</b> <img src=x onerror=alert(1)> &amp; &lt;script&gt; \u202E\n\t\0end"_s;
    QJsonObject entry = validEntry();
    QJsonObject last = entry.value(u"last_message"_s).toObject();
    last.insert(u"text"_s, markup);
    entry.insert(u"last_message"_s, last);
    entry.insert(
            u"participant"_s,
            QJsonObject{{u"name"_s, u"<i>Eve</i>"_s}, {u"headline"_s, u"<a href='x'>CEO</a>"_s}});

    const QByteArray bytes = QJsonDocument(entry).toJson(QJsonDocument::Compact);
    const Conversation c = InboxParser::parseConversation(objectFrom(bytes));
    QCOMPARE(c.lastMessage.text, markup);
    QCOMPARE(c.participant.name, u"<i>Eve</i>"_s);
    QCOMPARE(c.participant.headline, u"<a href='x'>CEO</a>"_s);
}

void TestInboxParser::unreadCount_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("expected");

    QTest::newRow("zero") << QJsonValue(0) << 0;
    QTest::newRow("three") << QJsonValue(3) << 3;
    QTest::newRow("fraction") << QJsonValue(2.7) << 2;
    QTest::newRow("negative") << QJsonValue(-4) << 0;
    QTest::newRow("negative huge") << QJsonValue(-1e300) << 0;
    QTest::newRow("int max") << QJsonValue(double(std::numeric_limits<int>::max())) << 1000000;
    QTest::newRow("huge") << QJsonValue(1e300) << 1000000;
    QTest::newRow("a million") << QJsonValue(1000000) << 1000000;
    QTest::newRow("string number") << QJsonValue(u"3"_s) << 3;
    QTest::newRow("string garbage") << QJsonValue(u"three"_s) << 0;
    QTest::newRow("string negative") << QJsonValue(u"-3"_s) << 0;
    // Overflowing strings read as infinity: capped like any huge count.
    QTest::newRow("string huge") << QJsonValue(u"1e400"_s) << 1000000;
    QTest::newRow("string nan") << QJsonValue(u"nan"_s) << 0;
    QTest::newRow("string inf") << QJsonValue(u"inf"_s) << 1000000;
    QTest::newRow("bool") << QJsonValue(true) << 0;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << 0;
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << 0;
    QTest::newRow("array") << QJsonValue(QJsonArray{5}) << 0;
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"count"_s, 5}}) << 0;
}

void TestInboxParser::unreadCount()
{
    QFETCH(QJsonValue, value);
    QFETCH(int, expected);
    QJsonObject entry = validEntry();
    if (value.isUndefined())
        entry.remove(u"unread"_s);
    else
        entry.insert(u"unread"_s, value);
    QCOMPARE(InboxParser::parseConversation(entry).unreadCount, expected);
}

void TestInboxParser::time_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<qint64>("expectedMs"); // -1: invalid

    QTest::newRow("contract") << QJsonValue(1748629426457.0) << Q_INT64_C(1748629426457);
    QTest::newRow("one ms after the epoch") << QJsonValue(1) << Q_INT64_C(1);
    QTest::newRow("year 9999") << QJsonValue(253402300798000.0) << Q_INT64_C(253402300798000);
    QTest::newRow("fraction") << QJsonValue(1748629426457.9) << Q_INT64_C(1748629426457);
    QTest::newRow("numeric string") << QJsonValue(u"1748629426457"_s) << Q_INT64_C(1748629426457);
    QTest::newRow("zero") << QJsonValue(0) << Q_INT64_C(-1);
    // Found by fuzz_inbox_page: the fraction is dropped, and what is left is no time.
    QTest::newRow("under one ms") << QJsonValue(0.5) << Q_INT64_C(-1);
    QTest::newRow("negative") << QJsonValue(-1748629426457.0) << Q_INT64_C(-1);
    QTest::newRow("1e300") << QJsonValue(1e300) << Q_INT64_C(-1);
    QTest::newRow("-1e300") << QJsonValue(-1e300) << Q_INT64_C(-1);
    QTest::newRow("past year 9999") << QJsonValue(253402300800000.0) << Q_INT64_C(-1);
    QTest::newRow("ISO string") << QJsonValue(u"2025-05-30T18:23:46Z"_s) << Q_INT64_C(-1);
    QTest::newRow("garbage string") << QJsonValue(u"yesterday"_s) << Q_INT64_C(-1);
    QTest::newRow("string 1e300") << QJsonValue(u"1e300"_s) << Q_INT64_C(-1);
    QTest::newRow("string nan") << QJsonValue(u"nan"_s) << Q_INT64_C(-1);
    QTest::newRow("string inf") << QJsonValue(u"inf"_s) << Q_INT64_C(-1);
    QTest::newRow("empty string") << QJsonValue(QString()) << Q_INT64_C(-1);
    QTest::newRow("bool") << QJsonValue(true) << Q_INT64_C(-1);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << Q_INT64_C(-1);
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << Q_INT64_C(-1);
    QTest::newRow("array") << QJsonValue(QJsonArray{1748629426457.0}) << Q_INT64_C(-1);
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"ms"_s, 1}}) << Q_INT64_C(-1);
}

void TestInboxParser::time()
{
    QFETCH(QJsonValue, value);
    QFETCH(qint64, expectedMs);

    QJsonObject last{{u"text"_s, u"x"_s}};
    if (!value.isUndefined())
        last.insert(u"time"_s, value);
    const Conversation c = InboxParser::parseConversation(
            QJsonObject{{u"conversation_id"_s, u"c"_s}, {u"last_message"_s, last}});
    if (expectedMs < 0) {
        QVERIFY(!c.lastMessage.time.isValid());
    } else {
        QVERIFY(c.lastMessage.time.isValid());
        QCOMPARE(c.lastMessage.time.timeSpec(), Qt::UTC);
        QCOMPARE(c.lastMessage.time.toMSecsSinceEpoch(), expectedMs);
    }
}

void TestInboxParser::nextCursor_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("string") << QJsonValue(u"REVTQ0VO"_s) << u"REVTQ0VO"_s;
    QTest::newRow("empty string") << QJsonValue(QString()) << QString();
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString();
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << QString();
    QTest::newRow("number") << QJsonValue(12345) << QString();
    QTest::newRow("bool") << QJsonValue(false) << QString();
    QTest::newRow("array") << QJsonValue(QJsonArray{u"x"_s}) << QString();
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"cursor"_s, u"x"_s}}) << QString();
}

void TestInboxParser::nextCursor()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QJsonObject data = pageWith(QJsonArray{validEntry()});
    if (!value.isUndefined())
        data.insert(u"next_cursor"_s, value);
    const InboxPage page = InboxParser::parsePage(data, AnyNumber);
    QCOMPARE(page.nextCursor, expected);
    QCOMPARE(page.conversations.size(), 1);
}

void TestInboxParser::keepsOrder()
{
    QJsonArray entries;
    for (int i = 0; i < 25; ++i)
        entries.append(validEntry(QString::number(i)));
    const InboxPage page = InboxParser::parsePage(pageWith(entries), AnyNumber);
    QCOMPARE(page.conversations.size(), 25);
    for (int i = 0; i < 25; ++i)
        QCOMPARE(page.conversations.at(i).id, QString::number(i));
}

void TestInboxParser::isNormalType_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("normal");

    QTest::newRow("normal") << u"normal"_s << true;
    QTest::newRow("upper case") << u"NORMAL"_s << true;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("inmail") << u"inmail"_s << false;
    QTest::newRow("sponsored") << u"sponsored"_s << false;
    QTest::newRow("normal with space") << u"normal "_s << false;
}

void TestInboxParser::isNormalType()
{
    QFETCH(QString, type);
    QFETCH(bool, normal);
    Conversation c;
    c.type = type;
    QCOMPARE(c.isNormalType(), normal);
}

void TestInboxParser::sentByMe_data()
{
    QTest::addColumn<QString>("participantName");
    QTest::addColumn<QString>("participantUrl");
    QTest::addColumn<QString>("senderName");
    QTest::addColumn<QString>("senderUrl");
    QTest::addColumn<bool>("sentByMe");

    const QString anna = u"https://www.linkedin.com/in/anna-smith"_s;
    QTest::newRow("same url") << u"Anna"_s << anna << u"Anna"_s << anna << false;
    QTest::newRow("without www") << u"Anna"_s << anna << u"Anna"_s
                                 << u"https://linkedin.com/in/anna-smith"_s << false;
    QTest::newRow("trailing slash") << u"Anna"_s << anna << u"Anna"_s
                                    << u"https://www.linkedin.com/in/anna-smith/"_s << false;
    QTest::newRow("host case") << u"Anna"_s << anna << u"Anna"_s
                               << u"https://WWW.LinkedIn.COM/in/anna-smith"_s << false;
    QTest::newRow("slug case") << u"Anna"_s << anna << u"Anna"_s
                               << u"https://www.linkedin.com/in/Anna-Smith"_s << false;
    QTest::newRow("http scheme") << u"Anna"_s << anna << u"Anna"_s
                                 << u"http://www.linkedin.com/in/anna-smith"_s << false;
    QTest::newRow("query string") << u"Anna"_s << anna << u"Anna"_s
                                  << u"https://www.linkedin.com/in/anna-smith?trk=x"_s << false;
    QTest::newRow("same url, other name") << u"Anna"_s << anna << u"Anna S."_s << anna << false;
    QTest::newRow("different url")
            << u"Anna"_s << anna << u"Me"_s << u"https://www.linkedin.com/in/me"_s << true;
    QTest::newRow("different url, same name")
            << u"Anna"_s << anna << u"Anna"_s << u"https://www.linkedin.com/in/other-anna"_s
            << true;
    QTest::newRow("slug prefix is another profile")
            << u"Anna"_s << anna << u"Anna"_s << u"https://www.linkedin.com/in/anna-smith-2"_s
            << true;
    QTest::newRow("sender missing") << u"Anna"_s << anna << QString() << QString() << false;
    QTest::newRow("everything missing")
            << QString() << QString() << QString() << QString() << false;
    QTest::newRow("participant missing, sender known")
            << QString() << QString() << u"Me"_s << u"https://www.linkedin.com/in/me"_s << false;
    // Without both URLs the names decide.
    QTest::newRow("no urls, same name")
            << u"Anna"_s << QString() << u"Anna"_s << QString() << false;
    QTest::newRow("no urls, other name") << u"Anna"_s << QString() << u"Me"_s << QString() << true;
    QTest::newRow("sender url only, other name")
            << u"Anna"_s << QString() << u"Me"_s << u"https://www.linkedin.com/in/me"_s << true;
    QTest::newRow("participant url only, same name")
            << u"Anna"_s << anna << u"Anna"_s << QString() << false;
    QTest::newRow("participant url only, other name")
            << u"Anna"_s << anna << u"Me"_s << QString() << true;
    QTest::newRow("no urls, sender name missing")
            << u"Anna"_s << QString() << QString() << QString() << false;
}

void TestInboxParser::sentByMe()
{
    QFETCH(QString, participantName);
    QFETCH(QString, participantUrl);
    QFETCH(QString, senderName);
    QFETCH(QString, senderUrl);
    QFETCH(bool, sentByMe);

    const Conversation c = conversationWith(participantName, participantUrl, senderName, senderUrl);
    QCOMPARE(c.lastMessageSentByMe(), sentByMe);
}

void TestInboxParser::sentByMeFromParsedReply()
{
    const QJsonObject data = objectFrom(R"({"conversations": [
        {"conversation_id": "1",
         "participant": {"name": "Anna", "profile_url": "https://www.linkedin.com/in/anna"},
         "last_message": {"text": "hi", "sender": {"name": "Me",
                          "profile_url": "https://www.linkedin.com/in/ACoAAme"}}},
        {"conversation_id": "2",
         "participant": {"name": "Anna", "profile_url": "https://www.linkedin.com/in/anna"},
         "last_message": {"text": "hi", "sender": {"name": "Anna",
                          "profile_url": "https://linkedin.com/in/anna/"}}},
        {"conversation_id": "3",
         "participant": {"name": "Anna", "profile_url": "https://www.linkedin.com/in/anna"},
         "last_message": {"text": "hi"}},
        {"conversation_id": "4",
         "participant": {"name": "Anna", "profile_url": 7},
         "last_message": {"text": "hi", "sender": {"name": "Me", "profile_url": null}}}
    ]})");
    const InboxPage page = InboxParser::parsePage(data, AnyNumber);
    QCOMPARE(page.conversations.size(), 4);
    QVERIFY(page.conversations.at(0).lastMessageSentByMe());
    QVERIFY(!page.conversations.at(1).lastMessageSentByMe());
    QVERIFY(!page.conversations.at(2).lastMessageSentByMe());
    QVERIFY(page.conversations.at(3).lastMessageSentByMe());
}

void TestInboxParser::sameProfile_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    QTest::newRow("identical") << u"https://www.linkedin.com/in/x"_s
                               << u"https://www.linkedin.com/in/x"_s << true;
    QTest::newRow("www") << u"https://www.linkedin.com/in/x"_s << u"https://linkedin.com/in/x"_s
                         << true;
    QTest::newRow("slashes") << u"https://www.linkedin.com/in/x//"_s
                             << u"https://www.linkedin.com/in/x"_s << true;
    QTest::newRow("percent-encoded") << u"https://www.linkedin.com/in/j%C3%B6rg"_s
                                     << u"https://www.linkedin.com/in/jörg"_s << true;
    QTest::newRow("host case, as parsed") << UrlText::canonical(u"https://WWW.LinkedIn.COM/in/x"_s)
                                          << u"https://linkedin.com/in/X/"_s << true;
    QTest::newRow("other person") << u"https://www.linkedin.com/in/x"_s
                                  << u"https://www.linkedin.com/in/y"_s << false;
    QTest::newRow("other host") << u"https://www.linkedin.com/in/x"_s
                                << u"https://evil.example/in/x"_s << false;
    QTest::newRow("company vs person") << u"https://www.linkedin.com/company/x"_s
                                       << u"https://www.linkedin.com/in/x"_s << false;
}

void TestInboxParser::sameProfile()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(::sameProfile(a, b), same);
    QCOMPARE(::sameProfile(b, a), same);
}

QTEST_GUILESS_MAIN(TestInboxParser)
#include "tst_inboxparser.moc"
