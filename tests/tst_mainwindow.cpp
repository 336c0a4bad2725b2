#include "account/credentialvault.h"
#include "account/memorysecretstore.h"
#include "account/session.h"
#include "api/urltext.h"
#include "avatars/avatarstore.h"
#include "demobanner.h"
#include "errorbanner.h"
#include "inbox/conversationlistmodel.h"
#include "inboxtab.h"
#include "mainwindow.h"
#include "replycomposer.h"
#include "searchbar.h"
#include "shortcutsdialog.h"
#include "support/demofixture.h"
#include "support/userscroll.h"
#include "support/windowfixture.h"
#include "thread/messagelistmodel.h"
#include "threadpane.h"
#include "welcomepanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFrame>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

using State = PageLoader::State;
using namespace Qt::StringLiterals;

// The window end to end: the built-in server over loopback HTTP, real views and keys.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WindowFixture> m_fixture;
    DemoFixture *m_demo = nullptr;

    MainWindow *openWindow(StartupOptions options = {}, bool keepSize = false)
    {
        MainWindow *window = m_fixture->open(options, keepSize);
        [&] { QVERIFY(QTest::qWaitForWindowActive(window)); }();
        return window;
    }

    InboxSync *sync() const { return m_fixture->sync(); }

    bool settled(const ConversationListModel *model)
    {
        InboxSync *current = nullptr;
        for (InboxCategory category : InboxCategories::all()) {
            if (m_fixture->inbox->model(category) == model)
                current = m_fixture->inbox->sync(category);
        }
        return current
                && QTest::qWaitFor([current] { return current->state() != State::Loading; }, 15000);
    }

    QStringList requestedCategories() const
    {
        QStringList categories;
        for (const RecordedRequest &request : m_demo->server.inboxRequests())
            categories.append(
                    QJsonDocument::fromJson(request.body).object().value(u"category").toString());
        return categories;
    }

    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), modifiers);
    }

    // Scrolls until the row with that profile link is loaded; returns its row or -1.
    int loadRowWithProfile(const QString &url)
    {
        ConversationListModel *model = m_fixture->window->model();
        for (int step = 0; step < 50; ++step) {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->conversationAt(row).participant.profileUrl == url)
                    return row;
            }
            if (sync()->state() == State::AtEnd)
                break;
            userScrollToBottom(m_fixture->window->conversationView());
            settled(model);
        }
        return -1;
    }

    // The action with that text (without &) in the menu with that title.
    static QAction *menuAction(QMainWindow *window, QStringView menu, QStringView text)
    {
        for (const QAction *menuItem : window->menuBar()->actions()) {
            if (ShortcutsDialog::readableText(menuItem->text()) != menu)
                continue;
            for (QAction *action : menuItem->menu()->actions()) {
                if (ShortcutsDialog::readableText(action->text()) == text)
                    return action;
            }
        }
        return nullptr;
    }

    QString requestedConversation(int call) const
    {
        return QJsonDocument::fromJson(m_demo->server.conversationRequests().at(call).body)
                .object()
                .value(u"conversation_id")
                .toString();
    }

    // The row (loaded on the way) of the first INBOX conversation whose thread has
    // exactly that many messages; -1 if none.
    int loadRowWithThreadLength(int length)
    {
        ConversationListModel *model = m_fixture->window->model();
        for (int step = 0; step < 50; ++step) {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (m_demo->server.sampleThread(model->conversationAt(row).id).size() == length)
                    return row;
            }
            if (sync()->state() == State::AtEnd)
                break;
            sync()->loadMore();
            settled(model);
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LinkupInboxTests"));
    }

    void init()
    {
        QSettings().clear();
        QDir(AvatarStore::defaultCacheDirectory()).removeRecursively();
        m_fixture = std::make_unique<WindowFixture>();
        QVERIFY(m_fixture->start());
        m_demo = &m_fixture->demo;
    }

    void cleanup()
    {
        m_fixture.reset();
        m_demo = nullptr;
    }

    void tabGoesFromTheListToTheConversationAndBackBannersAfter()
    {
        MainWindow *window = openWindow();
        QTRY_VERIFY(window->model()->rowCount() > 0);
        QListView *list = window->conversationView();
        list->setFocus();
        list->setCurrentIndex(shownRow(window, 0));
        window->openThreadInPlace(window->model()->idAt(0));
        QTRY_VERIFY(window->threadPane()->model() && window->threadPane()->model()->rowCount() > 0);
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        QStringList chain;
        QWidget *banner = window->findChild<DemoBanner *>()->connectButton();
        int bannerAt = -1, threadAt = -1, replyAt = -1, backAt = -1;
        for (int step = 1; step <= 12 && backAt < 0; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            chain.append(focus ? QString::fromLatin1(focus->metaObject()->className()) + u':'
                                         + focus->objectName() + u'/'
                                         + focus->property("text").toString()
                               : u"none"_s);
            if (focus == banner && bannerAt < 0)
                bannerAt = step;
            if (focus && window->threadPane()->isAncestorOf(focus) && threadAt < 0)
                threadAt = step; // its header, then its messages
            if (focus && window->threadPane()->reply()->isAncestorOf(focus) && replyAt < 0)
                replyAt = step;
            if (focus == list)
                backAt = step;
        }
        const QString said = chain.join(u" → ");
        QVERIFY2(threadAt == 1, qPrintable(said)); // the conversation comes first
        QVERIFY2(replyAt > threadAt, qPrintable(said));
        QVERIFY2(backAt > replyAt, qPrintable(said)); // and back to the list
        QVERIFY2(bannerAt < 0 || bannerAt > replyAt, qPrintable(said)); // banners after
        // Shift+Tab goes the other way: from the list up to the search.
        QTest::keyClick(list, Qt::Key_Tab, Qt::ShiftModifier);
        QTRY_VERIFY(window->searchBar()->isAncestorOf(QApplication::focusWidget()));
    }

    void scrollingToTheBottomLoadsEveryPageOnce()
    {
        MainWindow *window = openWindow();
        ConversationListModel *model = window->model();
        QVERIFY(model);
        QTRY_VERIFY(model->rowCount() > 0);
        QCOMPARE(QApplication::focusWidget(), window->conversationView()); // list has focus

        QListView *view = window->conversationView();
        const int total = m_demo->server.sampleCount(QStringLiteral("INBOX"));
        for (int step = 0; step < 100 && sync()->state() != State::AtEnd; ++step) {
            userScrollToBottom(view);
            QVERIFY(settled(model));
        }
        QCOMPARE(sync()->state(), State::AtEnd);
        QCOMPARE(model->rowCount(), total);
        QCOMPARE(m_demo->server.inboxCallCount(), (total + 19) / 20);
        QVERIFY(window->windowTitle().contains(u"Demo"));
        QVERIFY(window->statusBar()->findChild<QLabel *>()->text().contains(u"end of the list"));
    }

    void scrollingPaintsEachPictureAndFetchesItOnce()
    {
        MainWindow *window = openWindow();
        ConversationListModel *model = window->model();
        QListView *view = window->conversationView();
        QScrollBar *bar = view->verticalScrollBar();
        AvatarStore *avatars = window->avatars();
        // A screen at a time, so every row is painted at least once.
        for (int step = 0; step < 500; ++step) {
            QVERIFY(settled(model));
            view->doItemsLayout(); // rows that just landed, laid out before painting
            view->viewport()->repaint(); // paint the rows on screen now, as the screen would
            QTRY_VERIFY_WITH_TIMEOUT(!avatars->isBusy(), 10000);
            if (sync()->state() == State::AtEnd && bar->value() == bar->maximum())
                break;
            // Half a screen at a time: consecutive screens overlap, no row is skipped.
            userScrollTo(view, bar->value() + view->viewport()->height() / 2);
        }
        QCOMPARE(sync()->state(), State::AtEnd);

        QSet<QString> expected;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QUrl url = UrlText::toUrl(model->conversationAt(row).participant.pictureUrl);
            if (!url.isEmpty())
                expected.insert(url.path());
        }
        const QHash<QString, int> &fetched = m_demo->server.avatarRequestsByPath();
        const QSet<QString> got(fetched.keyBegin(), fetched.keyEnd());
        QVERIFY2(got == expected,
                 qPrintable(QStringLiteral("missing %1, unexpected %2")
                                    .arg(QStringList(QSet<QString>(expected).subtract(got).values())
                                                 .join(u' '),
                                         QStringList(QSet<QString>(got).subtract(expected).values())
                                                 .join(u' '))));
        for (auto it = fetched.begin(); it != fetched.end(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));

        // The next start with the same cache directory downloads nothing for the first
        // screen.
        const int before = m_demo->server.avatarRequestCount();
        m_fixture->close();
        window = openWindow();
        QTRY_VERIFY(window->model()->rowCount() > 0);
        QVERIFY(settled(window->model()));
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->conversationView()->viewport()->repaint();
        QTRY_VERIFY_WITH_TIMEOUT(!window->avatars()->isBusy(), 10000);
        QVERIFY(window->avatars()->memoryCacheCount() > 0);
        QCOMPARE(m_demo->server.avatarRequestCount(), before);
    }

    void aRestingSelectionLoadsItsThreadOnce()
    {
        MainWindow *window = openWindow();
        ConversationListModel *model = window->model();
        QTRY_VERIFY(model->rowCount() >= 20);
        QVERIFY(settled(model));
        ThreadPane *pane = window->threadPane();
        // The first row is current when the list arrives, but the user has not picked
        // it: its thread costs nothing until asked for, and the pane offers it.
        QTRY_COMPARE(window->conversationView()->currentIndex().row(), 0);
        QTest::qWait(500); // longer than the rest a pick needs
        QCOMPARE(m_demo->server.conversationCallCount(), 0);
        QVERIFY(pane->loadButton()->isVisible());
        QTest::mouseClick(pane->loadButton(), Qt::LeftButton);
        QTRY_COMPARE(m_demo->server.conversationCallCount(), 1);
        QCOMPARE(requestedConversation(0), model->conversationAt(0).id);
        const QJsonObject body =
                QJsonDocument::fromJson(m_demo->server.conversationRequests().at(0).body).object();
        QCOMPARE(body.value(u"total_results").toInt(), 10);
        QTRY_VERIFY(pane->model() && pane->model()->rowCount() > 0);
        window->conversationView()->setFocus();

        // Arrowing through ten rows quickly asks for the last one only.
        for (int i = 0; i < 10; ++i)
            press(Qt::Key_Down);
        QTRY_COMPARE(pane->conversationId(), model->conversationAt(10).id);
        QTRY_COMPARE(m_demo->server.conversationCallCount(), 2); // the request on its way
        QCOMPARE(requestedConversation(1), model->conversationAt(10).id);

        // Back to a thread read before: shown again without a request.
        for (int i = 0; i < 10; ++i)
            press(Qt::Key_Up);
        QTRY_COMPARE(pane->conversationId(), model->conversationAt(0).id);
        QCOMPARE(m_demo->server.conversationCallCount(), 2);
        QVERIFY(pane->model()->rowCount() > 0);
    }

    void olderMessagesLoadAtTheTopWithoutMovingTheView()
    {
        MainWindow *window = openWindow();
        ConversationListModel *model = window->model();
        QTRY_VERIFY(model->rowCount() > 0);
        const int row = loadRowWithThreadLength(60);
        QVERIFY(row >= 0);
        window->openThreadInPlace(model->conversationAt(row).id);
        ThreadPane *pane = window->threadPane();
        QTRY_COMPARE(pane->conversationId(), model->conversationAt(row).id);
        MessageListModel *thread = pane->model();
        QAbstractItemModelTester tester(thread,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(thread->rowCount(), 10);
        QTRY_VERIFY(thread->state() != MessageListModel::LoadState::Loading);
        QListView *view = pane->view();
        QScrollBar *bar = view->verticalScrollBar();
        QTRY_COMPARE(bar->value(), bar->maximum()); // opens at the newest message

        for (int page = 0; page < 10 && thread->state() != MessageListModel::LoadState::AtEnd;
             ++page) {
            // The oldest message shown so far, and where it is on screen.
            const QString anchorId = thread->index(0).data(MessageListModel::IdRole).toString();
            const int before = thread->rowCount();
            bar->setValue(bar->minimum()); // scrolled to the top: older messages load
            // Its bottom edge: a day separator above it may go once older messages of
            // the same day are above it, but the message itself must not move.
            const int anchorBottom = view->visualRect(thread->index(0)).bottom();
            QTRY_VERIFY(thread->state() != MessageListModel::LoadState::Loading);
            QVERIFY(thread->rowCount() > before);
            const int anchorRow = thread->rowOf(anchorId);
            QCOMPARE(anchorRow, thread->rowCount() - before);
            QVERIFY2(qAbs(view->visualRect(thread->index(anchorRow)).bottom() - anchorBottom) <= 2,
                     "the message being read moved");
        }
        QCOMPARE(thread->state(), MessageListModel::LoadState::AtEnd);
        QCOMPARE(thread->rowCount(), 60);
        int callsForThread = 0;
        for (int call = 0; call < m_demo->server.conversationCallCount(); ++call)
            callsForThread += requestedConversation(call) == pane->conversationId();
        QCOMPARE(callsForThread, 6); // 60 messages, 10 at a time, each page once
    }

    void anErrorInAThreadKeepsItsMessagesAndRetryGoesOn()
    {
        MainWindow *window = openWindow();
        ConversationListModel *model = window->model();
        QTRY_VERIFY(model->rowCount() > 0);
        const int row = loadRowWithThreadLength(60);
        QVERIFY(row >= 0);
        // Whatever the next conversation call is, it fails (HTTP 200 error body).
        const int next = m_demo->server.conversationCallCount() + 2; // the first, then older
        m_demo->server.scriptConversationCall(
                next,
                ScriptedReply::errorWithHttp200(QStringLiteral("LinkedIn API error occurred")));
        window->openThreadInPlace(model->conversationAt(row).id);
        ThreadPane *pane = window->threadPane();
        QTRY_COMPARE(pane->conversationId(), model->conversationAt(row).id);
        MessageListModel *thread = pane->model();
        QTRY_COMPARE(thread->rowCount(), 10);
        QTRY_COMPARE(m_demo->server.conversationCallCount(), next - 1);
        QTRY_VERIFY(thread->state() != MessageListModel::LoadState::Loading);
        pane->view()->verticalScrollBar()->setValue(0);
        QTRY_COMPARE(thread->state(), MessageListModel::LoadState::Error);
        QCOMPARE(thread->rowCount(), 10);
        QVERIFY(pane->errorBanner()->isVisible());
        QTest::mouseClick(pane->errorBanner()->retryButton(), Qt::LeftButton);
        QTRY_COMPARE(thread->rowCount(), 20);
        QVERIFY(!pane->errorBanner()->isVisible());
    }

    void aNarrowWindowShowsTheListOrTheThread()
    {
        MainWindow *window = openWindow();
        window->resize(600, 700);
        QTRY_VERIFY(window->isNarrow());
        ConversationListModel *model = window->model();
        QTRY_VERIFY(model->rowCount() > 0);
        QVERIFY(settled(model));
        ThreadPane *pane = window->threadPane();
        QVERIFY(!pane->isVisible());
        QVERIFY(window->conversationView()->isVisible());
        QTRY_COMPARE(window->conversationView()->currentIndex().row(), 0);
        QCOMPARE(m_demo->server.conversationCallCount(), 0); // nothing loads out of sight

        window->conversationView()->setFocus();
        press(Qt::Key_Right);
        QVERIFY(pane->isVisible());
        QVERIFY(!window->conversationView()->isVisible());
        QVERIFY(pane->backButton()->isVisible());
        QTRY_VERIFY(pane->model() && pane->model()->rowCount() > 0);
        press(Qt::Key_Escape);
        QVERIFY(window->conversationView()->isVisible());
        QVERIFY(!pane->isVisible());
        QCOMPARE(QApplication::focusWidget(), window->conversationView());

        // A click on a row opens it too; Back returns.
        QListView *view = window->conversationView();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(shownRow(window, 1)).center());
        QVERIFY(pane->isVisible());
        QTRY_COMPARE(pane->conversationId(), model->conversationAt(1).id);
        QTest::mouseClick(pane->backButton(), Qt::LeftButton);
        QVERIFY(view->isVisible());

        window->resize(1100, 700); // wide again: both
        QTRY_VERIFY(!window->isNarrow());
        QVERIFY(pane->isVisible() && view->isVisible());
    }

    void navigationBuysNoPages()
    {
        // Showing, hiding, resizing and switching tabs or layouts never requests a page.
        MainWindow *window = openWindow();
        ConversationListModel *model = window->model();
        QTRY_COMPARE(model->rowCount(), 20);
        QVERIFY(settled(model));
        QCOMPARE(m_demo->server.inboxCallCount(), 1);

        window->resize(600, 700); // narrow: list or thread
        QTRY_VERIFY(window->isNarrow());
        for (int i = 0; i < 4; ++i) {
            window->conversationView()->setFocus();
            press(Qt::Key_Right);
            QVERIFY(window->threadPane()->isVisible());
            press(Qt::Key_Escape);
            QVERIFY(window->conversationView()->isVisible());
        }
        for (const QSize size :
             {QSize(1100, 300), QSize(1400, 1000), QSize(500, 200), QSize(1100, 720)}) {
            window->resize(size);
            QTest::qWait(20);
        }
        window->hide();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        press(Qt::Key_2, Qt::ControlModifier); // InMail: its own first page
        QTRY_VERIFY(window->model()->rowCount() > 0);
        QVERIFY(settled(window->model()));
        press(Qt::Key_1, Qt::ControlModifier); // back: nothing again
        press(Qt::Key_2, Qt::ControlModifier);
        press(Qt::Key_1, Qt::ControlModifier);
        QTest::qWait(100);
        QCOMPARE(model->rowCount(), 20);
        QCOMPARE(requestedCategories(), (QStringList{u"INBOX"_s, u"INMAIL"_s}));
    }

    void onlyRowsTheUserPicksLoadThreads()
    {
        // Counted: which changes of the current row cost a thread request.
        MainWindow *window = openWindow();
        ConversationListModel *model = window->model();
        QTRY_COMPARE(model->rowCount(), 20);
        QVERIFY(settled(model));
        const auto threadCalls = [this] { return m_demo->server.conversationCallCount(); };
        QTest::qWait(400); // the window opened on row 0: not a pick
        QCOMPARE(threadCalls(), 0);

        press(Qt::Key_Down); // a pick: loads once it rests
        QTRY_COMPARE(threadCalls(), 1);
        QCOMPARE(requestedConversation(0), model->conversationAt(1).id);

        press(Qt::Key_End); // a jump lands on a row nobody chose
        QTest::qWait(400);
        QCOMPARE(threadCalls(), 1);
        QVERIFY(window->threadPane()->loadButton()->isVisible());

        press(Qt::Key_2, Qt::ControlModifier); // a tab switch is not a pick either
        QTRY_VERIFY(window->model()->rowCount() > 0);
        QVERIFY(settled(window->model()));
        QTest::qWait(400);
        QCOMPARE(threadCalls(), 1);
        press(Qt::Key_1, Qt::ControlModifier);
        press(Qt::Key_Home);
        press(Qt::Key_Down); // row 1 again: read before, shown without a request
        QTest::qWait(400);
        QCOMPARE(threadCalls(), 1);
        QTRY_COMPARE(window->threadPane()->conversationId(), model->conversationAt(1).id);

        window->conversationView()->setFocus();
        press(Qt::Key_Down);
        press(Qt::Key_Right); // asking to read it: at once, no rest needed
        QTRY_COMPARE(threadCalls(), 2);
        QCOMPARE(requestedConversation(1), model->conversationAt(2).id);
        QTest::qWait(400);
        QCOMPARE(threadCalls(), 2); // the pick's timer did not ask again
    }

    void jumpsShowTheirThreadOnceTheyRest()
    {
        // Page Down held down passes many rows: the pane lays out only the row it stops
        // on, once it rests, and only from what is at hand.
        MainWindow *window = openWindow();
        ConversationListModel *model = window->model();
        QTRY_COMPARE(model->rowCount(), 20);
        QVERIFY(settled(model));
        ThreadPane *pane = window->threadPane();
        const QString first = model->conversationAt(0).id;
        window->openThreadInPlace(first); // read once: at hand from now on
        QTRY_VERIFY(pane->model() && pane->model()->rowCount() > 0);
        const int calls = m_demo->server.conversationCallCount();
        window->conversationView()->setFocus();

        press(Qt::Key_End);
        QCOMPARE(pane->conversationId(), first); // moving: the pane stays as it was
        QTRY_VERIFY(pane->loadButton()->isVisible()); // at rest: offered, not loaded
        press(Qt::Key_PageUp);
        press(Qt::Key_Home);
        QVERIFY(pane->loadButton()->isVisible());
        QTRY_COMPARE(pane->conversationId(), first); // the thread at hand, shown free
        QCOMPARE(m_demo->server.conversationCallCount(), calls);
    }

    void returnInTheThreadOpensTheProfile()
    {
        MainWindow *window = openWindow();
        ConversationListModel *model = window->model();
        QTRY_VERIFY(model->rowCount() > 0);
        ThreadPane *pane = window->threadPane();
        window->openThreadInPlace(model->conversationAt(0).id);
        QTRY_VERIFY(pane->model() && pane->model()->rowCount() > 0);
        pane->view()->setFocus();
        press(Qt::Key_Return);
        QCOMPARE(m_fixture->opened,
                 QList<QUrl>{UrlText::toUrl(model->conversationAt(0).participant.profileUrl)});
    }

    void ctrlCInTheThreadCopiesThatMessageAndInTheListTheLastOne()
    {
        MainWindow *window = openWindow();
        ConversationListModel *model = window->model();
        QTRY_VERIFY(model->rowCount() > 0);
        ThreadPane *pane = window->threadPane();
        window->openThreadInPlace(model->conversationAt(0).id);
        QTRY_VERIFY(pane->model() && pane->model()->rowCount() > 1);
        pane->view()->setFocus();
        const QModelIndex first = pane->model()->index(0);
        pane->view()->setCurrentIndex(first);
        QApplication::clipboard()->clear();
        press(Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), first.data().toString());
        QVERIFY(window->statusBar()->currentMessage().isEmpty()); // not "Last message copied"

        window->conversationView()->setFocus();
        press(Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), model->conversationAt(0).lastMessage.text);
    }

    void endKeyReachesTheLastRowAndLoadsMore()
    {
        MainWindow *window = openWindow();
        ConversationListModel *model = window->model();
        QTRY_COMPARE(model->rowCount(), 20);
        QVERIFY(settled(model));
        press(Qt::Key_End);
        QTRY_VERIFY(model->rowCount() > 20);
        QCOMPARE(window->conversationView()->currentIndex().row() >= 19, true);
    }

    void prefetchStartsBeforeTheBottom()
    {
        MainWindow *window = openWindow();
        ConversationListModel *model = window->model();
        QTRY_COMPARE(model->rowCount(), 20);
        QVERIFY(settled(model));
        QScrollBar *bar = window->conversationView()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        // Within one screen of the end, but not at the end.
        userScrollTo(
                window->conversationView(),
                qMax(0, bar->maximum() - window->conversationView()->viewport()->height() + 10));
        QVERIFY(bar->value() < bar->maximum());
        QTRY_VERIFY(m_demo->server.inboxCallCount() >= 2);
    }

    void tabsKeepTheirRowsAndAskNothingAgain()
    {
        MainWindow *window = openWindow();
        ConversationListModel *inbox = window->model();
        QTRY_VERIFY(inbox->rowCount() >= 20);
        QVERIFY(settled(inbox));
        window->conversationView()->verticalScrollBar()->setValue(200);
        const int scroll = window->conversationView()->verticalScrollBar()->value();
        QVERIFY(scroll > 0);

        press(Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window->currentCategory(), InboxCategory::InMail);
        ConversationListModel *inmail = window->model();
        QVERIFY(inmail != inbox);
        QTRY_VERIFY(inmail->rowCount() > 0);
        QVERIFY(settled(inmail));
        QVERIFY(requestedCategories().contains(u"INMAIL"));
        const int calls = m_demo->server.inboxCallCount();

        press(Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window->currentCategory(), InboxCategory::Inbox);
        QCOMPARE(window->model(), inbox);
        QCOMPARE(window->conversationView()->verticalScrollBar()->value(), scroll);
        press(Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window->model(), inmail);
        QCOMPARE(m_demo->server.inboxCallCount(), calls);
    }

    void tabShortcuts()
    {
        MainWindow *window = openWindow();
        press(Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window->currentCategory(), InboxCategory::Job);
        QVERIFY(settled(window->model()));
        QVERIFY(requestedCategories().contains(u"JOB"));
        press(Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window->currentCategory(), InboxCategory::Unread);
        QVERIFY(settled(window->model()));
        QVERIFY(requestedCategories().contains(u"UNREAD"));
        press(Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window->currentList(), InboxList::WaitingOnMe);
        press(Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(window->currentList(), InboxList::WaitingOnThem);
        press(Qt::Key_Tab, Qt::ControlModifier); // round to the first
        QCOMPARE(window->currentCategory(), InboxCategory::Inbox);
        press(Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window->currentList(), InboxList::WaitingOnThem);
        press(Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window->currentCategory(), InboxCategory::Inbox);
    }

    void previousTabWorksWithTabAndBacktabAndReadsAsTab()
    {
        MainWindow *window = openWindow();
        QCOMPARE(window->currentCategory(), InboxCategory::Inbox);
        // Shift+Tab comes as Backtab from most keyboards, as Tab from some input paths.
        press(Qt::Key_Tab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window->currentList(), InboxList::WaitingOnThem);
        press(Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window->currentList(), InboxList::WaitingOnMe);
        // From the thread as well as from the list.
        window->threadPane()->view()->setFocus();
        press(Qt::Key_Tab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window->currentList(), InboxList::Unread);
        QAction *previous = menuAction(window, u"Go", u"Previous Tab");
        QVERIFY(previous);
        QCOMPARE(previous->shortcut().toString(QKeySequence::NativeText),
                 QStringLiteral("Ctrl+Shift+Tab"));
    }

    void f1AndCtrlSlashOpenTheShortcutsSheet()
    {
        MainWindow *window = openWindow();
        press(Qt::Key_F1);
        auto *sheet = window->findChild<ShortcutsDialog *>();
        QVERIFY(sheet);
        QTRY_VERIFY(sheet->isVisible());
        QVERIFY(!sheet->isModal()); // the window stays usable beside it
        QVERIFY(window->isEnabled());
        // Every action with a shortcut in any menu is on the sheet, with its keys.
        QStringList rows;
        const QTreeWidget *tree = sheet->tree();
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            const QTreeWidgetItem *group = tree->topLevelItem(g);
            for (int r = 0; r < group->childCount(); ++r)
                rows.append(group->text(0) + u'/' + group->child(r)->text(0) + u'='
                            + group->child(r)->text(1));
        }
        int checked = 0;
        for (const QAction *menu : window->menuBar()->actions()) {
            for (const QAction *action : menu->menu()->actions()) {
                if (action->shortcut().isEmpty())
                    continue;
                const QString row = ShortcutsDialog::readableText(menu->text()) + u'/'
                        + ShortcutsDialog::readableText(action->text()) + u'='
                        + action->shortcut().toString(QKeySequence::NativeText);
                QVERIFY2(
                        std::any_of(rows.cbegin(), rows.cend(),
                                    [&row](const QString &shown) { return shown.startsWith(row); }),
                        qPrintable(row + u" in " + rows.join(u"; ")));
                ++checked;
            }
        }
        QVERIFY(checked >= 12);
        QVERIFY(rows.contains(u"Go/Previous Tab=Ctrl+Shift+Tab"_s));
        QVERIFY(rows.contains(u"Help/Keyboard Shortcuts=F1, Ctrl+/"_s));
        QVERIFY(rows.contains(u"File/Open Profile=Return, Enter"_s));
        QCOMPARE(tree->topLevelItem(tree->topLevelItemCount() - 1)->text(0),
                 u"In the list and the conversation"_s);
        QVERIFY(menuAction(window, u"Help", u"About Linkup Inbox")->shortcut().isEmpty());

        // Ctrl+/ brings the same sheet back instead of a second one.
        sheet->close();
        QTRY_VERIFY(!window->findChild<ShortcutsDialog *>());
        const auto backToTheList = [window] {
            QApplication::setActiveWindow(window);
            window->conversationView()->setFocus();
        };
        backToTheList();
        press(Qt::Key_Slash, Qt::ControlModifier);
        QTRY_VERIFY(window->findChild<ShortcutsDialog *>());
        backToTheList();
        press(Qt::Key_F1);
        QCOMPARE(window->findChildren<ShortcutsDialog *>().size(), 1);
    }

    void enterOpensTheProfileOfTheCurrentRow()
    {
        MainWindow *window = openWindow();
        ConversationListModel *model = window->model();
        QTRY_VERIFY(model->rowCount() > 0);
        QTRY_COMPARE(window->conversationView()->currentIndex().row(), 0);
        press(Qt::Key_Down);
        const QUrl expected = UrlText::toUrl(model->conversationAt(1).participant.profileUrl);
        press(Qt::Key_Return);
        QCOMPARE(m_fixture->opened, QList<QUrl>{expected});
        press(Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(m_fixture->opened.size(), 2);
    }

    // The File menu's conversation actions follow the current row as the list holds it.
    void theFileMenusConversationActionsFollowTheCurrentRow()
    {
        MainWindow *window = openWindow();
        ConversationListModel *model = window->model();
        QTRY_VERIFY(model->rowCount() > 1);
        QTRY_COMPARE(window->conversationView()->currentIndex().row(), 0);
        QAction *open = menuAction(window, u"File", u"Open Profile");
        QAction *copyLink = menuAction(window, u"File", u"Copy Profile Link");
        QAction *copyMessage = menuAction(window, u"File", u"Copy Last Message");
        QVERIFY(open && copyLink && copyMessage);
        const auto expectFor = [&](int row) {
            const Conversation shown = model->conversationAt(row);
            QCOMPARE(open->isEnabled(), !shown.id.isEmpty());
            QCOMPARE(copyLink->isEnabled(), !shown.participant.profileUrl.isEmpty());
            QCOMPARE(copyMessage->isEnabled(), !shown.lastMessage.text.isEmpty());
        };
        expectFor(0);
        press(Qt::Key_Down);
        expectFor(1);
        window->conversationView()->setCurrentIndex(QModelIndex());
        QVERIFY(!open->isEnabled() && !copyLink->isEnabled() && !copyMessage->isEnabled());
    }

    void unsafeProfileLinksAreRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("plain http")
                << QStringLiteral("http://www.linkedin.com/in/plain-http-person");
    }

    void unsafeProfileLinksAreRefused()
    {
        QFETCH(QString, url);
        MainWindow *window = openWindow();
        QTRY_VERIFY(window->model()->rowCount() > 0);
        const int row = loadRowWithProfile(url);
        QVERIFY(row >= 0);
        window->conversationView()->setCurrentIndex(shownRow(window, row));
        press(Qt::Key_Return);
        QVERIFY(m_fixture->opened.isEmpty());
        QVERIFY(window->statusBar()->currentMessage().contains(u"Not opening"));
        const QString id = window->model()->conversationAt(row).id;
        std::unique_ptr<QMenu> menu(window->createContextMenu(id));
        QVERIFY(menu);
        // Profile, link, message; then the marks (a separator, Done, Read or Unread).
        QCOMPARE(menu->actions().size(), 6);
        QCOMPARE(menu->actions().at(4)->text(), QStringLiteral("Mark as &Done"));
        QVERIFY(!menu->actions().at(0)->isEnabled()); // Open Profile
        QVERIFY(menu->actions().at(1)->isEnabled()); // Copy Profile Link
        std::unique_ptr<QMenu> safeMenu(
                window->createContextMenu(window->model()->conversationAt(0).id));
        QVERIFY(safeMenu->actions().at(0)->isEnabled());
    }

    void f5AndCtrlShiftRReloadAndKeepTheSelection()
    {
        MainWindow *window = openWindow();
        ConversationListModel *model = window->model();
        QTRY_VERIFY(model->rowCount() >= 20);
        QVERIFY(settled(model));
        window->conversationView()->setCurrentIndex(shownRow(window, 5));
        const QString selected = model->conversationAt(5).id;
        const int calls = m_demo->server.inboxCallCount();
        press(Qt::Key_F5);
        QTRY_COMPARE(m_demo->server.inboxCallCount(), calls + 1);
        QVERIFY(settled(model));
        const QByteArray body = m_demo->server.inboxRequests().last().body;
        QVERIFY(!QJsonDocument::fromJson(body).object().contains(u"next_cursor"));
        QTRY_COMPARE(window->conversationView()->currentIndex().row(), 5);
        QCOMPARE(model->conversationAt(5).id, selected);

        // Ctrl+R is Reply now; reloading takes Ctrl+Shift+R beside F5.
        press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(m_demo->server.inboxCallCount(), calls + 2);
    }

    void errorShowsABannerKeepsRowsAndRetries()
    {
        m_demo->server.scriptInboxCall(
                2, ScriptedReply::error(403, QStringLiteral("LinkedIn token expired")));
        MainWindow *window = openWindow();
        ConversationListModel *model = window->model();
        QTRY_COMPARE(model->rowCount(), 20);
        userScrollToBottom(window->conversationView());
        QTRY_COMPARE(sync()->state(), State::Error);
        InboxTab *tab = window->tab(InboxCategory::Inbox);
        QVERIFY(tab->errorBanner()->isVisible());
        QVERIFY(tab->errorBanner()->message().contains(u"Log in again"));
        QCOMPARE(model->rowCount(), 20);
        QTest::mouseClick(tab->errorBanner()->retryButton(), Qt::LeftButton);
        QTRY_VERIFY(model->rowCount() > 20);
        QVERIFY(!tab->errorBanner()->isVisible());
    }

    void emptyCategorySaysSo()
    {
        m_demo->server.scriptInboxCall(
                1,
                ScriptedReply::raw(200,
                                   R"({"status":"success","data":{"conversations":[],)"
                                   R"("total_results":0,"next_cursor":null}})"));
        MainWindow *window = openWindow();
        QTRY_COMPARE(sync()->state(), State::AtEnd);
        bool shown = false;
        for (const QLabel *label : window->findChildren<QLabel *>())
            shown = shown
                    || (label->isVisible() && label->text() == u"No conversations in your inbox");
        QVERIFY(shown);
    }

    void lastTabAndGeometryAreRestored()
    {
        MainWindow *window = openWindow();
        press(Qt::Key_3, Qt::ControlModifier);
        window->resize(900, 640);
        window->close();
        m_fixture->close();
        MainWindow *again = openWindow({}, true);
        QCOMPARE(again->currentCategory(), InboxCategory::Job);
        QCOMPARE(again->size(), QSize(900, 640));
    }

    void commandLineCategoryWins()
    {
        QSettings().setValue(QStringLiteral("window/tab"), QStringLiteral("JOB"));
        StartupOptions options;
        options.category = InboxCategory::Unread;
        QCOMPARE(openWindow(options)->currentCategory(), InboxCategory::Unread);
    }

    void withoutAnAccountItShowsTheWelcomePanel()
    {
        LinkupClient client;
        CredentialVault vault(&m_fixture->secrets);
        Session session(&client, &vault);
        session.adopt(Session::Kind::None);
        InboxSession inbox(&session);
        MainWindow window(&inbox, StartupOptions());
        QVERIFY(!window.model());
        QCOMPARE(window.centralWidget()->findChild<WelcomePanel *>(), window.welcomePanel());
        window.show();
        QVERIFY(window.welcomePanel()->isVisible());
        QVERIFY(!window.demoBanner()->isVisible());
        QVERIFY(!window.windowTitle().contains(u"Demo"));
    }

    void theDemoIsMarkedAsSuch()
    {
        MainWindow *window = openWindow();
        QVERIFY(window->windowTitle().contains(u"Demo"));
        QVERIFY(window->demoBanner()->isVisible());
        QVERIFY(!window->welcomePanel()->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
