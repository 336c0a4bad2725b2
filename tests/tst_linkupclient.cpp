#include "api/urltext.h"
#include "support/demofixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

Q_DECLARE_METATYPE(ApiError::Kind)
Q_DECLARE_METATYPE(ScriptedReply)

// LinkupClient against the built-in server over real loopback HTTP.
class TestLinkupClient : public QObject
{
    Q_OBJECT

private:
    // Runs one inbox call to the end and returns its result.
    static InboxResult fetch(LinkupClient &client, const InboxQuery &query)
    {
        InboxResult result;
        bool done = false;
        QObject context;
        client.fetchInbox(query, &context, [&](const InboxResult &r) {
            result = r;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
        return result;
    }

    static InboxQuery firstPage(int size = 20)
    {
        InboxQuery query;
        query.category = QStringLiteral("INBOX");
        query.country = QStringLiteral("FR");
        query.totalResults = size;
        return query;
    }

private slots:
    void requestShapeFirstAndNextPage()
    {
        DemoFixture demo;
        QVERIFY(demo.start());
        const InboxResult first = fetch(demo.client, firstPage());
        QVERIFY2(!first.error.isError(), qPrintable(first.error.message));
        QCOMPARE(first.page.conversations.size(), 20);
        QVERIFY(!first.page.nextCursor.isEmpty());

        InboxQuery next = firstPage();
        next.cursor = first.page.nextCursor;
        const InboxResult second = fetch(demo.client, next);
        QVERIFY(!second.error.isError());
        QCOMPARE(second.page.conversations.size(), 20);
        QVERIFY(first.page.conversations.first().id != second.page.conversations.first().id);

        QCOMPARE(demo.server.inboxCallCount(), 2);
        const RecordedRequest &r1 = demo.server.inboxRequests().at(0);
        QCOMPARE(r1.path, QByteArray("/v1/messages/inbox"));
        QCOMPARE(r1.headers.value("x-api-key"), QByteArray("demo-key"));
        QCOMPARE(r1.headers.value("content-type"), QByteArray("application/json"));
        const QJsonObject body1 = QJsonDocument::fromJson(r1.body).object();
        QCOMPARE(body1.keys(),
                 QStringList({QStringLiteral("category"), QStringLiteral("country"),
                              QStringLiteral("login_token"), QStringLiteral("total_results")}));
        QCOMPARE(body1.value(u"login_token").toString(), QStringLiteral("demo-token"));
        QCOMPARE(body1.value(u"country").toString(), QStringLiteral("FR"));
        QCOMPARE(body1.value(u"category").toString(), QStringLiteral("INBOX"));
        QCOMPARE(body1.value(u"total_results").toInt(), 20);

        const QJsonObject body2 =
                QJsonDocument::fromJson(demo.server.inboxRequests().at(1).body).object();
        QCOMPARE(body2.value(u"next_cursor").toString(), first.page.nextCursor);
    }

    void parsesParticipantFields()
    {
        DemoFixture demo;
        QVERIFY(demo.start());
        const InboxResult result = fetch(demo.client, firstPage(10));
        const Conversation &c = result.page.conversations.first();
        QVERIFY(c.id.startsWith(u"urn:li:msg_conversation:"));
        QVERIFY(!c.participant.name.isEmpty());
        QCOMPARE(UrlText::toUrl(c.participant.profileUrl).scheme(), QStringLiteral("https"));
        QVERIFY(c.lastMessage.time.isValid());
        // The newest demo message is a few minutes old.
        QVERIFY(qAbs(c.lastMessage.time.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
        QCOMPARE(UrlText::toUrl(c.participant.pictureUrl).host(), QStringLiteral("127.0.0.1"));
    }

    void errorKinds_data()
    {
        QTest::addColumn<ScriptedReply>("reply");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<int>("attempts");
        using K = ApiError::Kind;
        QTest::newRow("401 key") << ScriptedReply::error(
                401, QStringLiteral("Invalid API key or insufficient credits"))
                                 << K::InvalidApiKey << 1;
        QTest::newRow("401 session") << ScriptedReply::error(401, QStringLiteral("Session expired"))
                                     << K::LoginExpired << 1;
        QTest::newRow("403 token")
                << ScriptedReply::error(403, QStringLiteral("LinkedIn token expired"))
                << K::LoginExpired << 1;
        QTest::newRow("429") << ScriptedReply::error(429, QStringLiteral("API Rate limit exceeded"))
                             << K::RateLimited << 1;
        QTest::newRow("400") << ScriptedReply::error(400, QStringLiteral("Bad parameter"))
                             << K::BadRequest << 1;
        QTest::newRow("200 error body")
                << ScriptedReply::errorWithHttp200(QStringLiteral("LinkedIn token expired"))
                << K::LoginExpired << 1;
        QTest::newRow("200 non-json")
                << ScriptedReply::raw(200, "<html>gateway</html>") << K::MalformedReply << 1;
        ScriptedReply truncated;
        truncated.truncateNormalBody = true;
        QTest::newRow("truncated body") << truncated << K::MalformedReply << 1;
    }

    void errorKinds()
    {
        QFETCH(ScriptedReply, reply);
        QFETCH(ApiError::Kind, kind);
        QFETCH(int, attempts);
        DemoFixture demo;
        QVERIFY(demo.start());
        demo.server.scriptInboxCall(1, reply);
        const InboxResult result = fetch(demo.client, firstPage());
        QCOMPARE(result.error.kind, kind);
        QVERIFY(!result.error.message.isEmpty());
        QVERIFY(result.page.conversations.isEmpty());
        // No 4xx and no billed error body is ever retried by itself.
        QCOMPARE(demo.server.inboxCallCount(), attempts);
    }

    void retryAfterIsReported()
    {
        DemoFixture demo;
        QVERIFY(demo.start());
        ScriptedReply limited =
                ScriptedReply::error(429, QStringLiteral("LinkedIn Rate limit exceeded"));
        limited.headers.append({QByteArray("Retry-After"), QByteArray("7")});
        demo.server.scriptInboxCall(1, limited);
        const InboxResult result = fetch(demo.client, firstPage());
        QCOMPARE(result.error.kind, ApiError::Kind::RateLimited);
        QCOMPARE(result.error.retryAfterSeconds, 7);
        QCOMPARE(demo.server.inboxCallCount(), 1);
    }

    void serverErrorIsRetriedTwiceThenSucceeds()
    {
        DemoFixture demo;
        QVERIFY(demo.start());
        demo.server.scriptInboxCall(
                1, ScriptedReply::error(500, QStringLiteral("LinkedIn API error occurred")));
        demo.server.scriptInboxCall(2, ScriptedReply::error(503, QStringLiteral("Unavailable")));
        const InboxResult result = fetch(demo.client, firstPage());
        QVERIFY(!result.error.isError());
        QCOMPARE(result.page.conversations.size(), 20);
        QCOMPARE(demo.server.inboxCallCount(), 3);
    }

    void serverErrorGivesUpAfterTwoRetries()
    {
        DemoFixture demo;
        QVERIFY(demo.start());
        for (int call = 1; call <= 5; ++call)
            demo.server.scriptInboxCall(call, ScriptedReply::error(500, QStringLiteral("boom")));
        const InboxResult result = fetch(demo.client, firstPage());
        QCOMPARE(result.error.kind, ApiError::Kind::ServerError);
        QCOMPARE(result.error.httpStatus, 500);
        QCOMPARE(demo.server.inboxCallCount(), 3);
    }

    void droppedConnectionIsANetworkError()
    {
        DemoFixture demo;
        QVERIFY(demo.start());
        ScriptedReply drop;
        drop.closeWithoutAnswer = true;
        for (int call = 1; call <= 10; ++call)
            demo.server.scriptInboxCall(call, drop);
        QSignalSpy attempts(&demo.client, &LinkupClient::attemptFinished);
        const InboxResult result = fetch(demo.client, firstPage());
        QCOMPARE(result.error.kind, ApiError::Kind::NetworkError);
        QCOMPARE(attempts.count(), 3); // first try plus two retries
    }

    void timeout()
    {
        DemoFixture demo;
        QVERIFY(demo.start());
        CallPolicy policy = demo.client.callPolicy();
        policy.timeoutMs = 200;
        demo.client.setCallPolicy(policy);
        demo.server.setInboxDelay(3000);
        const InboxResult result = fetch(demo.client, firstPage());
        QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(demo.server.inboxCallCount(), 1); // a timeout may have been billed
    }

    void connectionRefused()
    {
        // A port that was free a moment ago and has nobody listening now.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();

        LinkupClient client;
        QVERIFY(client.setApiBase(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)))
                        .isEmpty());
        client.setCredentials(QStringLiteral("k"), QStringLiteral("t"));
        CallPolicy policy;
        policy.retryBackoffMs = 5;
        client.setCallPolicy(policy);
        QSignalSpy attempts(&client, &LinkupClient::attemptFinished);
        const InboxResult result = fetch(client, firstPage());
        QCOMPARE(result.error.kind, ApiError::Kind::NetworkError);
        QVERIFY(!result.error.message.isEmpty());
        QCOMPARE(attempts.count(), 3);
    }

    void refusesPlainHttpBase()
    {
        LinkupClient client;
        const QUrl before = client.apiBase();
        QVERIFY(!client.setApiBase(QUrl(QStringLiteral("http://api.example.com/v1"))).isEmpty());
        QCOMPARE(client.apiBase(), before);
        QVERIFY(client.setApiBase(QUrl(QStringLiteral("https://api.example.com/v1"))).isEmpty());
    }

    void abortedCallNeverCallsBack()
    {
        DemoFixture demo;
        QVERIFY(demo.start());
        demo.server.setInboxDelay(200);
        bool called = false;
        QObject context;
        ApiCall *call = demo.client.fetchInbox(firstPage(), &context,
                                               [&](const InboxResult &) { called = true; });
        QSignalSpy served(&demo.server, &ScriptedDemoServer::inboxRequestServed);
        QVERIFY(served.wait());
        call->abort();
        // A later call on the same server, with the same delay, has finished only after
        // the aborted one would have.
        QVERIFY(!fetch(demo.client, firstPage()).error.isError());
        QVERIFY(!called);
    }

    void usageCountsEveryAttempt()
    {
        DemoFixture demo;
        QVERIFY(demo.start());
        ApiUsage usage;
        connect(&demo.client, &LinkupClient::attemptFinished, &usage, &ApiUsage::record);
        demo.server.scriptInboxCall(1, ScriptedReply::error(500, QStringLiteral("boom")));
        fetch(demo.client, firstPage(20));
        QCOMPARE(usage.requests(), 2);
        QCOMPARE(usage.credits(), 2); // the 500 is free, 20 results cost 2
    }
};

QTEST_GUILESS_MAIN(TestLinkupClient)
#include "tst_linkupclient.moc"
