#include "account/loginflow.h"
#include "support/demofixture.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

// LoginFlow and LinkupClient's auth calls against the built-in server over loopback
// HTTP: every answer the user can meet, what goes over the wire, and cancelling.
class TestLoginFlow : public QObject
{
    Q_OBJECT

private:
    // Every signal of one flow, recorded.
    struct Spies
    {
        explicit Spies(LoginFlow *flow)
            : busy(flow, &LoginFlow::busyChanged)
            , code(flow, &LoginFlow::codeRequired)
            , succeeded(flow, &LoginFlow::succeeded)
            , failed(flow, &LoginFlow::failed)
        {
        }
        int outcomes() const { return int(code.count() + succeeded.count() + failed.count()); }
        ApiError error() const { return failed.last().first().value<ApiError>(); }

        QSignalSpy busy;
        QSignalSpy code;
        QSignalSpy succeeded;
        QSignalSpy failed;
    };

    static QStringList bodyKeys(const RecordedRequest &request)
    {
        return QJsonDocument::fromJson(request.body).object().keys();
    }

    static QString country() { return QStringLiteral("US"); }

private slots:
    void directLogin()
    {
        DemoFixture demo;
        QVERIFY(demo.start());
        LoginFlow flow(&demo.client);
        Spies spies(&flow);
        flow.start(DemoServer::demoEmail(), DemoServer::demoPassword(), country());
        QVERIFY(flow.isBusy());
        QVERIFY(flow.property("busy").toBool());
        QVERIFY(spies.succeeded.wait(5000));
        QCOMPARE(spies.succeeded.first().first().toString(), DemoServer::loginToken());
        QCOMPARE(spies.outcomes(), 1);
        QVERIFY(!flow.isBusy());
        QCOMPARE(spies.busy.count(), 2);
        QCOMPARE(spies.busy.at(0).first().toBool(), true);
        QCOMPARE(spies.busy.at(1).first().toBool(), false);

        QCOMPARE(demo.server.authCallCount(), 1);
        const RecordedRequest &request = demo.server.authRequests().first();
        QCOMPARE(request.path, QByteArray("/v1/auth/login"));
        QCOMPARE(request.headers.value("x-api-key"), DemoServer::apiKey().toUtf8());
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        // Exactly the documented fields: no login_token on an auth call.
        QCOMPARE(bodyKeys(request),
                 QStringList({QStringLiteral("country"), QStringLiteral("email"),
                              QStringLiteral("password")}));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(u"email").toString(), DemoServer::demoEmail());
        QCOMPARE(body.value(u"password").toString(), DemoServer::demoPassword());
        QCOMPARE(body.value(u"country").toString(), country());
    }

    void codeRequiredThenSuccess()
    {
        DemoFixture demo;
        QVERIFY(demo.start());
        LoginFlow flow(&demo.client);
        Spies spies(&flow);
        // Spaces around the address are the user's, not part of it.
        flow.start(u' ' + DemoServer::codeEmail() + u' ', DemoServer::demoPassword(), country());
        QVERIFY(spies.code.wait(5000));
        QCOMPARE(spies.code.first().first().toString(), DemoServer::codeEmail());
        QVERIFY(flow.isAwaitingCode());
        QVERIFY(!flow.isBusy());
        QCOMPARE(spies.outcomes(), 1);

        flow.submitCode(QStringLiteral(" 123 456 "));
        QVERIFY(flow.isBusy());
        QVERIFY(spies.succeeded.wait(5000));
        QCOMPARE(spies.succeeded.first().first().toString(), DemoServer::loginToken());
        QVERIFY(!flow.isAwaitingCode());
        QCOMPARE(spies.failed.count(), 0);

        QCOMPARE(demo.server.authCallCount(), 2);
        const RecordedRequest &verify = demo.server.authRequests().at(1);
        QCOMPARE(verify.path, QByteArray("/v1/auth/verify"));
        QCOMPARE(verify.headers.value("x-api-key"), DemoServer::apiKey().toUtf8());
        QCOMPARE(bodyKeys(verify),
                 QStringList({QStringLiteral("code"), QStringLiteral("country"),
                              QStringLiteral("email")}));
        const QJsonObject body = QJsonDocument::fromJson(verify.body).object();
        QCOMPARE(body.value(u"email").toString(), DemoServer::codeEmail());
        QCOMPARE(body.value(u"code").toString(), DemoServer::verificationCode());
        QCOMPARE(body.value(u"country").toString(), country());
    }

    void wrongPassword_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::newRow("wrong password") << DemoServer::demoEmail() << QStringLiteral("nope");
        QTest::newRow("unknown email")
                << QStringLiteral("nobody@linkup.example") << DemoServer::demoPassword();
        QTest::newRow("code account, wrong password")
                << DemoServer::codeEmail() << QStringLiteral("nope");
    }

    void wrongPassword()
    {
        QFETCH(QString, email);
        QFETCH(QString, password);
        DemoFixture demo;
        QVERIFY(demo.start());
        LoginFlow flow(&demo.client);
        Spies spies(&flow);
        flow.start(email, password, country());
        QVERIFY(spies.failed.wait(5000));
        const ApiError error = spies.error();
        QCOMPARE(error.kind, ApiError::Kind::LoginFailed);
        QVERIFY2(error.message.startsWith(u"Wrong email or password"), qPrintable(error.message));
        QCOMPARE(error.httpStatus, 401);
        QCOMPARE(spies.outcomes(), 1);
        QVERIFY(!flow.isAwaitingCode());
        QVERIFY(!flow.isBusy());
        QCOMPARE(demo.server.authCallCount(), 1); // never retried by itself
    }

    void wrongCodeCanBeTypedAgain()
    {
        DemoFixture demo;
        QVERIFY(demo.start());
        LoginFlow flow(&demo.client);
        Spies spies(&flow);
        flow.start(DemoServer::codeEmail(), DemoServer::demoPassword(), country());
        QVERIFY(spies.code.wait(5000));
        flow.submitCode(QStringLiteral("000000"));
        QVERIFY(spies.failed.wait(5000));
        const ApiError error = spies.error();
        QCOMPARE(error.kind, ApiError::Kind::LoginFailed);
        QVERIFY2(error.message.startsWith(u"That code did not work"), qPrintable(error.message));
        QCOMPARE(demo.server.authCallCount(), 2);
        QVERIFY(flow.isAwaitingCode());

        flow.submitCode(DemoServer::verificationCode());
        QVERIFY(spies.succeeded.wait(5000));
        QCOMPARE(demo.server.authCallCount(), 3);
    }

    void invalidApiKey()
    {
        DemoFixture demo;
        QVERIFY(demo.start());
        demo.client.setApiKey(QStringLiteral("not-the-key"));
        LoginFlow flow(&demo.client);
        Spies spies(&flow);
        flow.start(DemoServer::demoEmail(), DemoServer::demoPassword(), country());
        QVERIFY(spies.failed.wait(5000));
        const ApiError error = spies.error();
        QCOMPARE(error.kind, ApiError::Kind::InvalidApiKey);
        QVERIFY2(error.message.startsWith(u"The API key was not accepted or has no credits left"),
                 qPrintable(error.message));
        QCOMPARE(demo.server.authCallCount(), 1);
    }

    void missingInputFailsWithoutARequest()
    {
        DemoFixture demo;
        QVERIFY(demo.start());
        LoginFlow flow(&demo.client);
        Spies spies(&flow);
        flow.start(QStringLiteral("  "), DemoServer::demoPassword(), country());
        QCOMPARE(spies.failed.count(), 1);
        QCOMPARE(spies.error().kind, ApiError::Kind::LoginFailed);
        flow.start(DemoServer::demoEmail(), {}, country());
        QCOMPARE(spies.failed.count(), 2);

        demo.client.setApiKey({});
        flow.start(DemoServer::demoEmail(), DemoServer::demoPassword(), country());
        QCOMPARE(spies.failed.count(), 3);
        QCOMPARE(spies.error().kind, ApiError::Kind::InvalidApiKey);
        QVERIFY(!spies.error().message.isEmpty());
        QCOMPARE(spies.busy.count(), 0);
        QCOMPARE(demo.server.authCallCount(), 0);

        // A code before any login, or an empty one, sends nothing either.
        flow.submitCode(DemoServer::verificationCode());
        QCOMPARE(spies.outcomes(), 3);
        QCOMPARE(demo.server.authCallCount(), 0);
    }

    void emptyCodeFailsWithoutARequest()
    {
        DemoFixture demo;
        QVERIFY(demo.start());
        LoginFlow flow(&demo.client);
        Spies spies(&flow);
        flow.start(DemoServer::codeEmail(), DemoServer::demoPassword(), country());
        QVERIFY(spies.code.wait(5000));
        flow.submitCode(QStringLiteral("   "));
        QCOMPARE(spies.failed.count(), 1);
        QVERIFY(flow.isAwaitingCode());
        QCOMPARE(demo.server.authCallCount(), 1);
    }

    void serverRefusesMissingFields()
    {
        // The client sends what it is given; the server's 400 is the "bug" kind.
        DemoFixture demo;
        QVERIFY(demo.start());
        AuthResult result;
        bool done = false;
        QObject context;
        demo.client.login(DemoServer::demoEmail(), {}, country(), &context,
                          [&](const AuthResult &r) {
                              result = r;
                              done = true;
                          });
        QTRY_VERIFY(done);
        QCOMPARE(result.error.kind, ApiError::Kind::BadRequest);
        QCOMPARE(result.error.serverMessage, QStringLiteral("Required fields are missing"));
        QCOMPARE(result.error.httpStatus, 400);
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();

        LinkupClient client;
        QVERIFY(client.setApiBase(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)))
                        .isEmpty());
        client.setApiKey(QStringLiteral("k"));
        QSignalSpy attempts(&client, &LinkupClient::attemptFinished);
        LoginFlow flow(&client);
        Spies spies(&flow);
        flow.start(DemoServer::demoEmail(), DemoServer::demoPassword(), country());
        QVERIFY(spies.failed.wait(15000));
        QCOMPARE(spies.error().kind, ApiError::Kind::NetworkError);
        QVERIFY(!spies.error().message.isEmpty());
        QCOMPARE(attempts.count(), 1); // an auth call is never retried
        QVERIFY(!flow.isBusy());
    }

    void notRetried_data()
    {
        QTest::addColumn<ScriptedReply>("reply");
        QTest::addColumn<ApiError::Kind>("kind");
        ScriptedReply drop;
        drop.closeWithoutAnswer = true;
        QTest::newRow("dropped") << drop << ApiError::Kind::NetworkError;
        QTest::newRow("500") << ScriptedReply::error(500,
                                                     QStringLiteral("LinkedIn API error occurred"))
                             << ApiError::Kind::ServerError;
        QTest::newRow("429") << ScriptedReply::error(429, QStringLiteral("API Rate limit exceeded"))
                             << ApiError::Kind::RateLimited;
        QTest::newRow("200 error body")
                << ScriptedReply::errorWithHttp200(QStringLiteral("Bad username or password"))
                << ApiError::Kind::LoginFailed;
        QTest::newRow("success without token or code")
                << ScriptedReply::raw(200, R"({"status":"success","message":"Welcome"})")
                << ApiError::Kind::MalformedReply;
        QTest::newRow("not json") << ScriptedReply::raw(200, "<html>proxy</html>")
                                  << ApiError::Kind::MalformedReply;
    }

    void notRetried()
    {
        QFETCH(ScriptedReply, reply);
        QFETCH(ApiError::Kind, kind);
        DemoFixture demo;
        QVERIFY(demo.start());
        for (int call = 1; call <= 3; ++call)
            demo.server.scriptAuthCall(call, reply);
        QSignalSpy attempts(&demo.client, &LinkupClient::attemptFinished);
        LoginFlow flow(&demo.client);
        Spies spies(&flow);
        flow.start(DemoServer::demoEmail(), DemoServer::demoPassword(), country());
        QVERIFY(spies.failed.wait(5000));
        QCOMPARE(spies.error().kind, kind);
        QVERIFY(!spies.error().message.isEmpty());
        QCOMPARE(attempts.count(), 1);
        // Not even by Qt's HTTP layer, which would send it once more when the connection
        // drops before any byte of an answer: the body is a OneShotBody.
        QCOMPARE(demo.server.authCallCount(), 1);
    }

    void tokenInsideData()
    {
        // Some v1 answers nest their payload in "data"; accept the token there too.
        DemoFixture demo;
        QVERIFY(demo.start());
        demo.server.scriptAuthCall(
                1, ScriptedReply::raw(200, R"({"status":"success","data":{"login_token":"t-1"}})"));
        LoginFlow flow(&demo.client);
        Spies spies(&flow);
        flow.start(DemoServer::demoEmail(), DemoServer::demoPassword(), country());
        QVERIFY(spies.succeeded.wait(5000));
        QCOMPARE(spies.succeeded.first().first().toString(), QStringLiteral("t-1"));
    }

    void verifyWithoutTokenIsMalformed()
    {
        DemoFixture demo;
        QVERIFY(demo.start());
        demo.server.scriptAuthCall(
                2, ScriptedReply::raw(200, R"({"status":"success","message":"Login successful"})"));
        LoginFlow flow(&demo.client);
        Spies spies(&flow);
        flow.start(DemoServer::codeEmail(), DemoServer::demoPassword(), country());
        QVERIFY(spies.code.wait(5000));
        flow.submitCode(DemoServer::verificationCode());
        QVERIFY(spies.failed.wait(5000));
        QCOMPARE(spies.error().kind, ApiError::Kind::MalformedReply);
        QCOMPARE(spies.code.count(), 1);
    }

    void cancelWhileTheServerAnswers()
    {
        DemoFixture demo;
        QVERIFY(demo.start());
        ScriptedReply slow;
        slow.delayMs = 300;
        demo.server.scriptAuthCall(1, slow);
        demo.server.scriptAuthCall(2, slow);
        LoginFlow flow(&demo.client);
        Spies spies(&flow);
        QSignalSpy served(&demo.server, &ScriptedDemoServer::authRequestServed);
        flow.start(DemoServer::demoEmail(), DemoServer::demoPassword(), country());
        QVERIFY(served.wait(5000));
        flow.cancel();
        QVERIFY(!flow.isBusy());
        QCOMPARE(spies.busy.count(), 2);

        // A second login with the same delay ends after the first answer was sent.
        LoginFlow other(&demo.client);
        Spies otherSpies(&other);
        other.start(DemoServer::demoEmail(), DemoServer::demoPassword(), country());
        QVERIFY(otherSpies.succeeded.wait(5000));
        QCOMPARE(spies.outcomes(), 0);
        QCOMPARE(spies.busy.count(), 2);
    }

    void cancelBeforeTheServerSawIt()
    {
        DemoFixture demo;
        QVERIFY(demo.start());
        LoginFlow flow(&demo.client);
        Spies spies(&flow);
        flow.start(DemoServer::demoEmail(), DemoServer::demoPassword(), country());
        flow.cancel();
        QVERIFY(!flow.isBusy());

        LoginFlow other(&demo.client);
        Spies otherSpies(&other);
        other.start(DemoServer::demoEmail(), DemoServer::demoPassword(), country());
        QVERIFY(otherSpies.succeeded.wait(5000));
        QCOMPARE(spies.outcomes(), 0);
        QVERIFY(demo.server.authCallCount() <= 2);
    }

    void cancelDuringVerifyForgetsTheFlow()
    {
        DemoFixture demo;
        QVERIFY(demo.start());
        ScriptedReply slow;
        slow.delayMs = 300;
        demo.server.scriptAuthCall(2, slow);
        LoginFlow flow(&demo.client);
        Spies spies(&flow);
        flow.start(DemoServer::codeEmail(), DemoServer::demoPassword(), country());
        QVERIFY(spies.code.wait(5000));
        QSignalSpy served(&demo.server, &ScriptedDemoServer::authRequestServed);
        flow.submitCode(DemoServer::verificationCode());
        QVERIFY(served.wait(5000));
        flow.cancel();
        QVERIFY(!flow.isAwaitingCode());
        flow.submitCode(DemoServer::verificationCode()); // nothing to verify any more
        QVERIFY(!flow.isBusy());

        demo.server.scriptAuthCall(3, slow);
        LoginFlow other(&demo.client);
        Spies otherSpies(&other);
        other.start(DemoServer::demoEmail(), DemoServer::demoPassword(), country());
        QVERIFY(otherSpies.succeeded.wait(5000));
        QCOMPARE(spies.outcomes(), 1); // the code request only
        QCOMPARE(demo.server.authCallCount(), 3);
    }

    void startAgainReplacesTheFlowInFlight()
    {
        DemoFixture demo;
        QVERIFY(demo.start());
        ScriptedReply slow;
        slow.delayMs = 300;
        for (int call = 1; call <= 3; ++call)
            demo.server.scriptAuthCall(call, slow);
        LoginFlow flow(&demo.client);
        Spies spies(&flow);
        flow.start(DemoServer::demoEmail(), QStringLiteral("first try"), country());
        flow.start(DemoServer::demoEmail(), DemoServer::demoPassword(), country());
        QVERIFY(spies.succeeded.wait(5000));
        // Whether the first request left before it was aborted depends on timing; either
        // way its answer, which comes no later than the next one's, is dropped.
        LoginFlow other(&demo.client);
        Spies otherSpies(&other);
        other.start(DemoServer::demoEmail(), DemoServer::demoPassword(), country());
        QVERIFY(otherSpies.succeeded.wait(5000));
        QCOMPARE(spies.outcomes(), 1);
        QCOMPARE(spies.failed.count(), 0);
    }

    void expiredTokenThenLoginAgain()
    {
        // The server moves to a new token: the old one gets 403, a new login gets the new
        // one, and the inbox works with it.
        DemoFixture demo;
        QVERIFY(demo.start());
        demo.server.setLoginToken(QStringLiteral("token-2"));

        InboxQuery query;
        query.category = QStringLiteral("INBOX");
        query.country = country();
        query.totalResults = 10;
        InboxResult inbox;
        bool done = false;
        QObject context;
        const auto fetch = [&] {
            done = false;
            demo.client.fetchInbox(query, &context, [&](const InboxResult &r) {
                inbox = r;
                done = true;
            });
        };
        fetch();
        QTRY_VERIFY(done);
        QCOMPARE(inbox.error.kind, ApiError::Kind::LoginExpired);
        QCOMPARE(inbox.error.httpStatus, 403);
        QCOMPARE(inbox.error.serverMessage, QStringLiteral("LinkedIn token expired"));

        LoginFlow flow(&demo.client);
        Spies spies(&flow);
        flow.start(DemoServer::demoEmail(), DemoServer::demoPassword(), country());
        QVERIFY(spies.succeeded.wait(5000));
        const QString token = spies.succeeded.first().first().toString();
        QCOMPARE(token, QStringLiteral("token-2"));
        demo.client.setLoginToken(token);
        fetch();
        QTRY_VERIFY(done);
        QVERIFY2(!inbox.error.isError(), qPrintable(inbox.error.message));
        QCOMPARE(inbox.page.conversations.size(), 10);
    }

    void destroyingTheFlowAbortsTheCall()
    {
        DemoFixture demo;
        QVERIFY(demo.start());
        ScriptedReply slow;
        slow.delayMs = 200;
        demo.server.scriptAuthCall(1, slow);
        demo.server.scriptAuthCall(2, slow);
        {
            LoginFlow flow(&demo.client);
            flow.start(DemoServer::demoEmail(), DemoServer::demoPassword(), country());
        }
        LoginFlow other(&demo.client);
        Spies otherSpies(&other);
        other.start(DemoServer::demoEmail(), DemoServer::demoPassword(), country());
        QVERIFY(otherSpies.succeeded.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestLoginFlow)
#include "tst_loginflow.moc"
