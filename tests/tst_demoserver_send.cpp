// The built-in server's /messages/send-message: the real checks (key, token, a known
// participant, a text that is there, not blank and within LinkedIn's limit), the message
// joining its thread and becoming the conversation's last message at the top of the
// inbox, scripted refusals and delays per call, and a bound on what it keeps.

#include "demo/samplethreads.h"
#include "demo/scripting/scripteddemoserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDemoServerSend : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScriptedDemoServer> m_server;
    QNetworkAccessManager m_network;

    struct Answer
    {
        int status = 0;
        QJsonObject body;
    };

    Answer post(const QString &path, const QJsonObject &body, const QByteArray &apiKey = "demo-key")
    {
        QNetworkRequest request(m_server->baseUrl().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("x-api-key", apiKey);
        QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        [&] { QVERIFY(finished.wait(5000)); }();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

    // The INBOX conversation at this position of the first page, and its participant's URL.
    QJsonObject inboxConversation(int at)
    {
        const Answer page = post(u"v1/messages/inbox"_s,
                                 {{u"login_token"_s, u"demo-token"_s},
                                  {u"total_results"_s, 20},
                                  {u"category"_s, u"INBOX"_s}});
        return page.body.value(u"data")[u"conversations"].toArray().at(at).toObject();
    }

    static QString profileOf(const QJsonObject &conversation)
    {
        return conversation.value(u"participant")[u"profile_url"].toString();
    }

    Answer send(const QString &url, const QJsonValue &text, const QJsonObject &overrides = {})
    {
        QJsonObject body{{u"login_token"_s, u"demo-token"_s},
                         {u"country"_s, u"FR"_s},
                         {u"linkedin_url"_s, url},
                         {u"message_text"_s, text}};
        for (auto it = overrides.begin(); it != overrides.end(); ++it) {
            if (it->isNull())
                body.remove(it.key());
            else
                body.insert(it.key(), *it);
        }
        return post(u"v1/messages/send-message"_s, body);
    }

    QJsonArray thread(const QString &conversationId)
    {
        return post(u"v1/messages/conversation"_s,
                    {{u"login_token"_s, u"demo-token"_s},
                     {u"total_results"_s, 10},
                     {u"conversation_id"_s, conversationId}})
                .body.value(u"data")[u"messages"]
                .toArray();
    }

private slots:
    void init()
    {
        m_server = std::make_unique<ScriptedDemoServer>();
        QVERIFY(m_server->listenOnLoopback());
    }

    void aSentMessageJoinsTheThreadAndTopsTheInbox()
    {
        const QJsonObject fifth = inboxConversation(5);
        const QString id = fifth.value(u"conversation_id").toString();
        const int before = int(m_server->sampleThread(id).size());
        const QString text = u"Merci 👩🏽‍💻\nשלום"_s;
        const Answer answer = send(profileOf(fifth), text);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body.value(u"status").toString(), u"success"_s);

        const QJsonObject newest = thread(id).first().toObject();
        QCOMPARE(newest.value(u"text").toString(), text);
        QCOMPARE(newest.value(u"sender").toString(), SampleThreads::ownerUrn());
        QCOMPARE(newest.value(u"message_type").toString(), u"TEXT"_s);
        QVERIFY(!newest.value(u"entity_urn").toString().isEmpty());
        QVERIFY(qAbs(qint64(newest.value(u"timestamp").toDouble())
                     - QDateTime::currentMSecsSinceEpoch())
                < 60000);
        // The thread is one longer: the made-up messages follow, as before.
        const QJsonArray all = post(u"v1/messages/conversation"_s,
                                    {{u"login_token"_s, u"demo-token"_s},
                                     {u"total_results"_s, 25},
                                     {u"conversation_id"_s, id}})
                                       .body.value(u"data")[u"messages"]
                                       .toArray();
        QCOMPARE(all.size(), qMin(25, before + 1));

        const QJsonObject top = inboxConversation(0);
        QCOMPARE(top.value(u"conversation_id").toString(), id);
        const QJsonObject last = top.value(u"last_message").toObject();
        QCOMPARE(last.value(u"text").toString(), text);
        QCOMPARE(last.value(u"sender")[u"name"].toString(), u"Alex Morgan"_s);
        QVERIFY(last.value(u"sender")[u"profile_picture"].toString().startsWith(
                u"http://127.0.0.1"));
        QCOMPARE(m_server->sendCallCount(), 1);
    }

    void refusals_data()
    {
        QTest::addColumn<QJsonObject>("overrides");
        QTest::addColumn<QByteArray>("apiKey");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QByteArray key = "demo-key";
        QTest::newRow("wrong key") << QJsonObject() << QByteArray("nope") << 401
                                   << u"Invalid API key or insufficient credits"_s;
        QTest::newRow("no token") << QJsonObject{{u"login_token"_s, QJsonValue::Null}} << key << 400
                                  << u"Required fields are missing"_s;
        QTest::newRow("wrong token") << QJsonObject{{u"login_token"_s, u"other"_s}} << key << 401
                                     << u"Session expired"_s;
        QTest::newRow("no url") << QJsonObject{{u"linkedin_url"_s, QJsonValue::Null}} << key << 400
                                << u"Required fields are missing"_s;
        QTest::newRow("unknown person")
                << QJsonObject{{u"linkedin_url"_s, u"https://www.linkedin.com/in/nobody-here"_s}}
                << key << 400 << u"Bad parameter"_s;
        QTest::newRow("no text") << QJsonObject{{u"message_text"_s, QJsonValue::Null}} << key << 400
                                 << u"Required fields are missing"_s;
        QTest::newRow("text not a string") << QJsonObject{{u"message_text"_s, 42}} << key << 400
                                           << u"Required fields are missing"_s;
        QTest::newRow("blank") << QJsonObject{{u"message_text"_s, u" \n\t "_s}} << key << 400
                               << u"Bad parameter"_s;
        QTest::newRow("too long") << QJsonObject{{u"message_text"_s,
                                                  QString(DemoServer::MaxMessageChars + 1, u'x')}}
                                  << key << 400 << u"Bad parameter"_s;
        QTest::newRow("bad country")
                << QJsonObject{{u"country"_s, u"XX"_s}} << key << 400 << u"Bad parameter"_s;
    }

    void refusals()
    {
        QFETCH(QJsonObject, overrides);
        QFETCH(QByteArray, apiKey);
        QFETCH(int, status);
        QFETCH(QString, message);
        const QJsonObject first = inboxConversation(0);
        QJsonObject body{{u"login_token"_s, u"demo-token"_s},
                         {u"country"_s, u"FR"_s},
                         {u"linkedin_url"_s, profileOf(first)},
                         {u"message_text"_s, u"Hello"_s}};
        for (auto it = overrides.begin(); it != overrides.end(); ++it) {
            if (it->isNull())
                body.remove(it.key());
            else
                body.insert(it.key(), *it);
        }
        const Answer answer = post(u"v1/messages/send-message"_s, body, apiKey);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.body.value(u"status").toString(), u"error"_s);
        QCOMPARE(answer.body.value(u"message").toString(), message);
        // Nothing was kept: the inbox and the thread are as they were.
        QCOMPARE(inboxConversation(0), first);
    }

    void aTextAtTheLimitIsTaken()
    {
        const QJsonObject first = inboxConversation(3);
        const QString text(DemoServer::MaxMessageChars, u'y');
        QCOMPARE(send(profileOf(first), text).status, 200);
        QCOMPARE(thread(first.value(u"conversation_id").toString()).first()[u"text"].toString(),
                 text);
    }

    void aScriptedRefusalKeepsNothingAndADelayKeepsIt()
    {
        const QJsonObject third = inboxConversation(2);
        const QString id = third.value(u"conversation_id").toString();
        const QString before = thread(id).first()[u"text"].toString();
        m_server->scriptSendCall(1, ScriptedReply::error(429, u"LinkedIn Rate limit exceeded"_s));
        QCOMPARE(send(profileOf(third), u"Refused"_s).status, 429);
        QCOMPARE(thread(id).first()[u"text"].toString(), before);

        ScriptedReply slow;
        slow.delayMs = 300;
        m_server->scriptSendCall(2, slow);
        QSignalSpy served(m_server.get(), &ScriptedDemoServer::sendRequestServed);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(send(profileOf(third), u"Delayed"_s).status, 200);
        QVERIFY(timer.elapsed() >= 250);
        QCOMPARE(served.count(), 1);
        QCOMPARE(served.first().first().toInt(), 2);
        QCOMPARE(thread(id).first()[u"text"].toString(), u"Delayed"_s);
        QCOMPARE(m_server->sendCallCount(), 2);
        QCOMPARE(m_server->sendRequests().size(), 2);
    }

    void whatItKeepsIsBounded()
    {
        SentMessages sent;
        for (int i = 0; i < SentMessages::MaxKept + 50; ++i)
            sent.append(i % 2 ? u"a"_s : u"b"_s, QString::number(i), 1000 + i);
        const int kept = int(sent.thread(u"a"_s).size() + sent.thread(u"b"_s).size());
        QCOMPARE(kept, SentMessages::MaxKept);
        // The newest stay, newest first.
        QCOMPARE(sent.thread(u"a"_s).first()[u"text"].toString(),
                 QString::number(SentMessages::MaxKept + 49));
    }
};

QTEST_GUILESS_MAIN(TestDemoServerSend)
#include "tst_demoserver_send.moc"
