// The app against a LinkupAPI server that misbehaves in every way the built-in server
// can be told to: for each, the window stays alive, the rows already shown stay, the
// right error is shown in plain words, and nothing is asked again by itself.

#include "account/credentialvault.h"
#include "account/memorysecretstore.h"
#include "account/session.h"
#include "errorbanner.h"
#include "inbox/conversationlistmodel.h"
#include "inboxtab.h"
#include "mainwindow.h"
#include "support/demofixture.h"
#include "support/pages.h"
#include "support/peakmemory.h"
#include "support/userscroll.h"
#include "support/windowfixture.h"
#include "thread/messagelistmodel.h"
#include "threadpane.h"

#include <QApplication>
#include <QJsonDocument>
#include <QListView>
#include <QPushButton>
#include <QTest>

Q_DECLARE_METATYPE(ScriptedReply)
Q_DECLARE_METATYPE(ApiError::Kind)
Q_DECLARE_METATYPE(PageLoader::State)

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;
using State = PageLoader::State;

namespace {

ScriptedReply streaming(qint64 bytes, bool declared, int chunkBytes = 64 * 1024, int intervalMs = 0)
{
    ScriptedReply reply =
            ScriptedReply::raw(200, R"({"status":"success","data":{"conversations":[)");
    reply.streamBytes = bytes;
    reply.declareLength = declared;
    reply.chunkBytes = chunkBytes;
    reply.chunkIntervalMs = intervalMs;
    return reply;
}

ScriptedReply withRetryAfter(ScriptedReply reply, const QByteArray &seconds)
{
    reply.headers.append({QByteArray("Retry-After"), seconds});
    return reply;
}

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WindowFixture> m_fixture;
    DemoFixture *m_demo = nullptr;

    MainWindow *openWindow() { return m_fixture->open(); }

    // The first page as the server serves it, then the user scrolls to the end.
    ConversationListModel *firstPageThenScroll()
    {
        MainWindow *window = openWindow();
        ConversationListModel *model = window->model();
        if (!QTest::qWaitFor([model] { return model->rowCount() == 20; }, 10000))
            return nullptr;
        userScrollToBottom(window->conversationView());
        return model;
    }

    InboxSync *sync() const { return m_fixture->sync(); }

    bool settled(ConversationListModel *, int timeoutMs = 20000)
    {
        InboxSync *current = sync();
        return QTest::qWaitFor([current] { return current->state() != State::Loading; }, timeoutMs);
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<WindowFixture>();
        QVERIFY(m_fixture->start());
        m_demo = &m_fixture->demo;
        CallPolicy policy = m_demo->client.callPolicy();
        policy.timeoutMs = 1500; // silence
        policy.deadlineMs = 4000; // the whole reply
        m_demo->client.setCallPolicy(policy);
    }

    void cleanup()
    {
        m_fixture.reset();
        m_demo = nullptr;
    }

    void cleanupTestCase()
    {
        // Bounded replies keep the whole suite small; an endless body once took 2.4 GB.
        const qint64 peak = PeakMemory::residentKiB();
        qInfo("peak resident memory of the hostile suite: %lld KiB", peak);
        QVERIFY2(peak < PeakMemory::boundKiB(400 * 1024), "the hostile suite grew past 400 MiB");
    }

    void secondPageMisbehaves_data()
    {
        QTest::addColumn<ScriptedReply>("script");
        QTest::addColumn<int>("scriptedCalls"); // calls 2.. answered so (retries included)
        QTest::addColumn<State>("state");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("minRequests");
        QTest::addColumn<int>("maxRequests");

        const auto error = [](int status, const char *message) {
            return ScriptedReply::error(status, QString::fromLatin1(message));
        };
        QTest::newRow("200 error body")
                << ScriptedReply::errorWithHttp200(u"LinkedIn API error occurred"_s) << 1
                << State::Error << Kind::ServerError << 20 << 2 << 2;
        QTest::newRow("200 credits")
                << ScriptedReply::errorWithHttp200(u"Invalid API key or insufficient credits"_s)
                << 1 << State::Error << Kind::InvalidApiKey << 20 << 2 << 2;
        QTest::newRow("401") << error(401, "Invalid API key or insufficient credits") << 1
                             << State::Error << Kind::InvalidApiKey << 20 << 2 << 2;
        QTest::newRow("402") << error(402, "Payment required") << 1 << State::Error
                             << Kind::InvalidApiKey << 20 << 2 << 2;
        QTest::newRow("403") << error(403, "LinkedIn token expired") << 1 << State::Error
                             << Kind::LoginExpired << 20 << 2 << 2;
        QTest::newRow("404") << error(404, "Not found") << 1 << State::Error << Kind::BadRequest
                             << 20 << 2 << 2;
        QTest::newRow("429") << error(429, "API Rate limit exceeded") << 1 << State::Error
                             << Kind::RateLimited << 20 << 2 << 2;
        QTest::newRow("429 Retry-After")
                << withRetryAfter(error(429, "LinkedIn Rate limit exceeded"), "1") << 1
                << State::Error << Kind::RateLimited << 20 << 2 << 2;
        // Server errors are retried, twice at most; v1 does not bill them.
        QTest::newRow("500") << error(500, "LinkedIn API error occurred") << 3 << State::Error
                             << Kind::ServerError << 20 << 4 << 4;
        QTest::newRow("502") << ScriptedReply::raw(502, "<html>Bad gateway</html>") << 3
                             << State::Error << Kind::ServerError << 20 << 4 << 4;
        QTest::newRow("503") << error(503, "Service unavailable") << 3 << State::Error
                             << Kind::ServerError << 20 << 4 << 4;
        ScriptedReply truncated;
        truncated.truncateNormalBody = true;
        QTest::newRow("truncated JSON")
                << truncated << 1 << State::Error << Kind::MalformedReply << 20 << 2 << 2;
        QTest::newRow("over the cap, announced")
                << streaming(8 * 1024 * 1024, true) << 1 << State::Error << Kind::ReplyTooLarge
                << 20 << 2 << 2;
        QTest::newRow("over the cap, not announced")
                << streaming(8 * 1024 * 1024, false) << 1 << State::Error << Kind::ReplyTooLarge
                << 20 << 2 << 2;
        QTest::newRow("a body that never ends")
                << streaming(-1, false, 64 * 1024, 1) << 1 << State::Error << Kind::ReplyTooLarge
                << 20 << 2 << 2;
        QTest::newRow("a slow drip") << streaming(-1, false, 1, 200) << 1 << State::Error
                                     << Kind::DeadlinePassed << 20 << 2 << 2;
        ScriptedReply never;
        never.neverAnswer = true;
        QTest::newRow("a reply that never starts")
                << never << 1 << State::Error << Kind::Timeout << 20 << 2 << 2;
        // Qt's HTTP layer may itself send a request once more when a connection drops
        // before any byte, on top of the app's two retries.
        ScriptedReply dropped;
        dropped.closeWithoutAnswer = true;
        QTest::newRow("dropped connection")
                << dropped << 8 << State::Error << Kind::NetworkError << 20 << 4 << 7;
        QTest::newRow("empty page with a cursor")
                << Pages::reply({}, u"more"_s) << 1 << State::AtEnd << Kind::None << 20 << 2 << 2;
        QTest::newRow("more entries than asked for")
                << Pages::reply(Pages::conversations(u"flood-"_s, 5000), u"next"_s) << 1
                << State::Idle << Kind::None << 40 << 2 << 2;
        QTest::newRow("data not an object")
                << ScriptedReply::raw(200, R"({"status":"success","data":"nothing here"})") << 1
                << State::Error << Kind::MalformedReply << 20 << 2 << 2;
        QTest::newRow("no conversations array")
                << ScriptedReply::raw(200, R"({"status":"success","data":{"total_results":3}})")
                << 1 << State::Error << Kind::MalformedReply << 20 << 2 << 2;
        QTest::newRow("neither success nor error")
                << ScriptedReply::raw(200, R"({"status":"maybe"})") << 1 << State::Error
                << Kind::MalformedReply << 20 << 2 << 2;
        QTest::newRow("not JSON") << ScriptedReply::raw(200, "<html>hello</html>") << 1
                                  << State::Error << Kind::MalformedReply << 20 << 2 << 2;
    }

    void secondPageMisbehaves()
    {
        QFETCH(ScriptedReply, script);
        QFETCH(int, scriptedCalls);
        QFETCH(State, state);
        QFETCH(Kind, kind);
        QFETCH(int, rows);
        QFETCH(int, minRequests);
        QFETCH(int, maxRequests);
        for (int call = 2; call < 2 + scriptedCalls; ++call)
            m_demo->server.scriptInboxCall(call, script);

        ConversationListModel *model = firstPageThenScroll();
        QVERIFY(model);
        QVERIFY(settled(model));
        QVERIFY(m_fixture->window->isVisible()); // alive
        QCOMPARE(model->rowCount(), rows); // what was shown stays
        QCOMPARE(sync()->state(), state);
        QCOMPARE(sync()->lastError().kind, kind);
        ErrorBanner *banner = m_fixture->window->currentTab()->errorBanner();
        QCOMPARE(banner->isVisible(), state == State::Error);
        if (state == State::Error) {
            // The network gone: the rows are shown as what was saved, with Retry.
            const bool offline = kind == Kind::NetworkError || kind == Kind::Timeout;
            if (offline)
                QVERIFY(banner->message().startsWith(u"Offline"));
            else
                QCOMPARE(banner->message(), sync()->lastError().message);
            QVERIFY(banner->retryButton()->isVisible());
        }
        const int requests = m_demo->server.inboxCallCount();
        QVERIFY2(requests >= minRequests && requests <= maxRequests,
                 qPrintable(u"%1 requests"_s.arg(requests)));
        // Nothing is asked again by itself, not even after Retry-After would allow it.
        QTest::qWait(1200);
        QCOMPARE(m_demo->server.inboxCallCount(), requests);
        QCOMPARE(model->rowCount(), rows);
    }

    void pagesOfNothingNewStopAfterTwo()
    {
        // A server that keeps sending the conversations already shown, with fresh cursors.
        const QJsonArray same = Pages::conversations(u"same-"_s, 20);
        for (int call = 1; call <= 10; ++call)
            m_demo->server.scriptInboxCall(call, Pages::reply(same, u"fresh-%1"_s.arg(call)));
        ConversationListModel *model = firstPageThenScroll();
        QVERIFY(model);
        for (int i = 0; i < 5 && sync()->state() != State::Error; ++i) {
            QVERIFY(settled(model));
            userWheelDown(m_fixture->window->conversationView()); // at the end, the user wants more
        }
        QVERIFY(settled(model));
        QCOMPARE(sync()->state(), State::Error);
        QCOMPARE(sync()->lastError().kind, Kind::NothingNew);
        QVERIFY(m_fixture->window->currentTab()->errorBanner()->message().contains(
                u"already shown"));
        QCOMPARE(m_demo->server.inboxCallCount(), 3); // the first page and two of nothing new
        QCOMPARE(model->rowCount(), 20);
        QTest::qWait(500);
        QCOMPARE(m_demo->server.inboxCallCount(), 3);
        // Retry goes on with the next cursor, once.
        QTest::mouseClick(m_fixture->window->currentTab()->errorBanner()->retryButton(),
                          Qt::LeftButton);
        QTRY_COMPARE(m_demo->server.inboxCallCount(), 4);
    }

    void repeatedAndBackwardCursorsEndTheList()
    {
        // Page 2 names the cursor it was asked with: the list ends there.
        m_demo->server.setRepeatCursor(true);
        ConversationListModel *model = firstPageThenScroll();
        QVERIFY(model);
        QVERIFY(settled(model));
        QCOMPARE(sync()->state(), State::AtEnd);
        QCOMPARE(m_demo->server.inboxCallCount(), 2);
        QCOMPARE(model->rowCount(), 40);
    }

    void aCursorPointingBackEndsTheList()
    {
        m_demo->server.scriptInboxCall(1, Pages::reply(Pages::conversations(u"a-"_s, 20), u"c1"_s));
        m_demo->server.scriptInboxCall(2, Pages::reply(Pages::conversations(u"b-"_s, 20), u"c1"_s));
        ConversationListModel *model = firstPageThenScroll();
        QVERIFY(model);
        QVERIFY(settled(model));
        QCOMPARE(sync()->state(), State::AtEnd);
        QCOMPARE(model->rowCount(), 40);
        userWheelDown(m_fixture->window->conversationView());
        QTest::qWait(200);
        QCOMPARE(m_demo->server.inboxCallCount(), 2);
    }

    void aThreadOfTheWrongShapeSaysSo()
    {
        // A success without data.messages: an error with Retry, not an empty pane.
        m_demo->server.scriptConversationCall(
                1,
                ScriptedReply::raw(200, R"({"status":"success","data":{"conversation_id":"x"}})"));
        MainWindow *window = openWindow();
        QTRY_COMPARE(window->model()->rowCount(), 20);
        window->openThreadInPlace(window->model()->conversationAt(0).id);
        ThreadPane *pane = window->threadPane();
        QTRY_VERIFY(pane->model() && pane->model()->state() == State::Error);
        QVERIFY(pane->errorBanner()->isVisible());
        QVERIFY(pane->errorBanner()->message().contains(u"could not be read"));
        QCOMPARE(pane->model()->lastError().kind, Kind::MalformedReply);
        QTest::mouseClick(pane->errorBanner()->retryButton(), Qt::LeftButton);
        QTRY_VERIFY(pane->model()->rowCount() > 0);
        QCOMPARE(m_demo->server.conversationCallCount(), 2);
    }

    void olderThreadPagesOfNothingNewStop()
    {
        // The server answers every older page with the newest messages again.
        MainWindow *window = openWindow();
        QTRY_COMPARE(window->model()->rowCount(), 20);
        const Conversation conversation = window->model()->conversationAt(0);
        QJsonArray newest;
        for (int i = 0; i < 10; ++i)
            newest.append(QJsonObject{{u"entity_urn"_s, u"m-%1"_s.arg(i)},
                                      {u"text"_s, u"message %1"_s.arg(i)},
                                      {u"timestamp"_s, 1748629426457.0 - i * 1000.0}});
        for (int call = 1; call <= 10; ++call) {
            const QJsonObject data{{u"conversation_id"_s, conversation.id},
                                   {u"messages"_s, newest},
                                   {u"next_cursor"_s, u"older-%1"_s.arg(call)}};
            m_demo->server.scriptConversationCall(
                    call,
                    ScriptedReply::raw(200,
                                       QJsonDocument(QJsonObject{{u"status"_s, u"success"_s},
                                                                 {u"data"_s, data}})
                                               .toJson()));
        }
        window->openThreadInPlace(conversation.id);
        ThreadPane *pane = window->threadPane();
        QTRY_VERIFY(pane->model() && pane->model()->rowCount() == 10);
        for (int i = 0; i < 6 && pane->model()->state() != State::Error; ++i) {
            QTRY_VERIFY(pane->model()->state() != State::Loading);
            pane->model()->loadOlder();
        }
        QTRY_COMPARE(pane->model()->state(), State::Error);
        QCOMPARE(pane->model()->lastError().kind, Kind::NothingNew);
        QVERIFY(pane->errorBanner()->message().contains(u"messages already shown"));
        QCOMPARE(m_demo->server.conversationCallCount(), 3);
        QCOMPARE(pane->model()->rowCount(), 10);
    }

    void duplicatesAcrossPagesAreShownOnce()
    {
        QJsonArray second = Pages::conversations(u"new-"_s, 10);
        const QJsonArray first = Pages::conversations(u"old-"_s, 20);
        for (int i = 0; i < 10; ++i)
            second.append(first.at(i));
        m_demo->server.scriptInboxCall(1, Pages::reply(first, u"c2"_s));
        m_demo->server.scriptInboxCall(2, Pages::reply(second, u"c3"_s));
        ConversationListModel *model = firstPageThenScroll();
        QVERIFY(model);
        QVERIFY(settled(model));
        QCOMPARE(model->rowCount(), 30);
        QCOMPARE(sync()->state(), State::Idle);
    }

    void aRedirectIsNotFollowed()
    {
        // The other host must not see the request, let alone the API key.
        ScriptedDemoServer other;
        QVERIFY(other.listenOnLoopback());
        QUrl target = other.apiBase();
        target.setPath(target.path() + u"/messages/inbox"_s);
        m_demo->server.scriptInboxCall(2, ScriptedReply::redirect(target));
        ConversationListModel *model = firstPageThenScroll();
        QVERIFY(model);
        QVERIFY(settled(model));
        QCOMPARE(sync()->state(), State::Error);
        QCOMPARE(sync()->lastError().kind, Kind::MalformedReply);
        QTest::qWait(300);
        QCOMPARE(other.inboxCallCount(), 0);
        QCOMPARE(other.otherRequestCount(), 0);
        QCOMPARE(m_demo->server.inboxCallCount(), 2);
        QCOMPARE(model->rowCount(), 20);
    }

    void everyWrongTypeInEveryField()
    {
        // Numbers for strings, strings for numbers, arrays and objects for both, nulls:
        // a page for each wrong value, each page with that value in every field.
        const QList<QJsonValue> wrongs = {QJsonValue(42),           QJsonValue(true),
                                          QJsonValue::Null,         QJsonArray{1, 2},
                                          QJsonObject{{u"x"_s, 1}}, QJsonValue(u"text"_s),
                                          QJsonValue(-1e308)};
        const QStringList personFields{u"name"_s, u"headline"_s, u"profile_url"_s,
                                       u"profile_picture"_s};
        const QStringList fields =
                QStringList{u"participant"_s, u"last_message"_s, u"unread"_s, u"type"_s, u"time"_s}
                + personFields;
        int n = 0;
        for (int page = 0; page < wrongs.size(); ++page) {
            const QJsonValue &wrong = wrongs.at(page);
            QJsonArray entries;
            for (const QString &field : fields) {
                QJsonObject entry = Pages::conversation(u"typed-%1"_s.arg(n++), u"Typed"_s);
                if (personFields.contains(field)) {
                    QJsonObject person = entry.value(u"participant").toObject();
                    person.insert(field, wrong);
                    entry.insert(u"participant"_s, person);
                } else if (field == u"time") {
                    QJsonObject last = entry.value(u"last_message").toObject();
                    last.insert(field, wrong);
                    last.insert(u"text"_s, wrong);
                    last.insert(u"sender"_s, wrong);
                    entry.insert(u"last_message"_s, last);
                } else {
                    entry.insert(field, wrong);
                }
                entries.append(entry);
            }
            QJsonObject noId = Pages::conversation(u"ignored"_s, u"No id"_s);
            noId.insert(u"conversation_id"_s, wrong);
            entries.append(noId);
            entries.append(wrong); // not even an object
            const bool last = page == wrongs.size() - 1;
            m_demo->server.scriptInboxCall(
                    2 + page,
                    Pages::reply(entries,
                                 last ? QJsonValue() : QJsonValue(u"wrong-%1"_s.arg(page))));
        }
        ConversationListModel *model = firstPageThenScroll();
        QVERIFY(model);
        for (int step = 0; step < 30 && sync()->state() != State::AtEnd; ++step) {
            QVERIFY(settled(model));
            if (sync()->state() == State::Error)
                break;
            userScrollToBottom(m_fixture->window->conversationView());
        }
        QVERIFY(settled(model));
        QVERIFY(m_fixture->window->isVisible());
        QCOMPARE(sync()->state(), State::AtEnd);
        QCOMPARE(m_demo->server.inboxCallCount(), 1 + int(wrongs.size()));
        // Every entry with an id is a row, whatever else is wrong in it (a string is an
        // id: the "ignored" entry of the page of text counts).
        QCOMPARE(model->rowCount(), 20 + n + 1);
        QVERIFY(model->rowOf(u"text"_s) >= 0);
        for (int row = 20; row < model->rowCount(); row += 7) {
            m_fixture->window->conversationView()->scrollTo(model->index(row));
            m_fixture->window->conversationView()->viewport()->repaint(); // painting copes too
        }
        QVERIFY(m_fixture->window->isVisible());
    }

    void everyWrongTypeInEveryMessageField()
    {
        const QList<QJsonValue> wrongs = {QJsonValue(42),           QJsonValue(true),
                                          QJsonValue::Null,         QJsonArray{1, 2},
                                          QJsonObject{{u"x"_s, 1}}, QJsonValue(-1e308)};
        QJsonArray messages;
        int n = 0;
        for (const QJsonValue &wrong : wrongs) {
            for (const QString &field : {u"text"_s, u"timestamp"_s, u"sender"_s, u"sender_info"_s,
                                         u"message_type"_s, u"entity_urn"_s}) {
                QJsonObject message{
                        {u"entity_urn"_s, u"urn:li:msg:typed-%1"_s.arg(n++)},
                        {u"text"_s, u"hello"_s},
                        {u"timestamp"_s, 1748629426457.0 - n * 60000.0},
                        {u"sender"_s, u"urn:li:fsd_profile:ACoAAB"_s},
                        {u"sender_info"_s,
                         QJsonObject{{u"first_name"_s, u"A"_s}, {u"last_name"_s, u"B"_s}}},
                        {u"message_type"_s, u"TEXT"_s}};
                message.insert(field, wrong);
                messages.append(message);
            }
            messages.append(wrong); // not a message at all
        }
        MainWindow *window = openWindow();
        QTRY_VERIFY(window->model()->rowCount() >= 20);
        const QString id = window->model()->idAt(0);
        const QJsonObject data{{u"conversation_id"_s, id},
                               {u"messages"_s, messages},
                               {u"next_cursor"_s, QJsonValue()}};
        m_demo->server.scriptConversationCall(
                m_demo->server.conversationCallCount() + 1,
                ScriptedReply::raw(
                        200,
                        QJsonDocument(QJsonObject{{u"status"_s, u"success"_s}, {u"data"_s, data}})
                                .toJson()));
        window->openThreadInPlace(id);
        QTRY_VERIFY(window->threadPane()->model());
        MessageListModel *thread = window->threadPane()->model();
        QTRY_VERIFY(thread->state() != PageLoader::State::Loading);
        QVERIFY(window->isVisible());
        // Bounded to what was asked for, and shown; nothing of it crashes the painting.
        QVERIFY(thread->rowCount() > 0);
        window->threadPane()->view()->viewport()->repaint();
        QVERIFY(window->isVisible());
    }
};

QTEST_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
