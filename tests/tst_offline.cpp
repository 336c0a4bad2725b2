// The window over its store: a restart shows what was there before any answer, the
// network gone leaves everything usable, refreshes merge in place, gaps are said.

#include "api/urltext.h"
#include "errorbanner.h"
#include "inbox/conversationlistmodel.h"
#include "store/conversationstore.h"
#include "support/pages.h"
#include "support/userscroll.h"
#include "support/windowfixture.h"
#include "thread/messagelistmodel.h"

#include <QClipboard>
#include <QJsonDocument>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QTabBar>

using namespace Qt::StringLiterals;
using State = PageLoader::State;

class TestOffline : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WindowFixture> m_fixture;

    ScriptedDemoServer &server() { return m_fixture->demo.server; }
    InboxSync *sync() const { return m_fixture->sync(); }
    bool settled() const
    {
        InboxSync *current = sync();
        return current
                && QTest::qWaitFor([current] { return current->state() != State::Loading; }, 15000);
    }
    QString cursorOf(int call)
    {
        return QJsonDocument::fromJson(server().inboxRequests().at(call).body)
                .object()
                .value(u"next_cursor")
                .toString();
    }
    // Every inbox call from `from` on fails as a network that is gone.
    void networkDown(int from)
    {
        ScriptedReply dropped;
        dropped.closeWithoutAnswer = true;
        for (int call = from; call < from + 20; ++call)
            server().scriptInboxCall(call, dropped);
    }

    // A first run that loads two pages, then the window closes.
    void firstRun()
    {
        MainWindow *window = m_fixture->open();
        QTRY_COMPARE(window->model()->rowCount(), 20);
        QVERIFY(settled());
        userScrollToBottom(window->conversationView());
        QTRY_COMPARE(window->model()->rowCount(), 40);
        QVERIFY(settled());
        m_fixture->close();
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<WindowFixture>();
        QVERIFY(m_fixture->start());
    }

    void cleanup() { m_fixture.reset(); }

    void aRestartShowsWhatWasThereBeforeAnyAnswer()
    {
        firstRun();
        const int calls = server().inboxCallCount();
        server().setInboxDelay(3000); // the server is slow today
        MainWindow *window = m_fixture->open();
        // At once, before the answer: the stored rows and the unread count in the title.
        QCOMPARE(window->model()->rowCount(), 40);
        const int unread = m_fixture->inbox->unreadCount(InboxCategory::Inbox);
        QVERIFY(unread > 0);
        QVERIFY2(window->windowTitle().contains(QString::number(unread) + u" unread"),
                 qPrintable(window->windowTitle()));
        QCOMPARE(window->windowTitle().count(u"Linkup Inbox"), 1);
        QCOMPARE(window->windowTitle().count(u"Demo"), 1);
        QVERIFY(window->conversationView()->currentIndex().isValid());
        QCOMPARE(sync()->state(), State::Loading);
        // Exactly one request for the visible tab: its first page.
        QTRY_COMPARE_WITH_TIMEOUT(sync()->state(), State::Idle, 10000);
        QCOMPARE(server().inboxCallCount(), calls + 1);
        QVERIFY(cursorOf(calls).isEmpty());
        QCOMPARE(window->model()->rowCount(), 40);
        QVERIFY(window->currentTab()->statusText().contains(u"Updated"));
    }

    void aRestartOpensOnTheSameConversationAndScroll()
    {
        firstRun();
        MainWindow *window = m_fixture->open();
        QVERIFY(settled());
        QListView *view = window->conversationView();
        view->setCurrentIndex(shownRow(window, 25));
        userScrollTo(view,
                     view->visualRect(shownRow(window, 21)).top()
                             + view->verticalScrollBar()->value());
        const QString current = window->model()->idAt(25);
        const QString top = window->model()->idAt(view->indexAt(QPoint(1, 1)).row());
        const int offset = view->visualRect(view->indexAt(QPoint(1, 1))).top();
        window->close();
        m_fixture->close();

        window = m_fixture->open();
        view = window->conversationView();
        QCOMPARE(window->model()->idAt(view->currentIndex().row()), current);
        // Scrolled as soon as the view has its size.
        QTRY_COMPARE(window->model()->idAt(view->indexAt(QPoint(1, 1)).row()), top);
        QCOMPARE(view->visualRect(view->indexAt(QPoint(1, 1))).top(), offset);
        QVERIFY(settled()); // the refresh that follows keeps it there
        QCOMPARE(window->model()->idAt(view->indexAt(QPoint(1, 1)).row()), top);
    }

    void offlineTheStoredInboxStaysUsable()
    {
        firstRun();
        const int calls = server().inboxCallCount();
        networkDown(calls + 1);
        MainWindow *window = m_fixture->open();
        QCOMPARE(window->model()->rowCount(), 40);
        QTRY_COMPARE(sync()->state(), State::Error);
        ErrorBanner *banner = window->currentTab()->errorBanner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->message().startsWith(u"Offline — showing conversations from"),
                 qPrintable(banner->message()));
        QCOMPARE(window->model()->rowCount(), 40);
        // The stored rows work: profiles open, links copy.
        const Conversation first = window->model()->conversationAt(0);
        window->openProfile(first.id);
        QCOMPARE(m_fixture->opened, QList<QUrl>{UrlText::toUrl(first.participant.profileUrl)});
        window->copyProfileLink(first.id);
        QCOMPARE(QApplication::clipboard()->text(), first.participant.profileUrl);
        // F5 with the server down removes nothing.
        QTest::keyClick(window->conversationView(), Qt::Key_F5);
        QVERIFY(settled());
        QCOMPARE(window->model()->rowCount(), 40);

        // The server is back: Retry, and the banner goes.
        const int now = server().inboxCallCount();
        for (int call = now + 1; call < now + 20; ++call)
            server().scriptInboxCall(call, ScriptedReply());
        QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
        QTRY_COMPARE(sync()->state(), State::Idle);
        QVERIFY(!banner->isVisible());
        QCOMPARE(window->model()->rowCount(), 40);
    }

    void theNextCallThatGetsThroughEndsTheOfflineBannerByItself()
    {
        firstRun();
        const int calls = server().inboxCallCount();
        networkDown(calls + 1);
        MainWindow *window = m_fixture->open();
        QTRY_COMPARE(sync()->state(), State::Error);
        ErrorBanner *banner = window->currentTab()->errorBanner();
        QVERIFY(banner->message().startsWith(u"Offline"));
        // The network is back; the user reads a conversation (its thread gets through):
        // the list goes on without a Retry, and the banner goes.
        const int now = server().inboxCallCount();
        for (int call = now + 1; call < now + 20; ++call)
            server().scriptInboxCall(call, ScriptedReply());
        const int threadCalls = server().conversationCallCount();
        window->openThreadInPlace(window->model()->conversationAt(2).id);
        QTRY_COMPARE(server().conversationCallCount(), threadCalls + 1);
        QTRY_VERIFY(server().inboxCallCount() > now);
        QTRY_COMPARE(sync()->state(), State::Idle);
        QVERIFY(!banner->isVisible());
        QCOMPARE(window->model()->rowCount(), 40);
    }

    void newConversationsGoOnTopAndGapsAreSaid()
    {
        firstRun();
        // Since then: 120 new conversations, more than the refresh brings in at once.
        const double newer = QDateTime::currentMSecsSinceEpoch() + 3600000.0;
        const int calls = server().inboxCallCount();
        // The last new page leads on to the server's own first page, as a real chain
        // leads to the conversations stored before.
        const QString intoTheStored = QString::fromLatin1(QByteArray("INBOX:0").toBase64(
                QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        for (int page = 0; page < 6; ++page)
            server().scriptInboxCall(
                    calls + 1 + page,
                    Pages::reply(Pages::conversations(u"new%1-"_s.arg(page), 20,
                                                      newer - page * 20 * 60000.0),
                                 page == 5 ? intoTheStored : u"gap-%1"_s.arg(page + 1)));
        MainWindow *window = m_fixture->open();
        QTRY_VERIFY(window->model()->rowCount() > 40);
        QVERIFY(settled());
        // A refresh asks for pages until they meet the stored rows, bounded.
        QCOMPARE(server().inboxCallCount(), calls + InboxSync::MaxCatchUpPages);
        QCOMPARE(window->model()->rowCount(), 40 + 20 * InboxSync::MaxCatchUpPages);
        QCOMPARE(window->model()->idAt(0), u"new0-0"_s);
        ErrorBanner *gap = window->currentTab()->gapBanner();
        QVERIFY(gap->isVisible());
        QVERIFY(gap->message().contains(u"missing"));
        QVERIFY(!gap->retryButton()->isVisible());
        // Loading them goes on from the gap until the pages meet what is stored.
        QTest::mouseClick(gap->actionButton(), Qt::LeftButton);
        QTRY_VERIFY(!gap->isVisible());
        QVERIFY(settled());
        QVERIFY(window->model()->rowCount() >= 40 + 120);
        QCOMPARE(cursorOf(calls + InboxSync::MaxCatchUpPages),
                 u"gap-%1"_s.arg(InboxSync::MaxCatchUpPages));
    }

    void anExpiredCursorIsRecoveredWithoutAnError()
    {
        firstRun();
        const int calls = server().inboxCallCount();
        MainWindow *window = m_fixture->open();
        QVERIFY(settled()); // the first page, which meets the stored rows
        // The stored cursor below the 40 rows has expired in the meantime.
        server().scriptInboxCall(calls + 2,
                                 ScriptedReply::error(400, QStringLiteral("Bad parameter")));
        userScrollToBottom(window->conversationView());
        QTRY_VERIFY(window->model()->rowCount() > 40);
        QVERIFY(settled());
        QVERIFY(!window->currentTab()->errorBanner()->isVisible());
        QCOMPARE(sync()->state(), State::Idle);
        QCOMPARE(window->model()->rowCount(), 60);
        // The refused cursor, then a walk from the first page over what was stored, to
        // where the list goes on.
        QCOMPARE(server().inboxCallCount(), calls + 5);
        const QString refused = cursorOf(calls + 1);
        QVERIFY(!refused.isEmpty());
        QVERIFY(cursorOf(calls + 2).isEmpty());
        QCOMPARE(cursorOf(calls + 4), refused);
    }

    void aStaleListRefreshesWhenTheWindowComesBack()
    {
        MainWindow *window = m_fixture->open();
        QTRY_COMPARE(window->model()->rowCount(), 20);
        QVERIFY(settled());
        const int calls = server().inboxCallCount();
        const auto activate = [window] {
            QEvent change(QEvent::ActivationChange);
            QApplication::sendEvent(window, &change);
        };
        // Fresh: coming back costs nothing.
        window->setFreshnessMinutes(15);
        activate();
        QTest::qWait(100);
        QCOMPARE(server().inboxCallCount(), calls);
        // Twenty minutes later, as the store tells: one first page, and only one.
        ConversationStore *store = m_fixture->inbox->conversations();
        CategoryChain chain = store->chain(InboxCategory::Inbox);
        chain.syncedAt = QDateTime::currentDateTimeUtc().addSecs(-20 * 60);
        QVERIFY(store->setChain(InboxCategory::Inbox, chain));
        sync()->start(); // takes the stored sync time up again
        activate();
        QTRY_COMPARE(server().inboxCallCount(), calls + 1);
        QVERIFY(settled());
        QVERIFY(cursorOf(calls).isEmpty());
        activate();
        QTest::qWait(100);
        QCOMPARE(server().inboxCallCount(), calls + 1);
        // Off: never by itself, however old.
        chain = store->chain(InboxCategory::Inbox);
        chain.syncedAt = QDateTime::currentDateTimeUtc().addSecs(-24 * 3600);
        QVERIFY(store->setChain(InboxCategory::Inbox, chain));
        sync()->start();
        window->setFreshnessMinutes(0);
        activate();
        QTest::qWait(100);
        QCOMPARE(server().inboxCallCount(), calls + 1);
    }

    void aStoredThreadShowsWithoutARequest()
    {
        MainWindow *window = m_fixture->open();
        QTRY_COMPARE(window->model()->rowCount(), 20);
        QVERIFY(settled());
        const QString id = window->model()->conversationAt(0).id;
        window->openThreadInPlace(id);
        QTRY_VERIFY(window->threadPane()->model() && window->threadPane()->model()->rowCount() > 0);
        const int messages = window->threadPane()->model()->rowCount();
        m_fixture->close();

        const int threadCalls = server().conversationCallCount();
        window = m_fixture->open();
        // The window opens on the same first row, and its stored thread is just there.
        QTRY_VERIFY(window->threadPane()->model()
                    && window->threadPane()->model()->rowCount() == messages);
        QCOMPARE(window->threadPane()->conversationId(), id);
        QVERIFY(settled());
        QTest::qWait(400);
        QCOMPARE(server().conversationCallCount(), threadCalls);
    }
};

QTEST_MAIN(TestOffline)
#include "tst_offline.moc"
