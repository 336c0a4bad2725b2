#include "demo/scripting/scripteddemoserver.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

// The built-in server checks requests as LinkupAPI does and answers in its shapes.
class TestDemoServer : public QObject
{
    Q_OBJECT

private:
    ScriptedDemoServer m_server;
    QNetworkAccessManager m_network;

    struct Answer
    {
        int status = 0;
        QJsonObject body;
        QByteArray raw;
    };

    Answer post(const QByteArray &body, const QByteArray &apiKey = "demo-key",
                const QString &path = QStringLiteral("v1/messages/inbox"))
    {
        QNetworkRequest request(m_server.baseUrl().resolved(QUrl(path)));
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
        answer.raw = reply->readAll();
        answer.body = QJsonDocument::fromJson(answer.raw).object();
        reply->deleteLater();
        return answer;
    }

    static QByteArray inboxBody(const QJsonObject &overrides = {})
    {
        QJsonObject body{{QStringLiteral("login_token"), QStringLiteral("demo-token")},
                         {QStringLiteral("country"), QStringLiteral("US")},
                         {QStringLiteral("total_results"), 10},
                         {QStringLiteral("category"), QStringLiteral("INBOX")}};
        for (auto it = overrides.begin(); it != overrides.end(); ++it) {
            if (it->isNull()) // null in overrides: leave the field out
                body.remove(it.key());
            else
                body.insert(it.key(), *it);
        }
        return QJsonDocument(body).toJson();
    }

private slots:
    void initTestCase() { QVERIFY(m_server.listenOnLoopback()); }

    void sampleIsRichEnough()
    {
        QVERIFY(m_server.sampleCount(QStringLiteral("INBOX")) >= 120);
        QVERIFY(m_server.sampleCount(QStringLiteral("INMAIL")) >= 15);
        QVERIFY(m_server.sampleCount(QStringLiteral("JOB")) >= 5);
        QVERIFY(m_server.sampleCount(QStringLiteral("UNREAD")) > 0);
        QVERIFY(m_server.sampleCount(QStringLiteral("UNREAD"))
                < m_server.sampleCount(QStringLiteral("INBOX")));
    }

    void servesAPageInTheApiShape()
    {
        const Answer answer = post(inboxBody());
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body.value(u"status").toString(), QStringLiteral("success"));
        const QJsonObject data = answer.body.value(u"data").toObject();
        const QJsonArray conversations = data.value(u"conversations").toArray();
        QCOMPARE(conversations.size(), 10);
        QCOMPARE(data.value(u"total_results").toInt(), 10);
        QVERIFY(data.value(u"next_cursor").isString());
        const QJsonObject first = conversations.first().toObject();
        for (const auto key :
             {u"conversation_id", u"participant", u"last_message", u"unread", u"type"})
            QVERIFY2(first.contains(QStringView(key)), qPrintable(QStringView(key).toString()));
        QVERIFY(first.value(u"last_message").toObject().value(u"time").isDouble());
    }

    void lastPageHasNullCursor()
    {
        QJsonValue cursor;
        int seen = 0;
        for (int page = 0; page < 50; ++page) {
            QJsonObject overrides{{QStringLiteral("total_results"), 25},
                                  {QStringLiteral("category"), QStringLiteral("JOB")}};
            if (cursor.isString())
                overrides.insert(QStringLiteral("next_cursor"), cursor);
            const QJsonObject data = post(inboxBody(overrides)).body.value(u"data").toObject();
            seen += int(data.value(u"conversations").toArray().size());
            cursor = data.value(u"next_cursor");
            if (cursor.isNull())
                break;
        }
        QVERIFY(cursor.isNull());
        QCOMPARE(seen, m_server.sampleCount(QStringLiteral("JOB")));
    }

    void capsThePageAt25()
    {
        const Answer answer = post(inboxBody({{QStringLiteral("total_results"), 100}}));
        QCOMPARE(answer.body[u"data"][u"conversations"].toArray().size(), 25);
    }

    void rejectsBadRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("apiKey");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong key") << inboxBody() << QByteArray("nope") << 401
                                   << QStringLiteral("Invalid API key or insufficient credits");
        QTest::newRow("no key") << inboxBody() << QByteArray() << 401
                                << QStringLiteral("Invalid API key or insufficient credits");
        QTest::newRow("wrong token")
                << inboxBody({{QStringLiteral("login_token"), QStringLiteral("x")}})
                << QByteArray("demo-key") << 401 << QStringLiteral("Session expired");
        QTest::newRow("no token") << inboxBody({{QStringLiteral("login_token"), QJsonValue::Null}})
                                  << QByteArray("demo-key") << 400
                                  << QStringLiteral("Required fields are missing");
        QTest::newRow("bad category")
                << inboxBody({{QStringLiteral("category"), QStringLiteral("SPAM")}})
                << QByteArray("demo-key") << 400 << QStringLiteral("Bad parameter");
        QTest::newRow("bad country")
                << inboxBody({{QStringLiteral("country"), QStringLiteral("XX")}})
                << QByteArray("demo-key") << 400 << QStringLiteral("Bad parameter");
        QTest::newRow("zero results")
                << inboxBody({{QStringLiteral("total_results"), 0}}) << QByteArray("demo-key")
                << 400 << QStringLiteral("total_results must be greater than 0");
        QTest::newRow("bad cursor")
                << inboxBody({{QStringLiteral("next_cursor"), QStringLiteral("!!garbage!!")}})
                << QByteArray("demo-key") << 400 << QStringLiteral("Bad parameter");
        QTest::newRow("not json") << QByteArray("{{{") << QByteArray("demo-key") << 400
                                  << QStringLiteral("Required fields are missing");
    }

    void rejectsBadRequests()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, apiKey);
        QFETCH(int, status);
        QFETCH(QString, message);
        const Answer answer = post(body, apiKey);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.body.value(u"status").toString(), QStringLiteral("error"));
        QCOMPARE(answer.body.value(u"message").toString(), message);
    }

    void cursorOfAnotherCategoryIsRejected()
    {
        const QString inboxCursor = post(inboxBody()).body[u"data"][u"next_cursor"].toString();
        const Answer answer = post(inboxBody({{QStringLiteral("category"), QStringLiteral("JOB")},
                                              {QStringLiteral("next_cursor"), inboxCursor}}));
        QCOMPARE(answer.status, 400);
    }

    void servesAvatarsAsPng()
    {
        const QJsonArray conversations =
                post(inboxBody()).body[u"data"][u"conversations"].toArray();
        QUrl picture;
        for (const QJsonValue &c : conversations) {
            picture = QUrl(c[u"participant"][u"profile_picture"].toString());
            if (picture.isValid() && !picture.isEmpty())
                break;
        }
        QCOMPARE(picture.host(), QStringLiteral("127.0.0.1"));
        const int before = m_server.avatarRequestCount();
        const Answer answer = wait(m_network.get(QNetworkRequest(picture)));
        QCOMPARE(answer.status, 200);
        QImage image;
        QVERIFY(image.loadFromData(answer.raw, "PNG"));
        QCOMPARE(image.size(), QSize(96, 96));
        QCOMPARE(m_server.avatarRequestCount(), before + 1);
    }

    void scriptedMisbehaviour()
    {
        ScriptedDemoServer server;
        QVERIFY(server.listenOnLoopback());
        server.scriptInboxCall(1,
                               ScriptedReply::errorWithHttp200(QStringLiteral("Session expired")));
        QNetworkRequest request(
                server.baseUrl().resolved(QUrl(QStringLiteral("v1/messages/inbox"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("x-api-key", "demo-key");
        Answer first = wait(m_network.post(request, inboxBody()));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.body.value(u"status").toString(), QStringLiteral("error"));
        Answer second = wait(m_network.post(request, inboxBody()));
        QCOMPARE(second.body.value(u"status").toString(), QStringLiteral("success"));
        QCOMPARE(server.inboxCallCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
