#include "api/urltext.h"
#include "conversationactions.h"
#include "inbox/conversationfilter.h"
#include "inbox/listsearch.h"
#include "searchbar.h"
#include "store/conversationsearch.h"
#include "store/draftstore.h"
#include "store/threadstore.h"
#include "support/pages.h"
#include "support/windowfixture.h"
#include "triageactions.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

// Searching, in the window over the built-in server's inbox (names with accents, emoji,
// right-to-left scripts): as the user types, the keys, everything stored with its thread
// messages, rows arriving while a filter is on, and actions through the filter.
class TestSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WindowFixture> m_fixture;

    MainWindow *window() const { return m_fixture->window.get(); }
    ListSearch *search() const { return window()->currentTab()->search(); }
    QLineEdit *field() const { return window()->searchBar()->field(); }

    MainWindow *openWindow()
    {
        MainWindow *shown = m_fixture->open();
        [&] {
            QVERIFY(QTest::qWaitForWindowActive(shown));
            QTRY_VERIFY(shown->model() && shown->model()->rowCount() >= 20);
            QTRY_VERIFY(m_fixture->sync()->state() != PageLoader::State::Loading);
        }();
        return shown;
    }

    // What the view shows now, by name.
    QStringList shownNames() const
    {
        QStringList names;
        const QAbstractItemModel *shown = window()->conversationView()->model();
        for (int row = 0; row < shown->rowCount(); ++row)
            names.append(shown->index(row, 0)
                                 .data(ConversationListModel::ParticipantNameRole)
                                 .toString());
        return names;
    }

    void type(const QString &text)
    {
        window()->searchBar()->focusField();
        field()->selectAll();
        QTest::keyClick(field(), Qt::Key_Backspace);
        // QTest types ASCII only; other text arrives as an input method would put it.
        bool ascii = true;
        for (const QChar c : text)
            ascii &= c.unicode() < 0x80;
        if (ascii)
            QTest::keyClicks(field(), text);
        else
            field()->insert(text);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"LinkupInboxSearchTests"_s);
    }

    void init()
    {
        QSettings().clear();
        m_fixture = std::make_unique<WindowFixture>();
        QVERIFY(m_fixture->start());
    }

    void cleanup() { m_fixture.reset(); }

    void typingFiltersByNameHeadlineAndMessage_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("found");
        QTest::newRow("accents folded") << u"oceane"_s << u"Océane Faure"_s;
        QTest::newRow("case folded") << u"HÉLÈNE"_s << u"Hélène Gauthier"_s;
        QTest::newRow("right-to-left") << u"ليلى"_s << u"ليلى حداد"_s;
        QTest::newRow("emoji") << u"🚀"_s << u"Sam 🚀 Rivera"_s;
        QTest::newRow("emoji with joiner")
                << u"👩🏽‍💻 patel"_s << u"Dev 👩🏽‍💻 Patel"_s;
        QTest::newRow("headline") << u"helio health"_s << u"Connor Sullivan"_s;
        QTest::newRow("last message") << u"reconnect in a few"_s << u"Connor Sullivan"_s;
    }

    void typingFiltersByNameHeadlineAndMessage()
    {
        QFETCH(QString, query);
        QFETCH(QString, found);
        openWindow();
        QAbstractItemModelTester tester(window()->conversationView()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int requests = m_fixture->demo.server.inboxCallCount();
        type(query);
        QTRY_VERIFY(search()->isActive());
        QVERIFY2(shownNames().contains(found), qPrintable(shownNames().join(u", ")));
        QVERIFY(shownNames().size() < window()->model()->rowCount());
        // Searching costs nothing, even scrolled to the end of a narrow filter.
        QVERIFY(!window()->conversationView()->model()->canFetchMore({}));
        window()->conversationView()->scrollToBottom();
        QCOMPARE(m_fixture->demo.server.inboxCallCount(), requests);
    }

    void theKeysGoToTheFirstMatchAndBack()
    {
        openWindow();
        QListView *view = window()->conversationView();
        view->setFocus();
        view->setCurrentIndex(shownRow(window(), 3));
        const QString before = window()->model()->idAt(3);
        QVERIFY(!before.isEmpty());

        QTest::keyClick(view, Qt::Key_Slash);
        QTRY_VERIFY(field()->hasFocus());
        QTest::keyClicks(field(), u"gauthier"_s);
        QTRY_COMPARE(shownNames(), QStringList{u"Hélène Gauthier"_s});
        QTest::keyClick(field(), Qt::Key_Return);
        QTRY_VERIFY(view->hasFocus());
        QCOMPARE(view->currentIndex().row(), 0);
        QCOMPARE(view->currentIndex().data(ConversationListModel::ParticipantNameRole).toString(),
                 u"Hélène Gauthier"_s);

        // Ctrl+F again, then Escape: the list as it was, with the keyboard.
        QTest::keyClick(window(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(field()->hasFocus());
        QTest::keyClick(field(), Qt::Key_Escape);
        QTRY_VERIFY(view->hasFocus());
        QVERIFY(field()->text().isEmpty());
        QCOMPARE(view->model()->rowCount(), window()->model()->rowCount());
        QCOMPARE(view->currentIndex().data(ConversationListModel::IdRole).toString(), before);
    }

    void aSearchOnlyAScanAnswersWaitsForTypingToRest()
    {
        openWindow();
        m_fixture->inbox->search()->setAtOnceLimits(3, 2); // as if the store were large
        const int rows = window()->model()->rowCount();
        QSignalSpy changes(search(), &ListSearch::changed);
        QTest::keyClick(window(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(field()->hasFocus());
        QTest::keyClicks(field(), u"ga"_s); // no word the index can use
        QVERIFY(search()->isPending());
        QVERIFY(!search()->isActive()); // the list as it was, not yet searched
        QCOMPARE(changes.count(), 0);
        QCOMPARE(window()->conversationView()->model()->rowCount(), rows);
        QTRY_VERIFY(!search()->isPending()); // typing rested: searched
        QCOMPARE(search()->text(), u"ga"_s);
        QVERIFY(shownNames().contains(u"Hélène Gauthier"_s));
        QVERIFY(shownNames().size() < rows);

        QTest::keyClicks(field(), u"uthier"_s); // the index narrows it: at once
        QVERIFY(!search()->isPending());
        QCOMPARE(shownNames(), QStringList{u"Hélène Gauthier"_s});

        // Return before typing rests: the results of what was typed, the first selected.
        field()->clear();
        QTest::keyClicks(field(), u"ga"_s);
        QVERIFY(search()->isPending());
        QTest::keyClick(field(), Qt::Key_Return);
        QVERIFY(!search()->isPending());
        QCOMPARE(search()->text(), u"ga"_s);
        QTRY_VERIFY(window()->conversationView()->hasFocus());
        QCOMPARE(window()->conversationView()->currentIndex().row(), 0);

        // Cleared while waiting: nothing runs later.
        QTest::keyClick(window(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(field()->hasFocus());
        field()->clear();
        QTest::keyClicks(field(), u"x"_s);
        QVERIFY(search()->isPending());
        QTest::keyClick(field(), Qt::Key_Escape);
        QVERIFY(!search()->isPending());
        QVERIFY(!search()->isActive());
        QCOMPARE(window()->conversationView()->model()->rowCount(), rows);
    }

    void actionsActOnTheRowShownSelected()
    {
        openWindow();
        type(u"gauthier"_s);
        QTRY_COMPARE(shownNames(), QStringList{u"Hélène Gauthier"_s});
        QListView *view = window()->conversationView();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        const QString id = view->currentIndex().data(ConversationListModel::IdRole).toString();
        const int sourceRow = window()->model()->rowOf(id);
        QVERIFY(sourceRow > 0); // shown first, not first in the list

        const QUrl profile =
                UrlText::toUrl(window()->model()->conversationAt(sourceRow).participant.profileUrl);
        auto *actions = window()->findChild<ConversationActions *>();
        QVERIFY(actions);
        actions->openProfileAction()->trigger();
        QTRY_COMPARE(m_fixture->opened.size(), 1);
        QCOMPARE(m_fixture->opened.first(), profile);

        // Done, through the filter: the mark lands on that conversation.
        window()->triage()->markDoneAction()->trigger();
        QTRY_VERIFY(window()->model()->recordAt(window()->model()->rowOf(id)).isDone());
    }

    void rowsArrivingWhileFilteringJoinWhenTheyMatch()
    {
        openWindow();
        type(u"amelie"_s);
        QTRY_VERIFY(search()->isActive());
        QAbstractItemModelTester tester(window()->conversationView()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int shownBefore = shownNames().size();

        // A refresh brings two new conversations at the top: one matches.
        ScriptedDemoServer &server = m_fixture->demo.server;
        QJsonArray page;
        const double newest = QDateTime::currentMSecsSinceEpoch() - 60000.0;
        page.append(Pages::conversation(u"new-amelie"_s, u"Amélie Rousseau"_s, newest));
        page.append(Pages::conversation(u"new-other"_s, u"Bruno Keller"_s, newest - 1000));
        server.scriptInboxCall(server.inboxCallCount() + 1,
                               Pages::reply(page, QJsonValue(u"INBOX-20"_s)));
        window()->currentTab()->refresh();
        QTRY_VERIFY(window()->model()->rowOf(u"new-other"_s) >= 0);
        QTRY_VERIFY(shownNames().contains(u"Amélie Rousseau"_s));
        QVERIFY(!shownNames().contains(u"Bruno Keller"_s));
        QCOMPARE(shownNames().size(), shownBefore + 1);
    }

    void everythingFindsAWordInAStoredThreadMessage()
    {
        openWindow();
        // An old message of a conversation of another category, not its last one.
        InboxSession *inbox = m_fixture->inbox.get();
        QTest::keyClick(window(), Qt::Key_2, Qt::ControlModifier); // the InMail tab, stored
        QTRY_VERIFY(inbox->model(InboxCategory::InMail)->rowCount() > 0);
        QTest::keyClick(window(), Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(window()->currentCategory(), InboxCategory::Inbox);
        const Conversation other = inbox->model(InboxCategory::InMail)->conversationAt(0);
        QVERIFY(window()->model()->rowOf(other.id) < 0);
        ThreadMessage old;
        old.id = u"urn:li:msg:old-1"_s;
        old.text = u"Could you send the INVOICE for March before Friday?"_s;
        old.time = QDateTime::currentDateTimeUtc().addDays(-40);
        old.senderFirstName = u"Some"_s;
        old.senderLastName = u"One"_s;
        ThreadStore threads(inbox->database());
        QVERIFY(threads.writePage(other.id, {old}, {}, false));

        type(u"invoice"_s);
        QTRY_VERIFY(search()->isActive());
        QVERIFY(!shownNames().contains(other.participant.name)); // not in this tab's own text
        window()->searchBar()->setScope(ListSearch::Scope::Everything);
        QTRY_VERIFY(shownNames().contains(other.participant.name));
        const QAbstractItemModel *shown = window()->conversationView()->model();
        bool snippetShown = false;
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QModelIndex index = shown->index(row, 0);
            if (index.data(ConversationListModel::IdRole).toString() == other.id)
                snippetShown = index.data(ConversationListModel::SnippetRole)
                                       .toString()
                                       .contains(u"INVOICE for March"_s);
        }
        QVERIFY(snippetShown);
        QCOMPARE(search()->searched(), inbox->search()->storedConversations());
        QVERIFY(search()->searched() > window()->model()->rowCount()); // every category
    }

    void markupInANameIsFoundAsTextAndShownAsText()
    {
        openWindow();
        ScriptedDemoServer &server = m_fixture->demo.server;
        QJsonArray page;
        const double newest = QDateTime::currentMSecsSinceEpoch() - 60000.0;
        page.append(Pages::conversation(u"markup"_s, u"<b>Bold</b> &amp; <img src=\"/dev/zero\">"_s,
                                        newest));
        server.scriptInboxCall(server.inboxCallCount() + 1,
                               Pages::reply(page, QJsonValue(u"INBOX-20"_s)));
        window()->currentTab()->refresh();
        QTRY_VERIFY(window()->model()->rowOf(u"markup"_s) >= 0);
        const QString name = u"<b>Bold</b> &amp; <img src=\"/dev/zero\">"_s;
        // The markup is text: found by its characters, entities not decoded.
        for (const QString &query : {u"<img src"_s, u"&amp;"_s, u"</b>"_s, u"/dev/zero"_s}) {
            type(query);
            QTRY_VERIFY2(shownNames().contains(name), qPrintable(query));
        }
    }

    // A mark or a draft made on a row of the results shows on that row at once, as in
    // the lists (the results are a list model of their own, with their own rows kept).
    void aMarkOrADraftOnAResultShowsOnIt()
    {
        openWindow();
        ConversationListModel *inbox = window()->model();
        QString id;
        QString name;
        for (int row = 0; row < inbox->rowCount() && id.isEmpty(); ++row) {
            const Conversation c = inbox->conversationAt(row);
            if (c.unreadCount > 0 && !c.participant.name.isEmpty()
                && !inbox->index(row).data(ConversationListModel::SeenRole).toBool()) {
                id = c.id;
                name = c.participant.name;
            }
        }
        QVERIFY(!id.isEmpty());
        window()->searchBar()->setScope(ListSearch::Scope::Everything);
        type(name.left(name.indexOf(u' ') > 0 ? name.indexOf(u' ') : name.size()));
        QTRY_VERIFY(shownNames().contains(name));
        QAbstractItemModel *shown = window()->conversationView()->model();
        const auto shownIndex = [&] {
            for (int row = 0; row < shown->rowCount(); ++row) {
                if (shown->index(row, 0).data(ConversationListModel::IdRole).toString() == id)
                    return shown->index(row, 0);
            }
            return QModelIndex();
        };
        QVERIFY(shownIndex().isValid());
        QVERIFY(!shownIndex().data(ConversationListModel::SeenRole).toBool());
        QListView *view = window()->conversationView();
        view->setFocus();
        view->setCurrentIndex(shownIndex());
        QTest::keyClick(view, Qt::Key_U, Qt::ShiftModifier);
        QTRY_VERIFY(shownIndex().data(ConversationListModel::SeenRole).toBool());
        // A draft, too (the results are read with the same draft store).
        QVERIFY(!shownIndex().data(ConversationListModel::HasDraftRole).toBool());
        QVERIFY(m_fixture->inbox->drafts()->setText(id, u"Talk soon"_s));
        QTRY_VERIFY(shownIndex().data(ConversationListModel::HasDraftRole).toBool());
    }
};

QTEST_MAIN(TestSearch)
#include "tst_search.moc"
