// MessageListModel against the built-in server: chat order, paging older messages in at
// the top, the inbox model's rules (one request, stale replies, errors, repeated
// cursors), hostile text, and the run/day/sender flags the delegate paints from.

#include "api/billing.h"
#include "api/inboxparser.h"
#include "api/jsonfields.h"
#include "support/demofixture.h"
#include "thread/messagelistmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ScriptedReply)
Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

using State = MessageListModel::LoadState;
using M = MessageListModel;

const QString ConversationA =
        QStringLiteral("urn:li:msg_conversation:(urn:li:fsd_profile:OWNER,2-A)");
const QString AnnaUrn = QStringLiteral("urn:li:fsd_profile:ACoAAAnna");
const QString OwnerUrn = QStringLiteral("urn:li:fsd_profile:OWNER");

Person anna()
{
    Person person;
    person.name = QStringLiteral("Anna Smith");
    person.profileUrl = QStringLiteral("https://www.linkedin.com/in/anna-smith");
    return person;
}

QJsonObject messageJson(const QString &id, const QString &text, qint64 timeMs, bool fromAnna,
                        bool system = false)
{
    return {{QStringLiteral("entity_urn"), id},
            {QStringLiteral("text"), text},
            {QStringLiteral("timestamp"), double(timeMs)},
            {QStringLiteral("sender"), fromAnna ? AnnaUrn : OwnerUrn},
            {QStringLiteral("sender_info"),
             QJsonObject{{QStringLiteral("first_name"),
                          fromAnna ? QStringLiteral("Anna") : QStringLiteral("Alex")},
                         {QStringLiteral("last_name"),
                          fromAnna ? QStringLiteral("Smith") : QStringLiteral("Morgan")}}},
            {QStringLiteral("message_type"),
             system ? QStringLiteral("SYSTEM") : QStringLiteral("TEXT")}};
}

ScriptedReply pageReply(const QJsonArray &newestFirst, const QJsonValue &nextCursor)
{
    const QJsonObject data{{QStringLiteral("conversation_id"), ConversationA},
                           {QStringLiteral("messages"), newestFirst},
                           {QStringLiteral("next_cursor"), nextCursor}};
    return ScriptedReply::raw(
            200,
            QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("success")},
                                      {QStringLiteral("data"), data}})
                    .toJson());
}

const qint64 NumberedBase = QDateTime(QDate(2025, 5, 1), QTime(9, 0)).toMSecsSinceEpoch();

// Messages m<first>..m<first + count - 1>, newest first: m0 is the newest, each next one
// a minute older.
QJsonArray numberedMessages(int first, int count)
{
    QJsonArray messages;
    for (int i = first; i < first + count; ++i)
        messages.append(messageJson(QString(u"m"_s + QString::number(i)),
                                    QString(u"text "_s + QString::number(i)),
                                    NumberedBase - i * 60000, i % 2 == 0));
    return messages;
}

QJsonObject bodyOf(const RecordedRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

QString cursorOf(const RecordedRequest &request)
{
    return bodyOf(request).value(u"cursor").toString();
}

qint64 localMs(int day, int hour, int minute)
{
    return QDateTime(QDate(2025, 3, day), QTime(hour, minute)).toMSecsSinceEpoch();
}

} // namespace

class TestMessageListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoFixture> m_demo;
    std::unique_ptr<MessageListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    bool waitSettled(int timeoutMs = 15000)
    {
        return QTest::qWaitFor([this] { return m_model->state() != State::Loading; }, timeoutMs);
    }

    // The first sample conversation (in a stable order) whose thread length is in range.
    QString sampleWithLength(int low, int high) const
    {
        QStringList ids = m_demo->server.sampleConversationIds();
        ids.sort();
        for (const QString &id : std::as_const(ids)) {
            const int length = int(m_demo->server.sampleThread(id).size());
            if (length >= low && length <= high)
                return id;
        }
        return {};
    }

    Person participantOf(const QString &conversationId) const
    {
        return InboxParser::parseConversation(m_demo->server.sampleConversation(conversationId))
                .participant;
    }

    void open(const QString &conversationId)
    {
        m_model->setConversation(conversationId, QStringLiteral("FR"),
                                 participantOf(conversationId));
    }

    void openScripted() { m_model->setConversation(ConversationA, QStringLiteral("FR"), anna()); }

    QStringList idsInRows() const
    {
        QStringList ids;
        for (int row = 0; row < m_model->rowCount(); ++row)
            ids.append(m_model->index(row).data(M::IdRole).toString());
        return ids;
    }

private slots:
    void init()
    {
        m_demo = std::make_unique<DemoFixture>();
        QVERIFY(m_demo->start());
        m_model = std::make_unique<MessageListModel>(&m_demo->client);
        m_tester = std::make_unique<QAbstractItemModelTester>(
                m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_demo.reset();
    }

    void startsIdleAndEmpty()
    {
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->state(), State::Idle);
        QVERIFY(m_model->conversationId().isEmpty());
        QVERIFY(!m_model->canLoadOlder());
        m_model->loadOlder();
        QCOMPARE(m_model->state(), State::Idle);
        QCOMPARE(m_demo->server.conversationCallCount(), 0);
    }

    void firstPageLandsNewestAtTheBottom()
    {
        const QString id = sampleWithLength(25, 59);
        QVERIFY(!id.isEmpty());
        const QList<QJsonObject> thread = m_demo->server.sampleThread(id);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy loaded(m_model.get(), &MessageListModel::pageLoaded);
        open(id);
        QCOMPARE(m_model->state(), State::Loading);
        QCOMPARE(m_model->conversationId(), id);
        QVERIFY(waitSettled());
        QCOMPARE(m_model->state(), State::Idle);
        QCOMPARE(m_demo->server.conversationCallCount(), 1);
        QCOMPARE(m_model->rowCount(), M::DefaultPageSize);
        QCOMPARE(m_model->pagesLoaded(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), M::DefaultPageSize - 1);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loaded.first().first().toInt(), M::DefaultPageSize);

        // Chat order: row 9 is the newest message, row 0 the tenth newest.
        for (int row = 0; row < M::DefaultPageSize; ++row) {
            const QJsonObject expected = thread.at(M::DefaultPageSize - 1 - row);
            const QModelIndex index = m_model->index(row);
            QCOMPARE(index.data(M::IdRole).toString(), expected.value(u"entity_urn").toString());
            QCOMPARE(index.data(M::TextRole).toString(), expected.value(u"text").toString());
            QCOMPARE(index.data(M::TimeRole).toDateTime().toMSecsSinceEpoch(),
                     qint64(expected.value(u"timestamp").toDouble()));
            if (row > 0)
                QVERIFY(index.data(M::TimeRole).toDateTime()
                        > m_model->index(row - 1).data(M::TimeRole).toDateTime());
        }
        QVERIFY(m_model->canLoadOlder());
    }

    // What the view would do at the top: ask for older pages until the thread ends, each
    // landing above what was there, which stays where it was relative to its neighbours.
    void loadsOlderPagesToTheEnd()
    {
        const QString id = sampleWithLength(60, 60);
        QVERIFY(!id.isEmpty());
        const QList<QJsonObject> thread = m_demo->server.sampleThread(id);
        open(id);
        QVERIFY(waitSettled());
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        int pages = 1;
        while (m_model->canLoadOlder()) {
            const QString anchor = m_model->index(0).data(M::IdRole).toString();
            const int before = m_model->rowCount();
            m_model->loadOlder();
            QVERIFY(waitSettled());
            ++pages;
            QCOMPARE(m_model->rowCount(), before + 10);
            QCOMPARE(inserted.last().at(1).toInt(), 0);
            QCOMPARE(inserted.last().at(2).toInt(), 9);
            QCOMPARE(m_model->rowOf(anchor), 10);
            // The former first row may now continue a run: its flags are announced.
            QCOMPARE(changed.last().at(0).toModelIndex().row(), 10);
            QVERIFY(pages <= 6);
        }
        QCOMPARE(m_model->state(), State::AtEnd);
        QCOMPARE(pages, 6);
        QCOMPARE(m_model->rowCount(), 60);
        QCOMPARE(m_demo->server.conversationCallCount(), 6);

        QStringList expected;
        for (auto it = thread.crbegin(); it != thread.crend(); ++it)
            expected.append(it->value(u"entity_urn").toString());
        QCOMPARE(idsInRows(), expected);

        // Each page asked for once: distinct cursors, the first one empty.
        QSet<QString> cursors;
        for (const RecordedRequest &request : m_demo->server.conversationRequests())
            cursors.insert(cursorOf(request));
        QCOMPARE(cursors.size(), 6);
        QVERIFY(cursors.contains(QString()));

        m_model->loadOlder();
        QCOMPARE(m_demo->server.conversationCallCount(), 6);
    }

    // A view calls fetchMore() whenever its last row shows, and the newest message always
    // does: that must never cost a request.
    void viewDrivenFetchMoreNeverFetches()
    {
        QVERIFY(!m_model->canFetchMore());
        open(sampleWithLength(30, 60));
        QVERIFY(waitSettled());
        QVERIFY(!m_model->canFetchMore());
        for (int i = 0; i < 5; ++i)
            m_model->fetchMore();
        QCOMPARE(m_model->state(), State::Idle);
        QTest::qWait(50); // nothing is expected; give a stray request the chance to show
        QCOMPARE(m_demo->server.conversationCallCount(), 1);
    }

    void loadOlderTenTimesSendsOneRequest()
    {
        open(sampleWithLength(40, 60));
        QVERIFY(waitSettled());
        m_demo->server.setConversationDelay(50);
        for (int i = 0; i < 10; ++i)
            m_model->loadOlder();
        QCOMPARE(m_model->state(), State::Loading);
        QVERIFY(!m_model->canLoadOlder());
        QTRY_COMPARE(m_model->state(), State::Idle);
        QCOMPARE(m_demo->server.conversationCallCount(), 2);
        QCOMPARE(m_model->rowCount(), 20);
    }

    void duplicatesAreDropped()
    {
        QJsonArray first = numberedMessages(0, 3);
        // No id: told apart by time, sender and text.
        const qint64 newest = NumberedBase + 60000;
        first.prepend(messageJson(QString(), QStringLiteral("no id"), newest, true));
        first.prepend(messageJson(QString(), QStringLiteral("no id"), newest, true));
        m_demo->server.scriptConversationCall(1, pageReply(first, QStringLiteral("c1")));
        m_demo->server.scriptConversationCall(
                2, pageReply(numberedMessages(2, 3), QJsonValue::Null)); // m2 again
        openScripted();
        QVERIFY(waitSettled());
        QCOMPARE(m_model->rowCount(), 4);
        m_model->loadOlder();
        QVERIFY(waitSettled());
        QCOMPARE(m_model->rowCount(), 6);
        QCOMPARE(idsInRows(),
                 QStringList({u"m4"_s, u"m3"_s, u"m2"_s, u"m1"_s, u"m0"_s, QString()}));
        QCOMPARE(m_model->state(), State::AtEnd);
    }

    void repeatedCursorEndsTheThread()
    {
        m_demo->server.setRepeatConversationCursor(true);
        open(sampleWithLength(40, 60));
        QVERIFY(waitSettled());
        while (m_model->canLoadOlder()) {
            m_model->loadOlder();
            QVERIFY(waitSettled());
        }
        QCOMPARE(m_model->state(), State::AtEnd);
        QCOMPARE(m_demo->server.conversationCallCount(), 2);
        QCOMPARE(m_model->rowCount(), 20);
    }

    // A server that keeps answering with new cursors is cut off by the page bound, not
    // followed for ever. (A small bound: every loopback request costs some 40 ms.)
    void pageBoundEndsTheThread()
    {
        QCOMPARE(m_model->maxPages(), PageLoader::DefaultMaxPages);
        constexpr int Bound = 25;
        m_model->setMaxPages(Bound);
        for (int call = 1; call <= Bound + 2; ++call) {
            m_demo->server.scriptConversationCall(
                    call,
                    pageReply(numberedMessages(call, 1), QString(u"c"_s + QString::number(call))));
        }
        openScripted();
        QVERIFY(waitSettled());
        int asked = 1;
        while (m_model->canLoadOlder() && asked < Bound + 5) {
            m_model->loadOlder();
            ++asked;
            QVERIFY(waitSettled());
        }
        QCOMPARE(m_model->state(), State::AtEnd);
        QCOMPARE(m_model->pagesLoaded(), Bound);
        QCOMPARE(m_demo->server.conversationCallCount(), Bound);
        QCOMPARE(m_model->rowCount(), Bound);
    }

    void emptyPageWithCursorEndsTheThread()
    {
        m_demo->server.scriptConversationCall(1, pageReply({}, QStringLiteral("more")));
        openScripted();
        QVERIFY(waitSettled());
        QCOMPARE(m_model->state(), State::AtEnd);
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->canLoadOlder());
    }

    void staleReplyAfterSwitchingConversationIsDropped()
    {
        ScriptedReply slow = pageReply({messageJson(QStringLiteral("stale"), QStringLiteral("old"),
                                                    localMs(1, 9, 0), true)},
                                       QStringLiteral("stale-cursor"));
        slow.delayMs = 300;
        m_demo->server.scriptConversationCall(1, slow);
        openScripted();
        QTRY_COMPARE(m_demo->server.conversationCallCount(), 1);
        const QString other = sampleWithLength(40, 60);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        open(other);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->conversationId(), other);
        QVERIFY(waitSettled());
        QCOMPARE(m_model->rowCount(), 10);
        // Load once more, which outlasts the stale reply's delay, and check it never landed.
        m_demo->server.setConversationDelay(400);
        m_model->loadOlder();
        QVERIFY(waitSettled());
        QCOMPARE(m_model->rowCount(), 20);
        QCOMPARE(m_model->rowOf(QStringLiteral("stale")), -1);
        QCOMPARE(bodyOf(m_demo->server.conversationRequests().at(1)).value(u"conversation_id"),
                 QJsonValue(other));
        QVERIFY(cursorOf(m_demo->server.conversationRequests().at(1)).isEmpty());
    }

    void staleReplyAfterRefreshIsDropped()
    {
        open(sampleWithLength(40, 60));
        QVERIFY(waitSettled());
        ScriptedReply slow;
        slow.delayMs = 300;
        slow.body = pageReply({messageJson(QStringLiteral("stale"), QStringLiteral("old"),
                                           localMs(1, 9, 0), true)},
                              QStringLiteral("x"))
                            .body;
        m_demo->server.scriptConversationCall(2, slow);
        m_model->loadOlder();
        QTRY_COMPARE(m_demo->server.conversationCallCount(), 2);
        m_model->refresh();
        QVERIFY(waitSettled());
        QCOMPARE(m_model->rowCount(), 10);
        m_demo->server.setConversationDelay(400);
        m_model->loadOlder();
        QVERIFY(waitSettled());
        QCOMPARE(m_model->rowOf(QStringLiteral("stale")), -1);
        QCOMPARE(m_model->rowCount(), 20);
    }

    void sameConversationAgainKeepsWhatIsLoaded()
    {
        const QString id = sampleWithLength(40, 60);
        open(id);
        QVERIFY(waitSettled());
        m_model->loadOlder();
        QVERIFY(waitSettled());
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        open(id);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m_model->rowCount(), 20);
        QCOMPARE(m_demo->server.conversationCallCount(), 2);
    }

    void emptyIdClears()
    {
        open(sampleWithLength(10, 60));
        QVERIFY(waitSettled());
        m_model->setConversation(QString(), QString(), Person());
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->state(), State::Idle);
        QVERIFY(!m_model->canLoadOlder());
        QCOMPARE(m_demo->server.conversationCallCount(), 1);
    }

    void errorMidThreadKeepsRowsAndRetryContinues_data()
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
        QTest::newRow("400") << ScriptedReply::error(400, QStringLiteral("Bad parameter")) << 1
                             << K::BadRequest;
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

    void errorMidThreadKeepsRowsAndRetryContinues()
    {
        QFETCH(ScriptedReply, failure);
        QFETCH(int, failingCalls);
        QFETCH(ApiError::Kind, kind);
        CallPolicy policy = m_demo->client.callPolicy();
        policy.timeoutMs = 300;
        m_demo->client.setCallPolicy(policy);

        open(sampleWithLength(40, 60));
        QVERIFY(waitSettled());
        m_model->loadOlder();
        QVERIFY(waitSettled());
        QCOMPARE(m_model->rowCount(), 20);
        const QStringList shown = idsInRows();
        const int before = m_demo->server.conversationCallCount();
        for (int call = before + 1; call < before + 1 + failingCalls + 2; ++call)
            m_demo->server.scriptConversationCall(call, failure);
        m_model->loadOlder();
        QVERIFY(waitSettled());
        QCOMPARE(m_model->state(), State::Error);
        QCOMPARE(m_model->lastError().kind, kind);
        QVERIFY(!m_model->lastError().message.isEmpty());
        QCOMPARE(idsInRows(), shown);
        QVERIFY(!m_model->canLoadOlder());
        const int callsAfterError = m_demo->server.conversationCallCount();
        QVERIFY(callsAfterError >= before + failingCalls); // Qt may re-send on a dropped line
        m_model->loadOlder(); // asking again must not retry by itself
        QCOMPARE(m_demo->server.conversationCallCount(), callsAfterError);

        const QString failedCursor = cursorOf(m_demo->server.conversationRequests().at(before));
        QVERIFY(!failedCursor.isEmpty());
        for (int call = callsAfterError + 1; call < callsAfterError + 5; ++call)
            m_demo->server.scriptConversationCall(call, ScriptedReply());
        m_model->retry();
        QTRY_VERIFY_WITH_TIMEOUT(m_model->state() == State::Idle, 15000);
        QCOMPARE(cursorOf(m_demo->server.conversationRequests().last()), failedCursor);
        QCOMPARE(m_model->rowCount(), 30);
        QCOMPARE(idsInRows().mid(10), shown);
    }

    void errorOnTheFirstPageThenRetry()
    {
        m_demo->server.scriptConversationCall(
                1, ScriptedReply::error(429, QStringLiteral("API Rate limit exceeded")));
        open(sampleWithLength(20, 60));
        QVERIFY(waitSettled());
        QCOMPARE(m_model->state(), State::Error);
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->canLoadOlder());
        m_model->retry();
        QVERIFY(waitSettled());
        QCOMPARE(m_model->state(), State::Idle);
        QCOMPARE(m_model->rowCount(), 10);
        QVERIFY(cursorOf(m_demo->server.conversationRequests().last()).isEmpty());
    }

    void retryWaitsForRetryAfter()
    {
        open(sampleWithLength(40, 60));
        QVERIFY(waitSettled());
        ScriptedReply limited =
                ScriptedReply::error(429, QStringLiteral("API Rate limit exceeded"));
        limited.headers.append({QByteArray("Retry-After"), QByteArray("1")});
        m_demo->server.scriptConversationCall(2, limited);
        m_model->loadOlder();
        QVERIFY(waitSettled());
        QCOMPARE(m_model->state(), State::Error);
        QCOMPARE(m_model->lastError().retryAfterSeconds, 1);
        m_model->retry();
        QCOMPARE(m_model->state(), State::Loading);
        QCOMPARE(m_demo->server.conversationCallCount(), 2); // not yet: Retry-After is honoured
        QTRY_COMPARE_WITH_TIMEOUT(m_model->state(), State::Idle, 5000);
        QCOMPARE(m_demo->server.conversationCallCount(), 3);
        QCOMPARE(m_model->rowCount(), 20);
    }

    void hostileTextIsSanitizedForDisplay()
    {
        const QString huge(100000, u'x');
        const QString markup =
                u"<b>bold?</b> <a href=\"javascript:alert(1)\">click</a> &amp;\n<img src=x>"_s;
        const QString bidi = u"Invoice \u202Efdp.exe\u202C\u2066!\u2069"_s;
        const QString withNul = u"before"_s + QChar(0) + u"after\x1b[31m\r\n\r\n\r\n\r\nend"_s;
        QJsonObject nameless = messageJson(QStringLiteral("nameless"), QStringLiteral("hi"),
                                           localMs(5, 12, 0), true);
        nameless.insert(QStringLiteral("sender_info"), QJsonValue::Null);
        nameless.insert(QStringLiteral("sender"), 42);
        QJsonObject timeless =
                messageJson(QStringLiteral("timeless"), QStringLiteral("when?"), 0, true);
        timeless.remove(QStringLiteral("timestamp"));
        QJsonObject spoofedName =
                messageJson(QStringLiteral("spoof"), QStringLiteral("x"), localMs(5, 12, 5), true);
        spoofedName.insert(QStringLiteral("sender_info"),
                           QJsonObject{{QStringLiteral("first_name"), u"An\u202Ena\n"_s},
                                       {QStringLiteral("last_name"), huge}});
        m_demo->server.scriptConversationCall(
                1,
                pageReply({messageJson(QStringLiteral("huge"), huge, localMs(5, 12, 30), false),
                           messageJson(QStringLiteral("markup"), markup, localMs(5, 12, 20), true),
                           messageJson(QStringLiteral("bidi"), bidi, localMs(5, 12, 15), true),
                           messageJson(QStringLiteral("nul"), withNul, localMs(5, 12, 10), true),
                           spoofedName, nameless, timeless, 17, QJsonValue::Null},
                          QJsonValue::Null));
        openScripted();
        QVERIFY(waitSettled());
        QCOMPARE(m_model->rowCount(), 7);
        QCOMPARE(m_model->state(), State::AtEnd);

        const auto row = [this](const QString &id) { return m_model->index(m_model->rowOf(id)); };
        // Capped where it enters the app: the copyable text too, marked as cut.
        const QString kept = row(QStringLiteral("huge")).data(M::TextRole).toString();
        QCOMPARE(kept.size(), JsonFields::Limits::Message);
        QVERIFY(huge.startsWith(kept.chopped(1)));
        QCOMPARE(row(QStringLiteral("huge")).data().toString(), kept);
        QCOMPARE(row(QStringLiteral("markup")).data().toString(), markup);
        QCOMPARE(row(QStringLiteral("markup")).data(M::TextRole).toString(), markup);
        QCOMPARE(row(QStringLiteral("bidi")).data().toString(), u"Invoice fdp.exe!"_s);
        QCOMPARE(row(QStringLiteral("nul")).data().toString(), u"beforeafter[31m\n\nend"_s);
        QCOMPARE(row(QStringLiteral("nul")).data(M::TextRole).toString(), withNul);
        const QString spoofName = row(QStringLiteral("spoof")).data(M::SenderNameRole).toString();
        QVERIFY(spoofName.startsWith(u"Anna x"));
        QVERIFY(spoofName.size() <= 201);
        QVERIFY(row(QStringLiteral("nameless")).data(M::SenderNameRole).toString().isEmpty());
        QVERIFY(!row(QStringLiteral("timeless")).data(M::TimeRole).toDateTime().isValid());
        QVERIFY(!row(QStringLiteral("timeless")).data(M::StartsDayRole).toBool());

        // Every role of every row answers, quickly, whatever the text.
        QElapsedTimer timer;
        timer.start();
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QModelIndex index = m_model->index(r);
            for (const int role : m_model->roleNames().keys())
                index.data(role);
            QVERIFY(!index.data(Qt::AccessibleTextRole).toString().isEmpty());
            for (const QChar ch : index.data().toString())
                QVERIFY(ch == u'\n' || ch.category() != QChar::Other_Control);
        }
        qInfo("every role of %d hostile rows: %lld ms", m_model->rowCount(), timer.elapsed());
    }

    void runsDaysAndSenders()
    {
        // Anna is the participant; the owner writes as Alex Morgan. Newest first.
        QJsonArray thread{
                messageJson(QStringLiteral("9"), QStringLiteral("bye"), localMs(11, 9, 2), true),
                messageJson(QStringLiteral("8"), QStringLiteral("ok"), localMs(11, 9, 1), false),
                messageJson(QStringLiteral("7"), QStringLiteral("morning"), localMs(11, 9, 0),
                            false),
                messageJson(QStringLiteral("6"), QStringLiteral("later"), localMs(10, 23, 50),
                            false),
                messageJson(QStringLiteral("5"), QStringLiteral("Video meeting ended"),
                            localMs(10, 10, 6), true, true),
                messageJson(QStringLiteral("4"), QStringLiteral("also"), localMs(10, 10, 5), false),
                messageJson(QStringLiteral("3"), QStringLiteral("hello"), localMs(10, 10, 4),
                            false),
                messageJson(QStringLiteral("2"), QStringLiteral("there"), localMs(10, 10, 1), true),
                messageJson(QStringLiteral("1"), QStringLiteral("hi"), localMs(10, 10, 0), true),
                messageJson(QStringLiteral("0"), QStringLiteral("Anna accepted your invitation"),
                            localMs(10, 9, 0), true, true),
        };
        m_demo->server.scriptConversationCall(1, pageReply(thread, QJsonValue::Null));
        Person participant = anna();
        participant.name = QStringLiteral("  anna   SMITH "); // case and spaces do not matter
        m_model->setConversation(ConversationA, QStringLiteral("FR"), participant);
        QVERIFY(waitSettled());
        QCOMPARE(m_model->rowCount(), 10);
        QCOMPARE(idsInRows().join(u','), u"0,1,2,3,4,5,6,7,8,9"_s);

        struct Expected
        {
            bool system, mine, run, day;
        };
        const Expected expected[] = {
                {true, false, true, true}, // 0 system, first row of 10 March
                {false, false, true, false}, // 1 Anna after a system row
                {false, false, false, false}, // 2 Anna again
                {false, true, true, false}, // 3 me
                {false, true, false, false}, // 4 me again
                {true, false, true, false}, // 5 system
                {false, true, true, false}, // 6 me after a system row
                {false, true, true, true}, // 7 me, but a new day
                {false, true, false, false}, // 8 me again
                {false, false, true, false}, // 9 Anna
        };
        for (int row = 0; row < 10; ++row) {
            const QModelIndex index = m_model->index(row);
            const Expected &e = expected[row];
            QVERIFY2(index.data(M::IsSystemRole).toBool() == e.system,
                     qPrintable(QString::number(row)));
            QVERIFY2(index.data(M::SentByMeRole).toBool() == e.mine,
                     qPrintable(QString::number(row)));
            QVERIFY2(index.data(M::StartsRunRole).toBool() == e.run,
                     qPrintable(QString::number(row)));
            QVERIFY2(index.data(M::StartsDayRole).toBool() == e.day,
                     qPrintable(QString::number(row)));
        }
        QCOMPARE(m_model->index(3).data(M::SenderNameRole).toString(), u"Alex Morgan"_s);
        QCOMPARE(m_model->index(9).data(M::SenderNameRole).toString(), u"Anna Smith"_s);
        const QString spoken = m_model->index(9).data(Qt::AccessibleTextRole).toString();
        QVERIFY(spoken.startsWith(u"Anna Smith, "));
        QVERIFY(spoken.endsWith(u", bye"));
        QVERIFY(!m_model->index(9).data(Qt::ToolTipRole).toString().isEmpty());
    }

    void sentByMeRule_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("senderId");
        QTest::addColumn<bool>("system");
        QTest::addColumn<QString>("participantName");
        QTest::addColumn<bool>("mine");
        const QString owner = OwnerUrn;
        QTest::newRow("participant")
                << u"Anna"_s << u"Smith"_s << AnnaUrn << false << u"Anna Smith"_s << false;
        QTest::newRow("participant, other case and spaces")
                << u" ANNA "_s << u"smith"_s << AnnaUrn << false << u"anna  Smith"_s << false;
        QTest::newRow("participant, bidi mark in the name")
                << u"Anna\u202E"_s << u"Smith"_s << AnnaUrn << false << u"Anna Smith"_s << false;
        QTest::newRow("participant, no last name")
                << u"王芳"_s << QString() << AnnaUrn << false << u"王芳"_s << false;
        QTest::newRow("owner") << u"Alex"_s << u"Morgan"_s << owner << false << u"Anna Smith"_s
                               << true;
        QTest::newRow("owner, names only")
                << u"Alex"_s << u"Morgan"_s << QString() << false << u"Anna Smith"_s << true;
        QTest::newRow("system") << u"Alex"_s << u"Morgan"_s << owner << true << u"Anna Smith"_s
                                << false;
        QTest::newRow("no names, owner urn")
                << QString() << QString() << owner << false << u"Anna Smith"_s << true;
        QTest::newRow("no names, other urn")
                << QString() << QString() << AnnaUrn << false << u"Anna Smith"_s << false;
        QTest::newRow("no participant name, owner urn")
                << u"Alex"_s << u"Morgan"_s << owner << false << QString() << true;
        QTest::newRow("nothing to decide")
                << QString() << QString() << QString() << false << QString() << false;
    }

    void sentByMeRule()
    {
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, senderId);
        QFETCH(bool, system);
        QFETCH(QString, participantName);
        QFETCH(bool, mine);
        ThreadMessage message;
        message.senderFirstName = first;
        message.senderLastName = last;
        message.senderId = senderId;
        message.isSystem = system;
        Person participant;
        participant.name = participantName;
        QCOMPARE(MessageListModel::isSentByMe(message, participant, ConversationA), mine);
        // Without the owner in the conversation id only the names can tell.
        if (first.isEmpty() || participantName.isEmpty())
            QVERIFY(!MessageListModel::isSentByMe(message, participant, u"opaque-id"_s));
    }

    // The sample threads agree with the inbox: the newest row is the conversation's last
    // message, and the model's idea of who sent it matches the inbox model's.
    void sampleThreadsAgreeWithTheInbox()
    {
        InboxQuery query;
        query.category = QStringLiteral("INBOX");
        query.country = QStringLiteral("FR");
        query.totalResults = 20;
        InboxResult inbox;
        bool done = false;
        m_demo->client.fetchInbox(query, this, [&](const InboxResult &result) {
            inbox = result;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(!inbox.error.isError());
        QCOMPARE(inbox.page.conversations.size(), 20);
        for (const Conversation &conversation : std::as_const(inbox.page.conversations)) {
            m_model->setConversation(conversation.id, QStringLiteral("FR"),
                                     conversation.participant);
            QVERIFY(waitSettled());
            QVERIFY(m_model->rowCount() >= 1);
            const QModelIndex newest = m_model->index(m_model->rowCount() - 1);
            QCOMPARE(newest.data(M::TextRole).toString(), conversation.lastMessage.text);
            QCOMPARE(newest.data(M::TimeRole).toDateTime(), conversation.lastMessage.time);
            QCOMPARE(newest.data(M::SentByMeRole).toBool(), conversation.lastMessageSentByMe());
            QCOMPARE(newest.data(M::SenderNameRole).toString(),
                     conversation.lastMessage.sender.name.simplified());
        }
    }

    void requestBodyAndUsageRecord()
    {
        QList<ApiUsageRecord> records;
        connect(&m_demo->client, &LinkupClient::attemptFinished, this,
                [&records](const ApiUsageRecord &record) { records.append(record); });
        const QString id = sampleWithLength(40, 60);
        open(id);
        QVERIFY(waitSettled());
        m_model->loadOlder();
        QVERIFY(waitSettled());

        const QList<RecordedRequest> &requests = m_demo->server.conversationRequests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).path, QByteArray("/v1/messages/conversation"));
        QCOMPARE(requests.at(0).headers.value("x-api-key"), DemoServer::apiKey().toUtf8());
        QCOMPARE(requests.at(0).headers.value("content-type"), QByteArray("application/json"));
        const QJsonObject first = bodyOf(requests.at(0));
        QStringList keys = first.keys();
        keys.sort();
        QCOMPARE(keys,
                 QStringList({u"conversation_id"_s, u"country"_s, u"login_token"_s,
                              u"total_results"_s}));
        QCOMPARE(first.value(u"conversation_id").toString(), id);
        QCOMPARE(first.value(u"country").toString(), u"FR"_s);
        QCOMPARE(first.value(u"login_token").toString(), DemoServer::loginToken());
        QCOMPARE(first.value(u"total_results"), QJsonValue(10));
        const QJsonObject second = bodyOf(requests.at(1));
        QVERIFY(!second.value(u"cursor").toString().isEmpty());
        QCOMPARE(second.size(), 5);
        QVERIFY(!second.contains(u"next_cursor"));

        QByteArray expectedBody = LinkupClient::conversationRequestBody(
                {id, QStringLiteral("FR"), 10, QString()}, DemoServer::loginToken());
        QCOMPARE(requests.at(0).body, expectedBody);

        QCOMPARE(records.size(), 2);
        for (const ApiUsageRecord &record : std::as_const(records)) {
            QCOMPARE(record.endpoint, u"/messages/conversation"_s);
            QCOMPARE(record.resultsRequested, 10);
            QCOMPARE(record.resultsReturned, 10);
            QCOMPARE(record.httpStatus, 200);
            QCOMPARE(ApiUsage::estimatedCredits(record), 1);
        }
    }

    void refreshStartsFromTheNewestPage()
    {
        open(sampleWithLength(40, 60));
        QVERIFY(waitSettled());
        m_model->loadOlder();
        QVERIFY(waitSettled());
        QCOMPARE(m_model->rowCount(), 20);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->refresh();
        QCOMPARE(reset.count(), 1);
        QVERIFY(waitSettled());
        QCOMPARE(m_model->rowCount(), 10);
        QVERIFY(cursorOf(m_demo->server.conversationRequests().last()).isEmpty());
    }

    void pageSizeIsNormalized_data()
    {
        QTest::addColumn<int>("requested");
        QTest::addColumn<int>("expected");
        QTest::newRow("1") << 1 << 10;
        QTest::newRow("10") << 10 << 10;
        QTest::newRow("14") << 14 << 10;
        QTest::newRow("15") << 15 << 20;
        QTest::newRow("25") << 25 << 20;
        QTest::newRow("500") << 500 << 20;
        QTest::newRow("-3") << -3 << 10;
    }

    void pageSizeIsNormalized()
    {
        QFETCH(int, requested);
        QFETCH(int, expected);
        QCOMPARE(Billing::normalizedPageSize(requested), expected);
        m_model->setPageSize(requested);
        QCOMPARE(m_model->pageSize(), expected);
        open(sampleWithLength(40, 60));
        QVERIFY(waitSettled());
        QCOMPARE(bodyOf(m_demo->server.conversationRequests().last()).value(u"total_results"),
                 QJsonValue(expected));
        QCOMPARE(m_model->rowCount(), expected);
    }

    void roleNames()
    {
        const QHash<int, QByteArray> names = m_model->roleNames();
        QCOMPARE(names.value(M::TextRole), QByteArray("text"));
        QCOMPARE(names.value(M::StartsRunRole), QByteArray("startsRun"));
        QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
        for (const auto &name : {"messageId", "text", "time", "senderName", "sentByMe", "isSystem",
                                 "startsRun", "startsDay"})
            QVERIFY2(names.values().contains(QByteArray(name)), name);
    }
};

QTEST_GUILESS_MAIN(TestMessageListModel)
#include "tst_messagelistmodel.moc"
