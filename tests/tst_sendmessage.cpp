#include "api/apiusage.h"
#include "support/demofixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ApiError::Kind)
Q_DECLARE_METATYPE(ScriptedReply)

// POST /messages/send-message through LinkupClient, over real loopback HTTP: the body as
// the contract has it, byte for byte; one attempt whatever the answer (a second attempt
// could be a second message); 1 credit a message on the meter.
class TestSendMessage : public QObject
{
    Q_OBJECT

private:
    static SendResult send(LinkupClient &client, const SendQuery &query)
    {
        SendResult result;
        bool done = false;
        QObject context;
        client.sendMessage(query, &context, [&](const SendResult &r) {
            result = r;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
        return result;
    }

    // A participant the built-in server knows.
    static SendQuery queryTo(const DemoServer &server, const QString &text)
    {
        const QString id = server.sampleConversationIds().constFirst();
        SendQuery query;
        query.recipient = QUrl(
                server.sampleConversation(id).value(u"participant")[u"profile_url"].toString());
        query.text = text;
        query.country = u"FR"_s;
        return query;
    }

    // What the body must be: JSON with the keys in order, every text in UTF-8 as typed,
    // only the characters JSON must escape escaped.
    static QByteArray expectedBody(const QByteArray &url, const QByteArray &escapedText)
    {
        return "{\"country\":\"FR\",\"linkedin_url\":\"" + url
                + "\",\"login_token\":\"demo-token\"," + "\"message_text\":\"" + escapedText
                + "\"}";
    }

private slots:
    void theBodyIsTheTextByteForByte_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("escaped");
        QTest::newRow("plain") << u"Thanks, talk soon."_s << QByteArray("Thanks, talk soon.");
        QTest::newRow("emoji sequences")
                << u"Done 👩🏽‍💻 👍🏿 🇫🇷"_s
                << QByteArray("Done \xF0\x9F\x91\xA9\xF0\x9F\x8F\xBD\xE2\x80\x8D\xF0\x9F\x92\xBB "
                              "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBF \xF0\x9F\x87\xAB\xF0\x9F\x87\xB7");
        QTest::newRow("right to left") << u"שלום! مرحبا بك"_s
                                       << QByteArray("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D! "
                                                     "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 "
                                                     "\xD8\xA8\xD9\x83");
        QTest::newRow("line breaks")
                << u"one\ntwo\r\n\nthree\t4"_s << QByteArray("one\\ntwo\\r\\n\\nthree\\t4");
        QTest::newRow("quotes and markup") << u"<b>\"hi\"</b> \\ & </script>"_s
                                           << QByteArray("<b>\\\"hi\\\"</b> \\\\ & </script>");
        QTest::newRow("leading and trailing space")
                << u"  kept as typed  \n"_s << QByteArray("  kept as typed  \\n");
    }

    void theBodyIsTheTextByteForByte()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, escaped);
        DemoFixture demo;
        QVERIFY(demo.start());
        const SendQuery query = queryTo(demo.server, text);
        const QByteArray body = LinkupClient::sendRequestBody(query, DemoServer::loginToken());
        QCOMPARE(body, expectedBody(query.recipient.toEncoded(), escaped));

        const SendResult result = send(demo.client, query);
        QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
        QCOMPARE(demo.server.sendCallCount(), 1);
        const RecordedRequest &request = demo.server.sendRequests().first();
        QCOMPARE(request.path, QByteArray("/v1/messages/send-message"));
        QCOMPARE(request.headers.value("x-api-key"), QByteArray("demo-key"));
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(request.body, body);
        QCOMPARE(QJsonDocument::fromJson(request.body).object().value(u"message_text").toString(),
                 text);
    }

    void aMessageCostsOneCredit()
    {
        DemoFixture demo;
        QVERIFY(demo.start());
        ApiUsage usage;
        connect(&demo.client, &LinkupClient::attemptFinished, &usage, &ApiUsage::record);
        // A success body listing things is still one message: billed 1, not per entry.
        QByteArray listing = "{\"status\":\"success\",\"data\":{\"messages\":[";
        for (int i = 0; i < 30; ++i)
            listing += (i > 0 ? "," : "") + QByteArray("{\"text\":\"x\"}");
        demo.server.scriptSendCall(2, ScriptedReply::raw(200, listing + "]}}"));
        QVERIFY(!send(demo.client, queryTo(demo.server, u"one"_s)).error.isError());
        QVERIFY(!send(demo.client, queryTo(demo.server, u"two"_s)).error.isError());
        QCOMPARE(usage.requests(), 2);
        QCOMPARE(usage.credits(), 2);
    }

    void oneAttemptWhateverTheAnswer_data()
    {
        QTest::addColumn<ScriptedReply>("reply");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<int>("credits");
        using K = ApiError::Kind;
        QTest::newRow("400") << ScriptedReply::error(400, u"Bad parameter"_s) << K::BadRequest << 1;
        QTest::newRow("401") << ScriptedReply::error(401,
                                                     u"Invalid API key or insufficient credits"_s)
                             << K::InvalidApiKey << 1;
        QTest::newRow("403") << ScriptedReply::error(403, u"LinkedIn token expired"_s)
                             << K::LoginExpired << 1;
        QTest::newRow("429") << ScriptedReply::error(429, u"LinkedIn Rate limit exceeded"_s)
                             << K::RateLimited << 1;
        QTest::newRow("200 error")
                << ScriptedReply::errorWithHttp200(u"Bad parameter"_s) << K::BadRequest << 1;
        QTest::newRow("500") << ScriptedReply::error(500, u"LinkedIn API error occurred"_s)
                             << K::ServerError << 0;
        QTest::newRow("503") << ScriptedReply::error(503, u"Unavailable"_s) << K::ServerError << 0;
        ScriptedReply dropped;
        dropped.closeWithoutAnswer = true;
        QTest::newRow("dropped after the request") << dropped << K::NetworkError << 0;
        ScriptedReply cut;
        cut.truncateNormalBody = true;
        QTest::newRow("cut answer") << cut << K::MalformedReply << 1;
    }

    void oneAttemptWhateverTheAnswer()
    {
        QFETCH(ScriptedReply, reply);
        QFETCH(ApiError::Kind, kind);
        QFETCH(int, credits);
        DemoFixture demo;
        QVERIFY(demo.start());
        for (int call = 1; call <= 3; ++call)
            demo.server.scriptSendCall(call, reply);
        ApiUsage usage;
        connect(&demo.client, &LinkupClient::attemptFinished, &usage, &ApiUsage::record);
        const SendResult result = send(demo.client, queryTo(demo.server, u"Once"_s));
        QCOMPARE(result.error.kind, kind);
        QVERIFY(!result.error.message.isEmpty());
        QTest::qWait(100); // longer than the fixture's backoff: to prove no attempt follows
        QCOMPARE(usage.requests(), 1);
        QCOMPARE(usage.credits(), credits);
        // Not even Qt's own resend after a dropped connection: the server saw it once.
        QCOMPARE(demo.server.sendCallCount(), 1);
    }

    void aTimeoutIsNotSentAgain()
    {
        DemoFixture demo;
        QVERIFY(demo.start());
        CallPolicy policy = demo.client.callPolicy();
        policy.timeoutMs = 200;
        demo.client.setCallPolicy(policy);
        demo.server.setSendDelay(2000);
        const SendResult result = send(demo.client, queryTo(demo.server, u"Slow"_s));
        QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(demo.server.sendCallCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSendMessage)
#include "tst_sendmessage.moc"
