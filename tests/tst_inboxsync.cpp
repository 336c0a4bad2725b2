#include "api/billing.h"
#include "inbox/conversationlistmodel.h"
#include "inbox/inboxsync.h"
#include "support/demofixture.h"
#include "support/storefixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(ScriptedReply)
Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

using State = PageLoader::State;

QJsonObject conversationJson(const QString &id, const QString &name)
{
    const QJsonObject person{{QStringLiteral("name"), name},
                             {QStringLiteral("headline"), QStringLiteral("Headline")},
                             {QStringLiteral("profile_url"),
                              QString(QStringLiteral("https://www.linkedin.com/in/") + id)}};
    return {{QStringLiteral("conversation_id"), id},
            {QStringLiteral("participant"), person},
            {QStringLiteral("last_message"),
             QJsonObject{{QStringLiteral("text"), QStringLiteral("hi")},
                         {QStringLiteral("time"), 1748629426457.0},
                         {QStringLiteral("sender"), person}}},
            {QStringLiteral("unread"), 0},
            {QStringLiteral("type"), QStringLiteral("normal")}};
}

ScriptedReply pageReply(const QJsonArray &conversations, const QJsonValue &nextCursor)
{
    const QJsonObject data{{QStringLiteral("conversations"), conversations},
                           {QStringLiteral("total_results"), conversations.size()},
                           {QStringLiteral("next_cursor"), nextCursor}};
    return ScriptedReply::raw(
            200,
            QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("success")},
                                      {QStringLiteral("data"), data}})
                    .toJson());
}

QString cursorOf(const RecordedRequest &request)
{
    return QJsonDocument::fromJson(request.body).object().value(u"next_cursor").toString();
}

} // namespace

class TestInboxSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoFixture> m_demo;
    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<ConversationListModel> m_model;
    std::unique_ptr<InboxSync> m_sync;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    InboxSync::FetchPage network()
    {
        DemoFixture *demo = m_demo.get();
        return [demo](const InboxQuery &query, QObject *context,
                      LinkupClient::InboxCallback onDone) {
            return demo->client.fetchInbox(query, context, std::move(onDone));
        };
    }

    // A category's list over the fixture's store, as the session makes it.
    void makeSync(InboxCategory category = InboxCategory::Inbox)
    {
        m_tester.reset();
        m_sync.reset();
        m_model = std::make_unique<ConversationListModel>(&m_store->conversations, category);
        m_sync = std::make_unique<InboxSync>(&m_store->conversations, m_model.get(), network());
        m_tester = std::make_unique<QAbstractItemModelTester>(
                m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_sync->start();
    }

    // Asks for the next page and waits until it has landed or failed.
    bool loadNextPage()
    {
        if (m_sync->state() != State::Loading) {
            if (!m_sync->canLoadMore())
                return false;
            m_sync->loadMore();
        }
        return settled();
    }

    bool settled()
    {
        return QTest::qWaitFor([this] { return m_sync->state() != State::Loading; }, 15000);
    }

    // A fresh server that has seen no request yet, and an empty store.
    bool dropModel()
    {
        cleanup();
        m_demo = std::make_unique<DemoFixture>();
        m_store = std::make_unique<StoreFixture>();
        return m_demo->start() && m_store->open();
    }

private slots:
    void init()
    {
        m_demo = std::make_unique<DemoFixture>();
        QVERIFY(m_demo->start());
        m_store = std::make_unique<StoreFixture>();
        QVERIFY(m_store->open());
        makeSync();
    }

    void cleanup()
    {
        m_tester.reset();
        m_sync.reset();
        m_model.reset();
        m_store.reset();
        m_demo.reset();
    }

    void startsIdleAndEmpty()
    {
        QVERIFY(dropModel());
        ConversationListModel model(&m_store->conversations, InboxCategory::Inbox);
        InboxSync sync(&m_store->conversations, &model, network());
        sync.start();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(sync.state(), State::Idle);
        QVERIFY(sync.canLoadMore());
        QVERIFY(!model.canFetchMore()); // a view never buys a page by itself
        QCOMPARE(m_demo->server.inboxCallCount(), 0); // nothing until the user asks
    }

    void scrollsThroughEveryPageOnce()
    {
        const int total = m_demo->server.sampleCount(QStringLiteral("INBOX"));
        QVERIFY(total > 120);
        int pages = 0;
        while (loadNextPage())
            ++pages;
        QCOMPARE(m_sync->state(), State::AtEnd);
        QCOMPARE(m_model->rowCount(), total);
        QCOMPARE(pages, (total + 19) / 20);
        QCOMPARE(m_demo->server.inboxCallCount(), pages);
        QVERIFY(!m_sync->canLoadMore());

        QSet<QString> ids;
        for (int row = 0; row < m_model->rowCount(); ++row)
            ids.insert(m_model->index(row).data(ConversationListModel::IdRole).toString());
        QCOMPARE(ids.size(), total);
        // Newest first, as the API sends them.
        QVERIFY(m_model->index(0).data(ConversationListModel::LastMessageTimeRole).toDateTime()
                >= m_model->index(total - 1)
                           .data(ConversationListModel::LastMessageTimeRole)
                           .toDateTime());
    }

    void eachCategoryLoadsItsOwnConversations_data()
    {
        QTest::addColumn<InboxCategory>("category");
        QTest::addColumn<QString>("name");
        QTest::newRow("inmail") << InboxCategory::InMail << QStringLiteral("INMAIL");
        QTest::newRow("job") << InboxCategory::Job << QStringLiteral("JOB");
        QTest::newRow("unread") << InboxCategory::Unread << QStringLiteral("UNREAD");
    }

    void eachCategoryLoadsItsOwnConversations()
    {
        QFETCH(InboxCategory, category);
        QFETCH(QString, name);
        makeSync(category);
        while (loadNextPage()) { }
        QCOMPARE(m_sync->state(), State::AtEnd);
        QCOMPARE(m_model->rowCount(), m_demo->server.sampleCount(name));
        if (category == InboxCategory::Unread) {
            for (int row = 0; row < m_model->rowCount(); ++row)
                QVERIFY(m_model->index(row).data(ConversationListModel::UnreadCountRole).toInt()
                        > 0);
        }
    }

    void fetchMoreTenTimesSendsOneRequest()
    {
        m_demo->server.setInboxDelay(50);
        for (int i = 0; i < 10; ++i)
            m_sync->loadMore();
        QCOMPARE(m_sync->state(), State::Loading);
        QVERIFY(!m_sync->canLoadMore());
        QTRY_COMPARE(m_sync->state(), State::Idle);
        QCOMPARE(m_demo->server.inboxCallCount(), 1);
        QCOMPARE(m_model->rowCount(), 20);
    }

    void duplicatesAcrossPagesAreDropped()
    {
        m_demo->server.scriptInboxCall(
                1,
                pageReply({conversationJson(QStringLiteral("a"), QStringLiteral("Ann")),
                           conversationJson(QStringLiteral("b"), QStringLiteral("Bob"))},
                          QStringLiteral("c1")));
        m_demo->server.scriptInboxCall(
                2,
                pageReply({conversationJson(QStringLiteral("b"), QStringLiteral("Bob")),
                           conversationJson(QStringLiteral("c"), QStringLiteral("Cem"))},
                          QJsonValue::Null));
        QVERIFY(loadNextPage());
        QVERIFY(loadNextPage());
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->rowOf(QStringLiteral("c")), 2);
        QCOMPARE(m_sync->state(), State::AtEnd);
    }

    void repeatedCursorEndsTheList()
    {
        m_demo->server.setRepeatCursor(true);
        while (loadNextPage()) { }
        QCOMPARE(m_sync->state(), State::AtEnd);
        QCOMPARE(m_demo->server.inboxCallCount(), 2);
        QCOMPARE(m_model->rowCount(), 40);
    }

    void emptyPageWithCursorEndsTheList()
    {
        m_demo->server.scriptInboxCall(1, pageReply({}, QStringLiteral("more")));
        QVERIFY(loadNextPage());
        QCOMPARE(m_sync->state(), State::AtEnd);
        QVERIFY(!m_sync->canLoadMore());
    }

    void aReplyForAnEarlierStartIsDropped()
    {
        // The store taken up again (another account's file, say) while a page is on its
        // way: that page is for a list that is gone.
        ScriptedReply slow;
        slow.delayMs = 300;
        slow.body = pageReply({conversationJson(QStringLiteral("stale"), QStringLiteral("Old"))},
                              QStringLiteral("stale-cursor"))
                            .body;
        m_demo->server.scriptInboxCall(1, slow);
        m_sync->loadMore();
        QTRY_COMPARE(m_demo->server.inboxCallCount(), 1);
        m_sync->start();
        QCOMPARE(m_sync->state(), State::Idle);
        QVERIFY(loadNextPage());
        QCOMPARE(m_model->rowCount(), 20);
        QTest::qWait(400); // past the stale reply's delay
        QCOMPARE(m_model->rowOf(QStringLiteral("stale")), -1);
        QCOMPARE(m_store->conversations.count(InboxCategory::Inbox), 20);
    }

    void errorKeepsRowsAndRetryContinues_data()
    {
        QTest::addColumn<ScriptedReply>("failure");
        QTest::addColumn<int>("failingCalls"); // attempts the client makes before giving up
        QTest::addColumn<ApiError::Kind>("kind");
        using K = ApiError::Kind;
        QTest::newRow("401") << ScriptedReply::error(
                401, QStringLiteral("Invalid API key or insufficient credits"))
                             << 1 << K::InvalidApiKey;
        QTest::newRow("403") << ScriptedReply::error(403, QStringLiteral("LinkedIn token expired"))
                             << 1 << K::LoginExpired;
        QTest::newRow("429") << ScriptedReply::error(429,
                                                     QStringLiteral("LinkedIn Rate limit exceeded"))
                             << 1 << K::RateLimited;
        QTest::newRow("500") << ScriptedReply::error(
                500, QStringLiteral("An error occurred while processing your request"))
                             << 3 << K::ServerError;
        QTest::newRow("200 error")
                << ScriptedReply::errorWithHttp200(QStringLiteral("Session expired")) << 1
                << K::LoginExpired;
        ScriptedReply truncated;
        truncated.truncateNormalBody = true;
        QTest::newRow("truncated") << truncated << 1 << K::MalformedReply;
        ScriptedReply silent;
        silent.delayMs = 2000;
        QTest::newRow("timeout") << silent << 1 << K::Timeout;
        ScriptedReply dropped;
        dropped.closeWithoutAnswer = true;
        QTest::newRow("dropped") << dropped << 3 << K::NetworkError;
    }

    void errorKeepsRowsAndRetryContinues()
    {
        QFETCH(ScriptedReply, failure);
        QFETCH(int, failingCalls);
        QFETCH(ApiError::Kind, kind);
        CallPolicy policy = m_demo->client.callPolicy();
        policy.timeoutMs = 300;
        m_demo->client.setCallPolicy(policy);

        QVERIFY(loadNextPage());
        QCOMPARE(m_model->rowCount(), 20);
        QSignalSpy served(&m_demo->server, &ScriptedDemoServer::inboxRequestServed);
        for (int call = 2; call < 2 + failingCalls + 2; ++call) // room for transport re-sends
            m_demo->server.scriptInboxCall(call, failure);
        QVERIFY(loadNextPage());
        QCOMPARE(m_sync->state(), State::Error);
        QCOMPARE(m_sync->lastError().kind, kind);
        QCOMPARE(m_model->rowCount(), 20);
        QVERIFY(!m_sync->canLoadMore());
        const int callsAfterError = m_demo->server.inboxCallCount();
        m_sync->loadMore(); // a view asking again must not retry by itself
        QCOMPARE(m_demo->server.inboxCallCount(), callsAfterError);

        const QString failedCursor = cursorOf(m_demo->server.inboxRequests().at(1));
        QVERIFY(!failedCursor.isEmpty());
        for (int call = callsAfterError + 1; call < callsAfterError + 5; ++call)
            m_demo->server.scriptInboxCall(call, ScriptedReply());
        m_sync->retry();
        QTRY_VERIFY_WITH_TIMEOUT(m_sync->state() == State::Idle, 15000);
        QCOMPARE(cursorOf(m_demo->server.inboxRequests().last()), failedCursor);
        QCOMPARE(m_model->rowCount(), 40);
    }

    void retryWaitsForRetryAfter()
    {
        QVERIFY(loadNextPage());
        ScriptedReply limited =
                ScriptedReply::error(429, QStringLiteral("API Rate limit exceeded"));
        limited.headers.append({QByteArray("Retry-After"), QByteArray("1")});
        m_demo->server.scriptInboxCall(2, limited);
        QVERIFY(loadNextPage());
        QCOMPARE(m_sync->state(), State::Error);
        QCOMPARE(m_sync->lastError().retryAfterSeconds, 1);
        m_sync->retry();
        QCOMPARE(m_sync->state(), State::Loading);
        QCOMPARE(m_demo->server.inboxCallCount(), 2); // not yet: Retry-After is honoured
        QTRY_COMPARE_WITH_TIMEOUT(m_sync->state(), State::Idle, 5000);
        QCOMPARE(m_demo->server.inboxCallCount(), 3);
    }

    void refreshAsksForTheFirstPageAndKeepsEverything()
    {
        QVERIFY(loadNextPage());
        QVERIFY(loadNextPage());
        QCOMPARE(m_model->rowCount(), 40);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_sync->refresh();
        QVERIFY(settled());
        QCOMPARE(reset.count(), 0); // merged in place, never reset
        QCOMPARE(m_model->rowCount(), 40);
        QVERIFY(cursorOf(m_demo->server.inboxRequests().last()).isEmpty());
        QCOMPARE(m_demo->server.inboxCallCount(), 3); // it met the stored rows at once
        // The list below goes on where it was.
        QVERIFY(loadNextPage());
        QCOMPARE(m_model->rowCount(), 60);
    }

    void hostileEntriesAreSkippedOrSanitized()
    {
        const QString huge(200000, u'x');
        QJsonObject markup = conversationJson(QStringLiteral("m"),
                                              QStringLiteral("<b>Bold?</b>\u202Eevil\nname"));
        QJsonObject longText = conversationJson(QStringLiteral("long"), QStringLiteral("Long"));
        QJsonObject last = longText.value(u"last_message").toObject();
        last.insert(u"text", huge);
        longText.insert(u"last_message", last);
        const QJsonObject wrongTypes{{QStringLiteral("conversation_id"), QStringLiteral("w")},
                                     {QStringLiteral("participant"), QStringLiteral("nobody")},
                                     {QStringLiteral("last_message"), QJsonArray{1, 2}},
                                     {QStringLiteral("unread"), QStringLiteral("many")},
                                     {QStringLiteral("type"), 7}};
        const QJsonObject noId{{QStringLiteral("participant"), QJsonObject()}};
        m_demo->server.scriptInboxCall(1,
                                       pageReply({markup, longText, wrongTypes, noId, 42,
                                                  QStringLiteral("text"), QJsonValue::Null},
                                                 QJsonValue::Null));
        QVERIFY(loadNextPage());
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->index(0).data().toString(), QStringLiteral("<b>Bold?</b>evil name"));
        QVERIFY(m_model->index(1).data(ConversationListModel::LastMessageTextRole).toString().size()
                <= 1001);
        const QModelIndex odd = m_model->index(2);
        QCOMPARE(odd.data().toString(), QString());
        QCOMPARE(odd.data(ConversationListModel::UnreadCountRole).toInt(), 0);
        QVERIFY(!odd.data(ConversationListModel::LastMessageTimeRole).toDateTime().isValid());
        QVERIFY(!odd.data(Qt::AccessibleTextRole).toString().isEmpty());
    }

    void rolesDescribeTheConversation()
    {
        QVERIFY(loadNextPage());
        const QHash<int, QByteArray> names = m_model->roleNames();
        QCOMPARE(names.value(ConversationListModel::UnreadCountRole), QByteArray("unreadCount"));
        bool sawMine = false;
        bool sawTheirs = false;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row);
            const bool mine = index.data(ConversationListModel::SentByMeRole).toBool();
            (mine ? sawMine : sawTheirs) = true;
            QVERIFY(index.data(ConversationListModel::LastMessageTimeRole).toDateTime().isValid());
            QVERIFY(index.data(Qt::AccessibleTextRole)
                            .toString()
                            .startsWith(index.data().toString()));
            QVERIFY(index.data(Qt::ToolTipRole).toString().contains(index.data().toString()));
        }
        QVERIFY(sawMine && sawTheirs);
    }

    void pageSizeIsNormalized_data()
    {
        QTest::addColumn<int>("requested");
        QTest::addColumn<int>("expected");
        QTest::newRow("1") << 1 << 10;
        QTest::newRow("10") << 10 << 10;
        QTest::newRow("14") << 14 << 10;
        QTest::newRow("15") << 15 << 20;
        QTest::newRow("20") << 20 << 20;
        QTest::newRow("25") << 25 << 20;
        QTest::newRow("500") << 500 << 20;
        QTest::newRow("-3") << -3 << 10;
    }

    void pageSizeIsNormalized()
    {
        QFETCH(int, requested);
        QFETCH(int, expected);
        QCOMPARE(Billing::normalizedPageSize(requested), expected);
        QVERIFY(dropModel());
        ConversationListModel model(&m_store->conversations, InboxCategory::Inbox);
        InboxSync sync(&m_store->conversations, &model, network());
        sync.start();
        sync.setPageSize(requested);
        QCOMPARE(sync.pageSize(), expected);
        sync.loadMore();
        QTRY_COMPARE(sync.state(), State::Idle);
        const QJsonObject body =
                QJsonDocument::fromJson(m_demo->server.inboxRequests().last().body).object();
        QCOMPARE(body.value(u"total_results").toInt(), expected);
        QCOMPARE(model.rowCount(), expected);
    }
};

QTEST_GUILESS_MAIN(TestInboxSync)
#include "tst_inboxsync.moc"
