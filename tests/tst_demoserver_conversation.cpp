// The built-in server's /messages/conversation: a thread for every sample conversation
// that agrees with the inbox, threads of varied length and content, paging by cursor and
// the real request checks.

#include "demo/samplethreads.h"
#include "demo/scripting/scripteddemoserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestDemoServerConversation : public QObject
{
    Q_OBJECT

private:
    ScriptedDemoServer m_server;
    QNetworkAccessManager m_network;
    QString m_longest; // a sample conversation with a full 60-message thread

    struct Answer
    {
        int status = 0;
        QJsonObject body;
    };

    Answer post(const QByteArray &body, const QString &path, const QByteArray &apiKey = "demo-key",
                DemoServer *server = nullptr)
    {
        DemoServer *target = server ? server : &m_server;
        QNetworkRequest request(target->baseUrl().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("x-api-key", apiKey);
        return wait(m_network.post(request, body));
    }

    static Answer wait(QNetworkReply *reply)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        [&] { QVERIFY(finished.wait(5000)); }();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

    static QByteArray withOverrides(QJsonObject body, const QJsonObject &overrides)
    {
        for (auto it = overrides.begin(); it != overrides.end(); ++it) {
            if (it->isNull()) // null in overrides: leave the field out
                body.remove(it.key());
            else
                body.insert(it.key(), *it);
        }
        return QJsonDocument(body).toJson();
    }

    QByteArray conversationBody(const QString &id, const QJsonObject &overrides = {}) const
    {
        return withOverrides({{u"login_token"_s, u"demo-token"_s},
                              {u"country"_s, u"FR"_s},
                              {u"total_results"_s, 10},
                              {u"conversation_id"_s, id}},
                             overrides);
    }

    Answer conversation(const QString &id, const QJsonObject &overrides = {})
    {
        return post(conversationBody(id, overrides), u"v1/messages/conversation"_s);
    }

    // Every conversation of one inbox category, through the inbox call itself.
    QList<QJsonObject> inbox(const QString &category)
    {
        QList<QJsonObject> all;
        QJsonValue cursor;
        for (int page = 0; page < 50; ++page) {
            QJsonObject overrides{{u"category"_s, category}, {u"total_results"_s, 25}};
            if (cursor.isString())
                overrides.insert(u"next_cursor"_s, cursor);
            const QJsonObject data = post(withOverrides({{u"login_token"_s, u"demo-token"_s},
                                                         {u"country"_s, u"FR"_s}},
                                                        overrides),
                                          u"v1/messages/inbox"_s)
                                             .body.value(u"data")
                                             .toObject();
            for (const QJsonValue &entry : data.value(u"conversations").toArray())
                all.append(entry.toObject());
            cursor = data.value(u"next_cursor");
            if (!cursor.isString())
                break;
        }
        return all;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listenOnLoopback());
        QStringList ids = m_server.sampleConversationIds();
        ids.sort();
        const auto full = std::find_if(ids.cbegin(), ids.cend(), [this](const QString &id) {
            return m_server.sampleThread(id).size() == SampleThreads::MaxLength;
        });
        QVERIFY(full != ids.cend());
        m_longest = *full;
    }

    // Open any conversation from the list and its newest message is the one the list shows.
    void everyConversationHasAThreadThatAgreesWithTheInbox()
    {
        int checked = 0;
        QSet<QString> seen;
        for (const QString &category : {u"INBOX"_s, u"INMAIL"_s, u"JOB"_s}) {
            const QList<QJsonObject> conversations = inbox(category);
            QCOMPARE(conversations.size(), m_server.sampleCount(category));
            for (const QJsonObject &c : conversations) {
                const QString id = c.value(u"conversation_id").toString();
                const Answer answer = conversation(id, {{u"total_results"_s, 1}});
                QCOMPARE(answer.status, 200);
                QCOMPARE(answer.body.value(u"status").toString(), u"success"_s);
                const QJsonObject data = answer.body.value(u"data").toObject();
                QCOMPARE(data.value(u"conversation_id").toString(), id);
                const QJsonArray messages = data.value(u"messages").toArray();
                QCOMPARE(messages.size(), 1);
                const QJsonObject newest = messages.first().toObject();
                const QJsonObject last = c.value(u"last_message").toObject();
                QCOMPARE(newest.value(u"text").toString(), last.value(u"text").toString());
                QCOMPARE(qint64(newest.value(u"timestamp").toDouble()),
                         qint64(last.value(u"time").toDouble()));
                const QJsonObject info = newest.value(u"sender_info").toObject();
                const QString senderName = last[u"sender"][u"name"].toString().simplified();
                QCOMPARE(QString(info.value(u"first_name").toString() + u' '
                                 + info.value(u"last_name").toString())
                                 .simplified(),
                         senderName);
                const bool fromOwner = senderName == u"Alex Morgan";
                QCOMPARE(newest.value(u"sender").toString() == SampleThreads::ownerUrn(),
                         fromOwner);
                QCOMPARE(newest.value(u"message_type").toString(), u"TEXT"_s);
                seen.insert(id);
                ++checked;
            }
        }
        QCOMPARE(seen.size(), checked);
        QCOMPARE(seen.size(), m_server.sampleConversationIds().size());
        qInfo("%d conversations checked", checked);
    }

    void threadsVaryInLengthAndContent()
    {
        QMap<int, int> lengths;
        int withSystem = 0;
        int withMultiLine = 0;
        int withLongText = 0;
        int withBothSides = 0;
        int longEnoughForBoth = 0;
        for (const QString &id : m_server.sampleConversationIds()) {
            const QList<QJsonObject> thread = m_server.sampleThread(id);
            ++lengths[int(thread.size())];
            QVERIFY(!thread.isEmpty());
            bool system = false, multiLine = false, longText = false, owner = false, other = false;
            QSet<QString> urns;
            qint64 newer = std::numeric_limits<qint64>::max();
            for (const QJsonObject &message : thread) {
                QVERIFY(message.value(u"text").isString());
                QVERIFY(message.value(u"timestamp").isDouble());
                QVERIFY(message.value(u"sender").toString().startsWith(u"urn:li:fsd_profile:"));
                QVERIFY(message.value(u"sender_info").isObject());
                const QString type = message.value(u"message_type").toString();
                QVERIFY(type == u"TEXT" || type == u"SYSTEM");
                const QString urn = message.value(u"entity_urn").toString();
                QVERIFY(urn.startsWith(u"urn:li:fsd_message:"));
                QVERIFY2(!urns.contains(urn), "entity_urn repeated in a thread");
                urns.insert(urn);
                const qint64 time = qint64(message.value(u"timestamp").toDouble());
                QVERIFY2(time < newer, "not newest first");
                newer = time;
                const QString text = message.value(u"text").toString();
                system |= type == u"SYSTEM";
                multiLine |= text.contains(u'\n');
                longText |= text.size() > 400;
                if (type == u"TEXT") {
                    const bool mine =
                            message.value(u"sender").toString() == SampleThreads::ownerUrn();
                    (mine ? owner : other) = true;
                }
            }
            withSystem += system;
            withMultiLine += multiLine;
            withLongText += longText;
            if (thread.size() >= 8) {
                ++longEnoughForBoth;
                withBothSides += owner && other;
            }
        }
        qInfo() << "thread lengths (length: conversations):" << lengths;
        qInfo("with SYSTEM %d, multi-line %d, long text %d, both sides %d of %d", withSystem,
              withMultiLine, withLongText, withBothSides, longEnoughForBoth);
        QCOMPARE(lengths.firstKey(), 1);
        QCOMPARE(lengths.lastKey(), SampleThreads::MaxLength);
        QVERIFY(lengths.size() >= 20);
        QVERIFY(lengths.value(1) >= 5);
        QVERIFY(lengths.value(SampleThreads::MaxLength) >= 2);
        QVERIFY(withSystem >= 20);
        QVERIFY(withMultiLine >= 20);
        QVERIFY(withLongText >= 10);
        QCOMPARE(withBothSides, longEnoughForBoth);
    }

    // The same conversation gets the same thread from any server instance, any run.
    void threadsAreDeterministic()
    {
        ScriptedDemoServer other;
        for (const QString &id : m_server.sampleConversationIds()) {
            const QList<QJsonObject> a = m_server.sampleThread(id);
            const QList<QJsonObject> b = other.sampleThread(id);
            QCOMPARE(a.size(), b.size());
            const qint64 shift = qint64(a.first().value(u"timestamp").toDouble())
                    - qint64(b.first().value(u"timestamp").toDouble());
            for (int i = 0; i < a.size(); ++i) {
                QJsonObject x = a.at(i);
                QJsonObject y = b.at(i);
                QCOMPARE(qint64(x.take(u"timestamp").toDouble()),
                         qint64(y.take(u"timestamp").toDouble()) + shift);
                QCOMPARE(x, y);
            }
        }
        QCOMPARE(SampleThreads::lengthFor(m_longest), SampleThreads::MaxLength);
        QVERIFY(SampleThreads::thread(QJsonObject()).isEmpty());
    }

    void pagesThroughTheLongestThread()
    {
        const QList<QJsonObject> thread = m_server.sampleThread(m_longest);
        QList<QJsonObject> paged;
        QJsonValue cursor;
        int pages = 0;
        while (pages < 20) {
            QJsonObject overrides;
            if (cursor.isString())
                overrides.insert(u"cursor"_s, cursor);
            const Answer answer = conversation(m_longest, overrides);
            QCOMPARE(answer.status, 200);
            ++pages;
            const QJsonObject data = answer.body.value(u"data").toObject();
            const QJsonArray messages = data.value(u"messages").toArray();
            QCOMPARE(messages.size(), 10);
            for (const QJsonValue &message : messages)
                paged.append(message.toObject());
            QVERIFY(data.contains(u"next_cursor"));
            cursor = data.value(u"next_cursor");
            if (cursor.isNull())
                break;
            QVERIFY(cursor.isString());
        }
        QCOMPARE(pages, 6);
        QCOMPARE(paged, thread);
    }

    void pageSizes_data()
    {
        QTest::addColumn<QJsonValue>("total");
        QTest::addColumn<int>("expected");
        QTest::newRow("default 10") << QJsonValue(QJsonValue::Null) << 10;
        QTest::newRow("1") << QJsonValue(1) << 1;
        QTest::newRow("20") << QJsonValue(20) << 20;
        QTest::newRow("capped at 25") << QJsonValue(100) << 25;
        QTest::newRow("huge") << QJsonValue(1e300) << 25;
    }

    void pageSizes()
    {
        QFETCH(QJsonValue, total);
        QFETCH(int, expected);
        const Answer answer = conversation(m_longest, {{u"total_results"_s, total}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body[u"data"][u"messages"].toArray().size(), expected);
    }

    void shortThreadEndsAtOnce()
    {
        QStringList ids = m_server.sampleConversationIds();
        ids.sort();
        const auto single = std::find_if(ids.cbegin(), ids.cend(), [this](const QString &id) {
            return m_server.sampleThread(id).size() == 1;
        });
        QVERIFY(single != ids.cend());
        const Answer answer = conversation(*single);
        QCOMPARE(answer.body[u"data"][u"messages"].toArray().size(), 1);
        QVERIFY(answer.body[u"data"][u"next_cursor"].isNull());
    }

    void rejectsBadRequests_data()
    {
        QTest::addColumn<QJsonObject>("overrides");
        QTest::addColumn<QByteArray>("apiKey");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QString invalidKey = u"Invalid API key or insufficient credits"_s;
        const QString missing = u"Required fields are missing"_s;
        const QString bad = u"Bad parameter"_s;
        QTest::newRow("wrong key") << QJsonObject() << QByteArray("nope") << 401 << invalidKey;
        QTest::newRow("no key") << QJsonObject() << QByteArray() << 401 << invalidKey;
        QTest::newRow("wrong token") << QJsonObject{{u"login_token"_s, u"x"_s}}
                                     << QByteArray("demo-key") << 401 << u"Session expired"_s;
        QTest::newRow("no token") << QJsonObject{{u"login_token"_s, QJsonValue::Null}}
                                  << QByteArray("demo-key") << 400 << missing;
        QTest::newRow("no conversation_id") << QJsonObject{{u"conversation_id"_s, QJsonValue::Null}}
                                            << QByteArray("demo-key") << 400 << missing;
        QTest::newRow("conversation_id a number") << QJsonObject{{u"conversation_id"_s, 7}}
                                                  << QByteArray("demo-key") << 400 << missing;
        QTest::newRow("unknown conversation")
                << QJsonObject{{u"conversation_id"_s, u"urn:li:msg_conversation:(x,y)"_s}}
                << QByteArray("demo-key") << 400 << bad;
        QTest::newRow("bad country")
                << QJsonObject{{u"country"_s, u"XX"_s}} << QByteArray("demo-key") << 400 << bad;
        QTest::newRow("zero results")
                << QJsonObject{{u"total_results"_s, 0}} << QByteArray("demo-key") << 400
                << u"total_results must be greater than 0"_s;
        QTest::newRow("results as text")
                << QJsonObject{{u"total_results"_s, u"ten"_s}} << QByteArray("demo-key") << 400
                << u"total_results must be greater than 0"_s;
        QTest::newRow("garbage cursor") << QJsonObject{{u"cursor"_s, u"!!garbage!!"_s}}
                                        << QByteArray("demo-key") << 400 << bad;
        QTest::newRow("cursor a number")
                << QJsonObject{{u"cursor"_s, 10}} << QByteArray("demo-key") << 400 << bad;
    }

    void rejectsBadRequests()
    {
        QFETCH(QJsonObject, overrides);
        QFETCH(QByteArray, apiKey);
        QFETCH(int, status);
        QFETCH(QString, message);
        const Answer answer =
                post(conversationBody(m_longest, overrides), u"v1/messages/conversation"_s, apiKey);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.body.value(u"status").toString(), u"error"_s);
        QCOMPARE(answer.body.value(u"message").toString(), message);
    }

    void notJsonIsMissingFields()
    {
        const Answer answer = post("{{{", u"v1/messages/conversation"_s);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.body.value(u"message").toString(), u"Required fields are missing"_s);
    }

    void onlyPostIsServed()
    {
        QNetworkRequest request(m_server.baseUrl().resolved(QUrl(u"v1/messages/conversation"_s)));
        const Answer answer = wait(m_network.get(request));
        QCOMPARE(answer.status, 405);
    }

    // A cursor only pages the thread it came from (nor is an inbox cursor a thread's).
    void cursorOfAnotherListIsRejected()
    {
        const QString threadCursor =
                conversation(m_longest).body[u"data"][u"next_cursor"].toString();
        QVERIFY(!threadCursor.isEmpty());
        QStringList ids = m_server.sampleConversationIds();
        ids.removeOne(m_longest);
        QCOMPARE(conversation(ids.first(), {{u"cursor"_s, threadCursor}}).status, 400);

        const QString inboxCursor = post(withOverrides({{u"login_token"_s, u"demo-token"_s},
                                                        {u"total_results"_s, 10},
                                                        {u"category"_s, u"INBOX"_s}},
                                                       {}),
                                         u"v1/messages/inbox"_s)
                                            .body[u"data"][u"next_cursor"]
                                            .toString();
        QVERIFY(!inboxCursor.isEmpty());
        QCOMPARE(conversation(m_longest, {{u"cursor"_s, inboxCursor}}).status, 400);
    }

    // The inbox's token rules hold here too: a token replaced by a newer login is expired.
    void expiredTokenIsRefusedLikeTheInbox()
    {
        ScriptedDemoServer server;
        QVERIFY(server.listenOnLoopback());
        server.setLoginToken(u"fresh-token"_s);
        const auto ask = [&](const QString &token) {
            return post(conversationBody(m_longest, {{u"login_token"_s, token}}),
                        u"v1/messages/conversation"_s, "demo-key", &server);
        };
        const Answer expired = ask(DemoServer::loginToken());
        QCOMPARE(expired.status, 403);
        QCOMPARE(expired.body.value(u"message").toString(), u"LinkedIn token expired"_s);
        QCOMPARE(ask(u"fresh-token"_s).status, 200);
        QCOMPARE(ask(u"never-issued"_s).status, 401);
    }

    void scriptedMisbehaviourAndRecording()
    {
        ScriptedDemoServer server;
        QVERIFY(server.listenOnLoopback());
        QSignalSpy served(&server, &ScriptedDemoServer::conversationRequestServed);
        server.scriptConversationCall(2,
                                      ScriptedReply::error(429, u"LinkedIn Rate limit exceeded"_s));
        const auto ask = [&](const QJsonObject &overrides = {}) {
            return post(conversationBody(m_longest, overrides), u"v1/messages/conversation"_s,
                        "demo-key", &server);
        };
        const Answer first = ask();
        QCOMPARE(first.status, 200);
        QCOMPARE(ask().status, 429);
        QCOMPARE(ask().status, 200);
        QCOMPARE(server.conversationCallCount(), 3);
        QCOMPARE(server.inboxCallCount(), 0);
        QCOMPARE(served.count(), 3);
        QCOMPARE(served.at(1).first().toInt(), 2);
        const RecordedRequest &recorded = server.conversationRequests().first();
        QCOMPARE(recorded.path, QByteArray("/v1/messages/conversation"));
        QCOMPARE(recorded.headers.value("x-api-key"), QByteArray("demo-key"));
        QCOMPARE(QJsonDocument::fromJson(recorded.body).object().value(u"conversation_id"),
                 QJsonValue(m_longest));

        // Told to repeat, the server answers a page with the cursor it was asked for.
        server.setRepeatConversationCursor(true);
        const QString cursor = first.body[u"data"][u"next_cursor"].toString();
        const Answer repeated = ask({{u"cursor"_s, cursor}});
        QCOMPARE(repeated.body[u"data"][u"next_cursor"].toString(), cursor);
        QCOMPARE(repeated.body[u"data"][u"messages"].toArray().size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestDemoServerConversation)
#include "tst_demoserver_conversation.moc"
