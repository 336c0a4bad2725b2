#include "api/inboxparser.h"
#include "api/urltext.h"
#include "demo/demoserver.h"
#include "demo/sampleinbox.h"
#include "demo/samplethreads.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The generated inbox (LINKUP_DEMO_SIZE) that measures big inboxes: the same every time,
// in the API's shape, and paged by the built-in server like the bundled sample.
class TestGeneratedInbox : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 Newest = 1767225600000; // 2026-01-01
    const QUrl m_base{u"http://127.0.0.1:47630/"_s};

    static QJsonObject post(QNetworkAccessManager &network, const QUrl &url,
                            const QJsonObject &body)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("x-api-key", DemoServer::apiKey().toUtf8());
        QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        [&] { QVERIFY(finished.wait(10000)); }();
        const QJsonObject root = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return root;
    }

    // Every page of a category, following the cursors; at most maxPages.
    static QList<QJsonObject> pageThrough(DemoServer &server, const QString &category, int maxPages)
    {
        QNetworkAccessManager network;
        QList<QJsonObject> all;
        QString cursor;
        for (int page = 0; page < maxPages; ++page) {
            QJsonObject body{{u"login_token"_s, DemoServer::loginToken()},
                             {u"total_results"_s, 25},
                             {u"category"_s, category}};
            if (!cursor.isEmpty())
                body.insert(u"next_cursor"_s, cursor);
            const QJsonObject data =
                    post(network, QUrl(server.apiBase().toString() + u"/messages/inbox"_s), body)
                            .value(u"data")
                            .toObject();
            for (const QJsonValue entry : data.value(u"conversations").toArray())
                all.append(entry.toObject());
            cursor = data.value(u"next_cursor").toString();
            if (cursor.isEmpty())
                break;
        }
        return all;
    }

private slots:
    void cleanup() { qunsetenv("LINKUP_DEMO_SIZE"); }

    void isTheSameEveryTimeAndGrowsByItsEnd()
    {
        const SampleInbox small = SampleInbox::generated(1000, Newest);
        const SampleInbox again = SampleInbox::generated(1000, Newest);
        const SampleInbox large = SampleInbox::generated(100000, Newest);
        const auto a = small.conversations(u"INBOX"_s, m_base);
        const auto b = again.conversations(u"INBOX"_s, m_base);
        const auto c = large.conversations(u"INBOX"_s, m_base);
        QCOMPARE(a.size(), 1000);
        QCOMPARE(c.size(), 100000);
        for (int i = 0; i < 1000; ++i) {
            QCOMPARE(a.at(i), b.at(i));
            QCOMPARE(a.at(i), c.at(i)); // a bigger inbox only adds older conversations
        }
    }

    void conversationsHaveTheApiShape()
    {
        const SampleInbox inbox = SampleInbox::generated(100000, Newest);
        const auto listing = inbox.conversations(u"INBOX"_s, m_base);
        QSet<QString> ids;
        qint64 previous = Newest + 1;
        for (int i = 0; i < listing.size(); ++i) {
            const QJsonObject json = listing.at(i);
            const Conversation c = InboxParser::parseConversation(json);
            QVERIFY(!c.id.isEmpty());
            ids.insert(c.id);
            QCOMPARE(InboxParser::parseConversation(inbox.conversation(c.id)).id, c.id);
            const qint64 time = c.lastMessage.time.toMSecsSinceEpoch();
            QVERIFY2(time < previous, "newest first, no two at the same time");
            previous = time;
            if (i % 997 != 0)
                continue; // the rest of the shape on a sample of them
            QCOMPARE(ownerUrnOf(c.id), SampleThreads::ownerUrn());
            QVERIFY(!c.participant.name.isEmpty());
            QVERIFY(!c.participant.headline.isEmpty());
            QCOMPARE(UrlText::toUrl(c.participant.profileUrl).host(), u"www.linkedin.com"_s);
            QCOMPARE(c.participant.pictureUrl,
                     m_base.resolved(QUrl(u"/avatars/g%1.png"_s.arg(i))).toString());
            QVERIFY(!c.lastMessage.text.isEmpty());
            QCOMPARE(c.unreadCount > 0, i % GeneratedInbox::UnreadEvery == 0);
        }
        QCOMPARE(ids.size(), 100000);
        QVERIFY(inbox.conversation(u"urn:li:msg_conversation:(nobody,2-eA==)"_s).isEmpty());

        const auto unread = inbox.conversations(u"UNREAD"_s, m_base);
        QCOMPARE(unread.size(),
                 (100000 + GeneratedInbox::UnreadEvery - 1) / GeneratedInbox::UnreadEvery);
        QCOMPARE(unread.at(3), listing.at(3 * GeneratedInbox::UnreadEvery));
        // The other categories stay the bundled sample's.
        QCOMPARE(inbox.count(u"INMAIL"_s), SampleInbox::load().count(u"INMAIL"_s));
    }

    void theServerPagesThroughIt()
    {
        qputenv("LINKUP_DEMO_SIZE", "1000");
        DemoServer server;
        QVERIFY(server.listenOnLoopback());
        QCOMPARE(server.sampleCount(u"INBOX"_s), 1000);
        const QList<QJsonObject> inbox = pageThrough(server, u"INBOX"_s, 100);
        QCOMPARE(inbox.size(), 1000);
        QSet<QString> ids;
        for (const QJsonObject &entry : inbox)
            ids.insert(entry.value(u"conversation_id").toString());
        QCOMPARE(ids.size(), 1000);
        QCOMPARE(pageThrough(server, u"UNREAD"_s, 100).size(), server.sampleCount(u"UNREAD"_s));
        QCOMPARE(pageThrough(server, u"INMAIL"_s, 100).size(), server.sampleCount(u"INMAIL"_s));

        // A generated conversation has its thread, whose newest message is the list's.
        const QString last = inbox.last().value(u"conversation_id").toString();
        QNetworkAccessManager network;
        const QJsonObject thread =
                post(network, QUrl(server.apiBase().toString() + u"/messages/conversation"_s),
                     {{u"login_token"_s, DemoServer::loginToken()}, {u"conversation_id"_s, last}})
                        .value(u"data")
                        .toObject();
        const QJsonArray messages = thread.value(u"messages").toArray();
        QVERIFY(!messages.isEmpty());
        QCOMPARE(messages.first()[u"text"].toString(),
                 inbox.last()[u"last_message"][u"text"].toString());
    }

    void sizeComesFromTheEnvironmentWithinBounds()
    {
        qputenv("LINKUP_DEMO_SIZE", "99999999");
        QCOMPARE(SampleInbox::forDemo().count(u"INBOX"_s), GeneratedInbox::MaxSize);
        qputenv("LINKUP_DEMO_SIZE", "many");
        QCOMPARE(SampleInbox::forDemo().count(u"INBOX"_s), SampleInbox::load().count(u"INBOX"_s));
        qunsetenv("LINKUP_DEMO_SIZE");
        QCOMPARE(SampleInbox::forDemo().count(u"INBOX"_s), SampleInbox::load().count(u"INBOX"_s));
    }
};

QTEST_GUILESS_MAIN(TestGeneratedInbox)
#include "tst_generatedinbox.moc"
