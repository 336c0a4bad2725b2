#include "errorbanner.h"
#include "store/draftstore.h"
#include "support/replyfixture.h"
#include "thread/outgoingmessages.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

// The reply box in the window: drafts kept across conversations and restarts and marked
// in the list, the keys that reach the box and leave it, the setting for Return, and
// the question before quitting with a message on its way.
class TestReplyDrafts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReplyFixture> m_fixture;

    static bool hasDraft(const ConversationListModel *list, const QString &id)
    {
        return list->index(list->rowOf(id)).data(ConversationListModel::HasDraftRole).toBool();
    }

    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), modifiers);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"LinkupInboxDraftTests"_s);
    }

    void init()
    {
        QSettings().clear();
        m_fixture = std::make_unique<ReplyFixture>();
        QVERIFY(m_fixture->start());
    }

    void cleanup() { m_fixture.reset(); }

    void aDraftStaysWithItsConversationAndAcrossARestart()
    {
        ReplyFixture &f = *m_fixture;
        f.openWindow();
        QAbstractItemModelTester tester(f.list(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString first = f.openThread(1);
        QTest::keyClicks(f.editor(), u"Half written"_s);
        const QString second = f.openThread(2);
        QCOMPARE(f.box()->text(), QString()); // each conversation has its own box text
        QVERIFY(hasDraft(f.list(), first)); // saved as the conversation went
        QVERIFY(!hasDraft(f.list(), second));
        QTest::keyClicks(f.editor(), u"Other"_s);
        QTRY_VERIFY(hasDraft(f.list(), second)); // a moment after the typing stops
        f.openThread(f.list()->rowOf(first));
        QCOMPARE(f.box()->text(), u"Half written"_s);
        QCOMPARE(f.demo.server.sendCallCount(), 0);

        // A restart with the same store: the drafts and their marks are there at once.
        f.close();
        f.openWindow();
        QVERIFY(hasDraft(f.list(), first));
        QVERIFY(hasDraft(f.list(), second));
        f.openThread(f.list()->rowOf(second));
        QCOMPARE(f.box()->text(), u"Other"_s);
        QCOMPARE(f.inbox->drafts()->text(first), u"Half written"_s);

        // Sending it clears it, mark and all.
        f.pressSend();
        QCOMPARE(f.box()->text(), QString());
        QVERIFY(!hasDraft(f.list(), second));
        QTRY_COMPARE(f.demo.server.sendCallCount(), 1);
        f.close();
        f.openWindow();
        QCOMPARE(f.inbox->drafts()->text(second), QString());
    }

    void ctrlRGoesToTheReplyBoxAndEscapeBackToTheList()
    {
        ReplyFixture &f = *m_fixture;
        f.openWindow();
        QListView *list = f.window->conversationView();
        f.openThread(0);
        list->setFocus();
        press(Qt::Key_Down);
        const QString picked = f.list()->idAt(1);
        press(Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE(f.pane()->conversationId(), picked); // its thread, asked for
        QTRY_COMPARE(QApplication::focusWidget(), f.editor());
        QTest::keyClicks(f.editor(), u"typed"_s);
        press(Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), list);
        QCOMPARE(f.box()->text(), u"typed"_s);

        // The narrow window: the thread in place of the list, the box focused; Esc back.
        f.window->resize(600, 700);
        QTRY_VERIFY(f.window->isNarrow());
        list->setFocus();
        press(Qt::Key_Down);
        press(Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY(f.pane()->isVisible());
        QVERIFY(!list->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), f.editor());
        press(Qt::Key_Escape);
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(QApplication::focusWidget(), list);
    }

    void theKeyboardGoesFromTheThreadToTheBox()
    {
        ReplyFixture &f = *m_fixture;
        f.openWindow();
        f.openThread(0);
        f.pane()->view()->setFocus();
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), f.editor());
    }

    void theMenusAndTheSheetNameTheNewKeys()
    {
        ReplyFixture &f = *m_fixture;
        f.openWindow();
        QAction *reply = nullptr;
        QAction *refresh = nullptr;
        for (const QAction *menu : f.window->menuBar()->actions()) {
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == u"&Reply")
                    reply = action;
                if (action->text() == u"&Refresh")
                    refresh = action;
            }
        }
        QVERIFY(reply && refresh);
        QCOMPARE(reply->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        QCOMPARE(refresh->shortcuts(),
                 QList<QKeySequence>({QKeySequence(Qt::Key_F5),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}));
    }

    void theReturnSendsSettingReachesTheBox()
    {
        ReplyFixture &f = *m_fixture;
        f.openWindow();
        f.openThread(1);
        QVERIFY(!f.editor()->returnSends()); // off by default
        // Return is the box's new line, not the pane's Open Profile.
        QTest::keyClicks(f.editor(), u"a"_s);
        QTest::keyClick(f.editor(), Qt::Key_Return);
        QCOMPARE(f.box()->text(), u"a\n"_s);
        QVERIFY(f.opened.isEmpty());
        f.box()->setText({});
        AccountSettings settings = f.session->settings();
        settings.setReturnSends(true);
        f.session->setSettings(settings);
        QVERIFY(f.editor()->returnSends());
        QTest::keyClicks(f.editor(), u"Quick one"_s);
        QTest::keyClick(f.editor(), Qt::Key_Return);
        QTRY_COMPARE(f.demo.server.sendCallCount(), 1);
    }

    void quittingWithASendOnItsWayAsksFirst()
    {
        ReplyFixture &f = *m_fixture;
        MainWindow *window = f.openWindow();
        const QString id = f.openThread(2);
        f.demo.server.setSendDelay(1500);
        f.write(u"In flight"_s);
        f.pressSend();
        QTRY_VERIFY(f.inbox->outgoing()->isSending(id));
        QVERIFY(!window->close()); // refused for now: the question is open
        auto *question = window->findChild<QMessageBox *>(u"quitQuestion"_s);
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        QVERIFY(window->isVisible());
        QCOMPARE(question->textFormat(), Qt::PlainText);
        // Keep Sending: the window stays, the message arrives.
        question->escapeButton()->click();
        QTRY_VERIFY(!window->findChild<QMessageBox *>(u"quitQuestion"_s));
        QVERIFY(window->isVisible());
        QTRY_COMPARE(f.lastDelivery(), MessageRow::Delivery::Sent);
        QVERIFY(window->close()); // nothing on its way: no question

        // Quit Anyway with one on its way: the window closes and the text stays a draft.
        window = f.openWindow();
        f.openThread(f.list()->rowOf(id));
        ScriptedReply never;
        never.neverAnswer = true;
        f.demo.server.scriptSendCall(2, never);
        f.write(u"Never answered"_s);
        f.pressSend();
        QTRY_COMPARE(f.demo.server.sendCallCount(), 2);
        QVERIFY(!window->close());
        question = window->findChild<QMessageBox *>(u"quitQuestion"_s);
        QVERIFY(question);
        QPushButton *quit = nullptr;
        for (QAbstractButton *button : question->buttons()) {
            if (question->buttonRole(button) == QMessageBox::DestructiveRole)
                quit = qobject_cast<QPushButton *>(button);
        }
        QVERIFY(quit);
        quit->click();
        QTRY_VERIFY(!window->isVisible());
        f.close(); // the inbox closes as the app quits
        f.openWindow();
        QCOMPARE(f.inbox->drafts()->text(id), u"Never answered"_s);
        QCOMPARE(f.demo.server.sendCallCount(), 2);
    }

    void whatFailedIsADraftWhenTheAppCloses()
    {
        ReplyFixture &f = *m_fixture;
        f.openWindow();
        const QString id = f.openThread(3);
        f.demo.server.scriptSendCall(1,
                                     ScriptedReply::error(429, u"LinkedIn Rate limit exceeded"_s));
        f.write(u"Failed one"_s);
        f.pressSend();
        QTRY_VERIFY(f.composer()->notSentBanner()->isVisible());
        f.write(u"still typing"_s);
        f.close();
        f.openWindow();
        QCOMPARE(f.inbox->drafts()->text(id), u"Failed one\n\nstill typing"_s);
    }
};

QTEST_MAIN(TestReplyDrafts)
#include "tst_replydrafts.moc"
