#include "inbox/inboxsync.h"
#include "inboxtabs.h"
#include "listpane.h"
#include "notifier.h"
#include "store/markstore.h"
#include "support/pages.h"
#include "support/windowfixture.h"
#include "text/timeformat.h"
#include "threadpane.h"
#include "traycontroller.h"
#include "triageactions.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTabBar>

using namespace Qt::StringLiterals;

namespace {

// Notifications as the tray would show them, kept for the test to read.
class FakeNotifier : public Notifier
{
public:
    struct Shown
    {
        QString title;
        QString body;
        QString conversationId;
    };
    bool isAvailable() const override { return true; }
    void show(const QString &title, const QString &body, const QString &conversationId) override
    {
        shown.append({title, body, conversationId});
    }
    void click(int index) { emit clicked(shown.at(index).conversationId); }
    QList<Shown> shown;
};

// A conversation of the scripted inbox: who wrote last, and when.
struct Scripted
{
    QString id;
    QString name;
    bool fromMe = false;
    qint64 ageMs = 0;
    int unread = 0;
    QString text = QStringLiteral("Are you free on Thursday?");
    qint64 atMs = 0; // the message's time itself, instead of its age
};

QJsonObject conversationJson(const Scripted &c)
{
    const qint64 time = c.atMs > 0 ? c.atMs : QDateTime::currentMSecsSinceEpoch() - c.ageMs;
    QJsonObject json = Pages::conversation(c.id, c.name, double(time));
    QJsonObject last = json.value(u"last_message").toObject();
    last.insert(u"text", c.text);
    if (c.fromMe)
        last.insert(u"sender",
                    QJsonObject{{u"name"_s, u"Alex Morgan"_s},
                                {u"profile_url"_s,
                                 u"https://www.linkedin.com/in/alex-morgan-linkup"_s}});
    json.insert(u"last_message", last);
    json.insert(u"unread", c.unread);
    return json;
}

constexpr qint64 Hour = 3600 * 1000;
constexpr qint64 Day = 24 * Hour;

} // namespace

// The views of who is waiting, the local marks, the triage keys and the notifications,
// in the window over a scripted inbox whose answer times are known.
class TestTriage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WindowFixture> m_fixture;

    MainWindow *window() const { return m_fixture->window.get(); }
    ConversationListModel *list(InboxList which) const { return m_fixture->inbox->model(which); }

    void openWindow()
    {
        MainWindow *shown = m_fixture->open();
        QVERIFY(QTest::qWaitForWindowActive(shown));
        QTRY_VERIFY(shown->model() && shown->model()->rowCount() >= 20);
        QTRY_VERIFY(m_fixture->sync()->state() != PageLoader::State::Loading);
    }

    // The Inbox's next page is these conversations; refreshes it and waits for them.
    void refreshWith(const QList<Scripted> &conversations)
    {
        QJsonArray page;
        for (const Scripted &c : conversations)
            page.append(conversationJson(c));
        ScriptedDemoServer &server = m_fixture->demo.server;
        server.scriptInboxCall(server.inboxCallCount() + 1,
                               Pages::reply(page, QJsonValue(u"INBOX-20"_s)));
        InboxSync *sync = m_fixture->inbox->sync(InboxCategory::Inbox);
        const int calls = server.inboxCallCount();
        sync->refresh();
        QTRY_VERIFY(server.inboxCallCount() > calls);
        QTRY_VERIFY(sync->state() != PageLoader::State::Loading);
    }

    static int rowOf(const ConversationListModel *model, const QString &id)
    {
        return model->rowOf(id);
    }

    void showList(int tabNumber) // Ctrl+1 .. Ctrl+6
    {
        QTest::keyClick(window(), Qt::Key(Qt::Key_0 + tabNumber), Qt::ControlModifier);
    }

    void selectInView(const QString &id)
    {
        QListView *view = window()->conversationView();
        view->setFocus();
        const int row = window()->model()->rowOf(id);
        QVERIFY(row >= 0);
        view->setCurrentIndex(shownRow(window(), row));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"LinkupInboxTriageTests"_s);
    }

    void init()
    {
        QSettings().clear();
        m_fixture = std::make_unique<WindowFixture>();
        QVERIFY(m_fixture->start());
    }

    void cleanup() { m_fixture.reset(); }

    void theViewsSplitByWhoWroteLastWithHowLong()
    {
        openWindow();
        refreshWith({{u"a"_s, u"Ana Long Wait"_s, false, 3 * Day + Hour},
                     {u"b"_s, u"Ben Short Wait"_s, false, 2 * Hour},
                     {u"c"_s, u"Cat Waits For Me"_s, true, 2 * Day}});
        ConversationListModel *onMe = list(InboxList::WaitingOnMe);
        ConversationListModel *onThem = list(InboxList::WaitingOnThem);
        QAbstractItemModelTester tester(onMe,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(rowOf(onMe, u"a"_s) >= 0 && rowOf(onMe, u"b"_s) >= 0);
        QCOMPARE(rowOf(onMe, u"c"_s), -1);
        QTRY_VERIFY(rowOf(onThem, u"c"_s) >= 0);
        QCOMPARE(rowOf(onThem, u"a"_s), -1);
        QVERIFY(rowOf(onMe, u"b"_s) < rowOf(onMe, u"a"_s)); // newest wait first

        const QModelIndex a = onMe->index(rowOf(onMe, u"a"_s));
        QVERIFY(a.data(ConversationListModel::WaitingRole).toBool());
        const QDateTime since = onMe->conversationAt(a.row()).lastMessage.time;
        QCOMPARE(TimeFormat::waited(since, QDateTime::currentDateTime()), u"3 d"_s);
        QVERIFY(!list(InboxList::Inbox)
                         ->index(rowOf(list(InboxList::Inbox), u"a"_s))
                         .data(ConversationListModel::WaitingRole)
                         .toBool());

        // Oldest first, kept for that view.
        showList(5);
        QTRY_COMPARE(window()->currentList(), InboxList::WaitingOnMe);
        window()->lists()->setOrder(ConversationListModel::Order::OldestFirst);
        QTRY_VERIFY(rowOf(onMe, u"a"_s) < rowOf(onMe, u"b"_s));
        QCOMPARE(list(InboxList::Inbox)->order(), ConversationListModel::Order::NewestFirst);
    }

    void doneLeavesWaitingOnMeUntilANewerMessageAndUndoBringsItBack()
    {
        openWindow();
        refreshWith({{u"a"_s, u"Ana Long Wait"_s, false, 3 * Day}});
        ConversationListModel *onMe = list(InboxList::WaitingOnMe);
        QTRY_VERIFY(rowOf(onMe, u"a"_s) >= 0);
        const int requests = m_fixture->demo.server.inboxCallCount();

        selectInView(u"a"_s);
        QAction *markDone = window()->triage()->markDoneAction();
        QVERIFY(markDone->isEnabled());
        QTest::keyClick(window()->conversationView(), Qt::Key_E);
        QTRY_COMPARE(rowOf(onMe, u"a"_s), -1);
        QVERIFY(!markDone->isEnabled()); // the Inbox row it is on now shows it done
        QTest::keyClick(window()->conversationView(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(rowOf(onMe, u"a"_s) >= 0);
        QVERIFY(markDone->isEnabled());
        QTest::keyClick(window()->conversationView(), Qt::Key_E);
        QTRY_COMPARE(rowOf(onMe, u"a"_s), -1);
        QCOMPARE(m_fixture->demo.server.inboxCallCount(), requests); // marks cost nothing

        // A restart, and a refresh with the same last message: still done.
        m_fixture->close();
        openWindow();
        onMe = list(InboxList::WaitingOnMe);
        QCOMPARE(rowOf(onMe, u"a"_s), -1);
        const ConversationRecord record = m_fixture->inbox->conversations()->record(u"a"_s).value();
        QVERIFY(record.isDone());
        Scripted again{u"a"_s, u"Ana Long Wait"_s, false};
        again.atMs = record.conversation.lastMessage.time.toMSecsSinceEpoch();
        refreshWith({again});
        QCOMPARE(rowOf(onMe, u"a"_s), -1);

        // A newer message from them: waiting on me again.
        refreshWith({{u"a"_s, u"Ana Long Wait"_s, false, Hour, 1, u"Any news?"_s}});
        QTRY_VERIFY(rowOf(onMe, u"a"_s) >= 0);
    }

    void seenSubduesTheBadgeUntilMarkedUnreadAndSurvivesARestart()
    {
        openWindow();
        ConversationListModel *inbox = list(InboxList::Inbox);
        QString id; // a sample conversation LinkedIn counts unread, with its thread
        for (int row = 0; row < inbox->rowCount() && id.isEmpty(); ++row) {
            if (inbox->conversationAt(row).unreadCount > 0)
                id = inbox->idAt(row);
        }
        QVERIFY(!id.isEmpty());
        const int unread = inbox->conversationAt(rowOf(inbox, id)).unreadCount;
        const auto seen = [&] {
            return inbox->index(rowOf(inbox, id)).data(ConversationListModel::SeenRole).toBool();
        };
        QVERIFY(!seen());
        window()->openThreadInPlace(id);
        QTRY_VERIFY(seen()); // read in the app
        QCOMPARE(inbox->conversationAt(rowOf(inbox, id)).unreadCount, unread); // LinkedIn's

        m_fixture->close();
        openWindow();
        inbox = list(InboxList::Inbox);
        QTRY_VERIFY(rowOf(inbox, id) >= 0);
        QVERIFY(seen());
        selectInView(id);
        const QAction *toggle = window()->triage()->toggleSeenAction();
        QCOMPARE(toggle->text(), TriageActions::tr("Mark as U&nread"));
        QTest::keyClick(window()->conversationView(), Qt::Key_U, Qt::ShiftModifier);
        QTRY_VERIFY(!seen());
        QCOMPARE(toggle->text(), TriageActions::tr("Mark as &Read"));
    }

    void theTriageKeysMoveToTheNextUnreadAndWaiting()
    {
        openWindow();
        // Newer than every sample conversation, so these four are the first rows.
        constexpr qint64 Minute = 60 * 1000;
        refreshWith({{u"u1"_s, u"First Unread"_s, false, 1 * Minute, 1},
                     {u"r1"_s, u"Read From Me"_s, true, 2 * Minute, 0},
                     {u"r2"_s, u"Read From Me Too"_s, true, 3 * Minute, 0},
                     {u"u2"_s, u"Second Unread"_s, false, 4 * Minute, 3}});
        ConversationListModel *inbox = list(InboxList::Inbox);
        QTRY_VERIFY(rowOf(inbox, u"u2"_s) >= 0);
        selectInView(u"u1"_s);
        QListView *view = window()->conversationView();
        const auto current = [&] {
            return view->currentIndex().data(ConversationListModel::IdRole).toString();
        };
        QTest::keyClick(view, Qt::Key_N);
        QTRY_COMPARE(current(), u"u2"_s);
        QTest::keyClick(view, Qt::Key_B);
        QTRY_COMPARE(current(), u"u1"_s);
        selectInView(u"r1"_s);
        QTest::keyClick(view, Qt::Key_W); // the next the user owes an answer
        QTRY_COMPARE(current(), u"u2"_s);
    }

    void aRefreshThatFindsNewMessagesNotifiesTheirSenders()
    {
        openWindow();
        FakeNotifier notifier;
        window()->tray()->setNotifier(&notifier);
        refreshWith({{u"n"_s, u"Nora <b>New</b>"_s, false, Hour, 1,
                      u"Hello <i>there</i>\nline two"_s}});
        QTRY_COMPARE(notifier.shown.size(), 1);
        QVERIFY(notifier.shown.first().title.contains(u"Nora <b>New</b>"_s)); // as text
        QVERIFY(notifier.shown.first().body.contains(u"Hello <i>there</i>"_s));
        QVERIFY(!notifier.shown.first().body.contains(u'\n'));
        QCOMPARE(notifier.shown.first().conversationId, u"n"_s);

        // Clicking it opens the conversation.
        notifier.click(0);
        QTRY_COMPARE(window()->threadPane()->conversationId(), u"n"_s);

        // Not for the conversation the active window shows.
        QApplication::setActiveWindow(window());
        QTRY_VERIFY(window()->isActiveWindow());
        refreshWith({{u"n"_s, u"Nora <b>New</b>"_s, false, Hour / 2, 2, u"Still there?"_s}});
        QCOMPARE(notifier.shown.size(), 1);

        // Turned off: none.
        window()->tray()->setNotificationsEnabled(false);
        refreshWith({{u"m"_s, u"Max Muted"_s, false, Hour / 4, 1}});
        QTRY_VERIFY(rowOf(list(InboxList::Inbox), u"m"_s) >= 0);
        QCOMPARE(notifier.shown.size(), 1);
        window()->tray()->setNotifier(nullptr);
    }

    void theTabsCountWhatIsUnreadAndWhatIsOwed()
    {
        openWindow();
        QTabBar *bar = window()->lists()->tabs()->tabBar();
        InboxSession *inbox = m_fixture->inbox.get();
        const auto label = [&](InboxList list) {
            return bar->tabText(int(InboxLists::all().indexOf(list)));
        };
        const int unread = inbox->unreadCount(InboxCategory::Inbox);
        QVERIFY(unread > 0);
        QCOMPARE(label(InboxList::Inbox), u"Inbox (%1)"_s.arg(unread));
        QCOMPARE(label(InboxList::WaitingOnMe),
                 u"Waiting on Me (%1)"_s.arg(list(InboxList::WaitingOnMe)->rowCount()));
        QCOMPARE(label(InboxList::WaitingOnThem), u"Waiting on Them"_s); // nothing owed there

        // A new unread conversation, and one more owed: both counts follow.
        refreshWith({{u"z"_s, u"Zoe New"_s, false, 60 * 1000, 1}});
        QTRY_COMPARE(label(InboxList::Inbox), u"Inbox (%1)"_s.arg(unread + 1));
        QTRY_VERIFY(rowOf(list(InboxList::WaitingOnMe), u"z"_s) >= 0);
        QTRY_COMPARE(label(InboxList::WaitingOnMe),
                     u"Waiting on Me (%1)"_s.arg(list(InboxList::WaitingOnMe)->rowCount()));
        // Done: one fewer owed, still unread on LinkedIn.
        const int owed = list(InboxList::WaitingOnMe)->rowCount();
        selectInView(u"z"_s);
        QTest::keyClick(window()->conversationView(), Qt::Key_E);
        QTRY_COMPARE(label(InboxList::WaitingOnMe), u"Waiting on Me (%1)"_s.arg(owed - 1));
        QCOMPARE(label(InboxList::Inbox), u"Inbox (%1)"_s.arg(unread + 1));
    }

    void theShownListIsReadFirstAndTheOthersOneTurnEachAfterIt()
    {
        openWindow();
        const int owed = list(InboxList::WaitingOnMe)->rowCount();
        QVERIFY(owed > 0);
        m_fixture->close();

        m_fixture->open(); // a restart over the stored inbox; no event handled yet
        InboxSession *inbox = m_fixture->inbox.get();
        QVERIFY(inbox->isLoaded(InboxList::Inbox));
        QVERIFY(!inbox->isLoaded(InboxList::WaitingOnMe));
        QTabBar *bar = window()->lists()->tabs()->tabBar();
        const int waitingTab = int(InboxLists::all().indexOf(InboxList::WaitingOnMe));
        QCOMPARE(bar->tabText(waitingTab), u"Waiting on Me"_s); // not counted before it is read
        QSignalSpy loaded(inbox, &InboxSession::listLoaded);

        QTRY_COMPARE(loaded.size(), int(InboxLists::all().size()) - 1);
        QSet<int> each;
        for (const QList<QVariant> &signal : std::as_const(loaded))
            each.insert(int(signal.first().value<InboxList>()));
        QCOMPARE(each.size(), loaded.size()); // each once
        QVERIFY(!each.contains(int(InboxList::Inbox)));
        QCOMPARE(bar->tabText(waitingTab), u"Waiting on Me (%1)"_s.arg(owed));
    }

    void aListAskedForBeforeItsTurnIsReadAtOnce()
    {
        openWindow();
        const int waiting = list(InboxList::WaitingOnThem)->rowCount();
        QVERIFY(waiting > 0);
        m_fixture->close();

        m_fixture->open();
        InboxSession *inbox = m_fixture->inbox.get();
        QSignalSpy loaded(inbox, &InboxSession::listLoaded);
        QVERIFY(!inbox->isLoaded(InboxList::WaitingOnThem));
        QCOMPARE(inbox->model(InboxList::WaitingOnThem)->rowCount(), waiting);
        QCOMPARE(loaded.size(), 1);
        QTRY_COMPARE(loaded.size(), int(InboxLists::all().size()) - 1);
        int readAgain = 0;
        for (const QList<QVariant> &signal : std::as_const(loaded))
            readAgain += signal.first().value<InboxList>() == InboxList::WaitingOnThem ? 1 : 0;
        QCOMPARE(readAgain, 1);
    }

    void theTrayMenuShowsHidesRefreshesAndQuits()
    {
        openWindow();
        QMenu *menu = window()->tray()->menu();
        QStringList texts;
        for (const QAction *action : menu->actions()) {
            if (!action->isSeparator())
                texts.append(action->text());
        }
        QCOMPARE(texts, (QStringList{u"&Hide Linkup Inbox"_s, u"&Refresh"_s, u"&Quit"_s}));
        const int calls = m_fixture->demo.server.inboxCallCount();
        menu->actions().at(1)->trigger();
        QTRY_VERIFY(m_fixture->demo.server.inboxCallCount() > calls);
        const QIcon counted = TrayController::countedIcon(QIcon(), 7);
        QVERIFY(!counted.isNull());
        QCOMPARE(TrayController::countedIcon(QIcon(), 0).isNull(), true);
    }
};

QTEST_MAIN(TestTriage)
#include "tst_triage.moc"
