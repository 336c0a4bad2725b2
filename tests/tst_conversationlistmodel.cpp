#include "api/billing.h"
#include "inbox/conversationlistmodel.h"
#include "support/demofixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(ScriptedReply)
Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

using State = ConversationListModel::LoadState;

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

class TestConversationListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoFixture> m_demo;
    std::unique_ptr<ConversationListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void makeModel(InboxCategory category = InboxCategory::Inbox)
    {
        m_model = std::make_unique<ConversationListModel>(&m_demo->client, category,
                                                          QStringLiteral("FR"));
        m_tester = std::make_unique<QAbstractItemModelTester>(
                m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    // Asks for the next page (unless one is on its way already: the model tester calls
    // loadMore() itself, as a view would) and waits until it has landed or failed.
    bool loadNextPage()
    {
        if (m_model->state() != State::Loading) {
            if (!m_model->canLoadMore())
                return false;
            m_model->loadMore();
        }
        return QTest::qWaitFor([this] { return m_model->state() != State::Loading; }, 15000);
    }

    // For tests of a bare model: no tester, which asks for data like a view, and a fresh
    // server that has seen no request yet.
    bool dropModel()
    {
        cleanup();
        m_demo = std::make_unique<DemoFixture>();
        return m_demo->start();
    }

private slots:
    void init()
    {
        m_demo = std::make_unique<DemoFixture>();
        QVERIFY(m_demo->start());
        makeModel();
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_demo.reset();
    }

    void startsIdleAndEmpty()
    {
        QVERIFY(dropModel());
        ConversationListModel model(&m_demo->client, InboxCategory::Inbox, QStringLiteral("FR"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.state(), State::Idle);
        QVERIFY(model.canLoadMore());
        QCOMPARE(m_demo->server.inboxCallCount(), 0); // nothing until a view asks
    }

    void scrollsThroughEveryPageOnce()
    {
        const int total = m_demo->server.sampleCount(QStringLiteral("INBOX"));
        QVERIFY(total > 120);
        int pages = 0;
        while (loadNextPage())
            ++pages;
        QCOMPARE(m_model->state(), State::AtEnd);
        QCOMPARE(m_model->rowCount(), total);
        QCOMPARE(pages, (total + 19) / 20);
        QCOMPARE(m_demo->server.inboxCallCount(), pages);
        QVERIFY(!m_model->canLoadMore());

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
        makeModel(category);
        while (loadNextPage()) { }
        QCOMPARE(m_model->state(), State::AtEnd);
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
            m_model->loadMore();
        QCOMPARE(m_model->state(), State::Loading);
        QVERIFY(!m_model->canLoadMore());
        QTRY_COMPARE(m_model->state(), State::Idle);
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
        QCOMPARE(m_model->state(), State::AtEnd);
    }

    void repeatedCursorEndsTheList()
    {
        m_demo->server.setRepeatCursor(true);
        while (loadNextPage()) { }
        QCOMPARE(m_model->state(), State::AtEnd);
        QCOMPARE(m_demo->server.inboxCallCount(), 2);
        QCOMPARE(m_model->rowCount(), 40);
    }

    void emptyPageWithCursorEndsTheList()
    {
        m_demo->server.scriptInboxCall(1, pageReply({}, QStringLiteral("more")));
        QVERIFY(loadNextPage());
        QCOMPARE(m_model->state(), State::AtEnd);
        QVERIFY(!m_model->canLoadMore());
    }

    void staleReplyAfterRefreshIsDropped()
    {
        ScriptedReply slow;
        slow.delayMs = 300;
        slow.body = pageReply({conversationJson(QStringLiteral("stale"), QStringLiteral("Old"))},
                              QStringLiteral("stale-cursor"))
                            .body;
        m_demo->server.scriptInboxCall(1, slow);
        m_model->loadMore();
        QTRY_COMPARE(m_demo->server.inboxCallCount(), 1);
        m_model->refresh();
        QTRY_COMPARE(m_model->state(), State::Idle);
        QCOMPARE(m_model->rowCount(), 20);
        // Load once more, which outlasts the stale reply's delay, and check it never landed.
        m_demo->server.setInboxDelay(400);
        QVERIFY(loadNextPage());
        QCOMPARE(m_model->rowCount(), 40);
        QCOMPARE(m_model->rowOf(QStringLiteral("stale")), -1);
        QVERIFY(cursorOf(m_demo->server.inboxRequests().at(1)).isEmpty());
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
        QCOMPARE(m_model->state(), State::Error);
        QCOMPARE(m_model->lastError().kind, kind);
        QCOMPARE(m_model->rowCount(), 20);
        QVERIFY(!m_model->canLoadMore());
        const int callsAfterError = m_demo->server.inboxCallCount();
        m_model->loadMore(); // a view asking again must not retry by itself
        QCOMPARE(m_demo->server.inboxCallCount(), callsAfterError);

        const QString failedCursor = cursorOf(m_demo->server.inboxRequests().at(1));
        QVERIFY(!failedCursor.isEmpty());
        for (int call = callsAfterError + 1; call < callsAfterError + 5; ++call)
            m_demo->server.scriptInboxCall(call, ScriptedReply());
        m_model->retry();
        QTRY_VERIFY_WITH_TIMEOUT(m_model->state() == State::Idle, 15000);
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
        QCOMPARE(m_model->state(), State::Error);
        QCOMPARE(m_model->lastError().retryAfterSeconds, 1);
        m_model->retry();
        QCOMPARE(m_model->state(), State::Loading);
        QCOMPARE(m_demo->server.inboxCallCount(), 2); // not yet: Retry-After is honoured
        QTRY_COMPARE_WITH_TIMEOUT(m_model->state(), State::Idle, 5000);
        QCOMPARE(m_demo->server.inboxCallCount(), 3);
    }

    void refreshStartsFromTheFirstPage()
    {
        QVERIFY(loadNextPage());
        QVERIFY(loadNextPage());
        QCOMPARE(m_model->rowCount(), 40);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->refresh();
        QCOMPARE(reset.count(), 1);
        QTRY_COMPARE(m_model->state(), State::Idle);
        QCOMPARE(m_model->rowCount(), 20);
        QVERIFY(cursorOf(m_demo->server.inboxRequests().last()).isEmpty());
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
        ConversationListModel model(&m_demo->client, InboxCategory::Inbox, QStringLiteral("FR"));
        model.setPageSize(requested);
        QCOMPARE(model.pageSize(), expected);
        model.loadMore();
        QTRY_COMPARE(model.state(), State::Idle);
        const QJsonObject body =
                QJsonDocument::fromJson(m_demo->server.inboxRequests().last().body).object();
        QCOMPARE(body.value(u"total_results").toInt(), expected);
        QCOMPARE(model.rowCount(), expected);
    }
};

QTEST_GUILESS_MAIN(TestConversationListModel)
#include "tst_conversationlistmodel.moc"
