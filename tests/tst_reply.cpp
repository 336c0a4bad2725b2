#include "api/apiusage.h"
#include "api/urltext.h"
#include "errorbanner.h"
#include "store/draftstore.h"
#include "support/replyfixture.h"
#include "text/displaytext.h"
#include "thread/outgoingmessages.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>

using Shown = MessageRow::Delivery;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ScriptedReply)

// Sending a reply from the window, end to end over loopback HTTP: what goes out (once per
// press, nothing by itself), what the thread and the list show, and a refusal's Retry
// and Edit.
class TestReply : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReplyFixture> m_fixture;

    ScriptedDemoServer &server() { return m_fixture->demo.server; }

    // How many rows of the thread hold this text.
    static int rowsWithText(const MessageListModel *thread, const QString &text)
    {
        int found = 0;
        for (int row = 0; row < thread->rowCount(); ++row)
            found += thread->index(row).data(MessageListModel::TextRole).toString() == text;
        return found;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"LinkupInboxReplyTests"_s);
    }

    void init()
    {
        QSettings().clear();
        m_fixture = std::make_unique<ReplyFixture>();
        QVERIFY(m_fixture->start());
    }

    void cleanup() { m_fixture.reset(); }

    void aReplyJoinsTheThreadAndItsRowGoesToTheTop()
    {
        ReplyFixture &f = *m_fixture;
        f.openWindow();
        QAbstractItemModelTester listTester(f.list(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString id = f.openThread(5);
        QAbstractItemModelTester threadTester(
                f.thread(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = f.thread()->rowCount();
        const QUrl recipient = UrlText::toUrl(f.list()->conversationAt(5).participant.profileUrl);
        const ApiUsage *usage = f.window->usage();
        const int requests = usage->requests();
        const int credits = usage->credits();

        // Emoji with modifiers and joiners, right-to-left text, line breaks: byte for byte.
        const QString text =
                u"Merci ! 👩🏽‍💻 on Thursday\nשלום, مرحبا\n\n\"quoted\" \\ end"_s;
        server().setSendDelay(300);
        f.write(text);
        f.pressSend();
        QCOMPARE(f.box()->text(), QString()); // the message left the box at once
        QCOMPARE(f.thread()->rowCount(), before + 1);
        QCOMPARE(f.lastText(), text);
        QCOMPARE(f.lastDelivery(), Shown::Sending);
        QTRY_COMPARE(f.lastDelivery(), Shown::Sent);

        QCOMPARE(server().sendCallCount(), 1);
        const RecordedRequest &request = server().sendRequests().first();
        QCOMPARE(request.path, QByteArray("/v1/messages/send-message"));
        QCOMPARE(request.headers.value("x-api-key"), QByteArray("demo-key"));
        SendQuery query;
        query.recipient = recipient;
        query.text = text;
        query.country = f.session->country();
        QCOMPARE(request.body, LinkupClient::sendRequestBody(query, DemoServer::loginToken()));
        QCOMPARE(f.sentBody(0).value(u"message_text").toString().toUtf8(), text.toUtf8());
        QCOMPARE(usage->requests(), requests + 1);
        QCOMPARE(usage->credits(), credits + 1);

        // The row: the owner's last message, newest, at the top of every list it is in.
        QTRY_COMPARE(f.list()->idAt(0), id);
        const QModelIndex top = f.list()->index(0);
        QVERIFY(top.data(ConversationListModel::SentByMeRole).toBool());
        QCOMPARE(top.data(ConversationListModel::LastMessageTextRole).toString(),
                 DisplayText::singleLine(text));
        QVERIFY(!top.data(ConversationListModel::HasDraftRole).toBool());
    }

    void onePressIsOneRequestWhateverHappensMeanwhile()
    {
        ReplyFixture &f = *m_fixture;
        f.openWindow();
        const QString first = f.openThread(2);
        server().setSendDelay(800);
        f.write(u"Only once"_s);
        f.pressSend();
        QTRY_COMPARE(server().sendCallCount(), 1);
        // Pressed again, clicked, more text and its keys, another conversation and back.
        f.pressSend();
        QTest::mouseClick(f.box()->sendButton(), Qt::LeftButton);
        f.write(u"The next one"_s);
        QVERIFY(!f.box()->sendButton()->isEnabled());
        QVERIFY(f.box()->sendButton()->toolTip().contains(u"before"));
        f.pressSend();
        QTest::mouseClick(f.box()->sendButton(), Qt::LeftButton);
        f.openThread(3);
        f.pressSend();
        f.openThread(f.list()->rowOf(first));
        QCOMPARE(f.box()->text(), u"The next one"_s); // kept as the draft
        f.pressSend();
        QTRY_COMPARE(f.lastDelivery(), Shown::Sent);
        QTest::qWait(300); // to prove that nothing else goes out
        QCOMPARE(server().sendCallCount(), 1);
        QCOMPARE(rowsWithText(f.thread(), u"Only once"_s), 1);

        // Once it is sent, the next press is the next message.
        QVERIFY(f.box()->sendButton()->isEnabled());
        f.pressSend();
        QTRY_COMPARE(server().sendCallCount(), 2);
        QCOMPARE(f.sentBody(1).value(u"message_text").toString(), u"The next one"_s);
    }

    void blankTextSendsNothing()
    {
        ReplyFixture &f = *m_fixture;
        f.openWindow();
        f.openThread(1);
        const int rows = f.thread()->rowCount();
        f.write(u"  \n\t \n "_s);
        QVERIFY(!f.box()->sendButton()->isEnabled());
        f.pressSend();
        QTest::mouseClick(f.box()->sendButton(), Qt::LeftButton);
        QTest::qWait(200);
        QCOMPARE(server().sendCallCount(), 0);
        QCOMPARE(f.thread()->rowCount(), rows);
    }

    void aFailedSendWaitsForRetry_data()
    {
        QTest::addColumn<ScriptedReply>("reply");
        QTest::addColumn<QString>("kind");
        QTest::newRow("400") << ScriptedReply::error(400, u"Bad parameter"_s) << u"bad-request"_s;
        QTest::newRow("403") << ScriptedReply::error(403, u"LinkedIn token expired"_s)
                             << u"login-expired"_s;
        QTest::newRow("429") << ScriptedReply::error(429, u"LinkedIn Rate limit exceeded"_s)
                             << u"rate-limited"_s;
        QTest::newRow("200 error")
                << ScriptedReply::errorWithHttp200(u"Bad parameter"_s) << u"bad-request"_s;
        QTest::newRow("500") << ScriptedReply::error(500, u"LinkedIn API error occurred"_s)
                             << u"server-error"_s;
        ScriptedReply dropped;
        dropped.closeWithoutAnswer = true;
        QTest::newRow("dropped") << dropped << u"network-error"_s;
    }

    void aFailedSendWaitsForRetry()
    {
        QFETCH(ScriptedReply, reply);
        QFETCH(QString, kind);
        ReplyFixture &f = *m_fixture;
        f.openWindow();
        f.openThread(4);
        server().scriptSendCall(1, reply);
        const QString text = u"Are we still on for Thursday?"_s;
        f.write(text);
        f.pressSend();
        QTRY_COMPARE(f.lastDelivery(), Shown::NotSent);
        ErrorBanner *banner = f.composer()->notSentBanner();
        QVERIFY(banner->isVisible());
        QVERIFY(banner->message().startsWith(u"Not sent"));
        const auto outgoing = f.inbox->outgoing()->message(f.composer()->notSentKey());
        QVERIFY(outgoing);
        QCOMPARE(ApiError::kindName(outgoing->error.kind), kind);
        QTest::qWait(1200); // longer than any backoff: nothing is retried by itself
        QCOMPARE(server().sendCallCount(), 1);
        QCOMPARE(f.lastText(), text); // kept in the thread

        QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
        QTRY_COMPARE(f.lastDelivery(), Shown::Sent);
        QCOMPARE(server().sendCallCount(), 2);
        QCOMPARE(server().sendRequests().at(1).body, server().sendRequests().at(0).body);
        QVERIFY(!banner->isVisible());
        QCOMPARE(rowsWithText(f.thread(), text), 1);
    }

    void whatIsWrittenStaysInSight()
    {
        ReplyFixture &f = *m_fixture;
        f.openWindow();
        f.openThread(0);
        QTRY_VERIFY(f.thread()->state() != PageLoader::State::Loading);
        QScrollBar *bar = f.pane()->view()->verticalScrollBar();
        QTRY_COMPARE(bar->value(), bar->maximum());
        QVERIFY(bar->maximum() > 0); // a thread longer than the pane
        bar->setValue(bar->maximum() / 2); // reading something older
        server().scriptSendCall(1, ScriptedReply::error(429, u"API Rate limit exceeded"_s));
        f.write(u"Look at this"_s);
        f.pressSend();
        QTRY_COMPARE(bar->value(), bar->maximum()); // the message just written, in sight
        QTRY_COMPARE(f.lastDelivery(), Shown::NotSent);
        QVERIFY(f.composer()->notSentBanner()->isVisible());
        // The bar above the box took room from the thread; the newest message stays shown.
        QTRY_COMPARE(bar->value(), bar->maximum());
        const QRect last =
                f.pane()->view()->visualRect(f.thread()->index(f.thread()->rowCount() - 1));
        QVERIFY(f.pane()->view()->viewport()->rect().intersects(last));
    }

    void editPutsAFailedMessageBackIntoTheBox()
    {
        ReplyFixture &f = *m_fixture;
        f.openWindow();
        const QString id = f.openThread(6);
        const int rows = f.thread()->rowCount();
        server().scriptSendCall(1, ScriptedReply::error(429, u"API Rate limit exceeded"_s));
        const QString text = u"Line one\nLine two 🙂"_s;
        f.write(text);
        f.pressSend();
        QTRY_COMPARE(f.lastDelivery(), Shown::NotSent);
        QTest::mouseClick(f.composer()->notSentBanner()->actionButton(), Qt::LeftButton);
        QCOMPARE(f.box()->text(), text);
        QCOMPARE(f.thread()->rowCount(), rows); // it left the thread for the box
        QVERIFY(!f.composer()->notSentBanner()->isVisible());
        QCOMPARE(f.inbox->drafts()->text(id), text);
        QCOMPARE(QApplication::focusWidget(), f.editor());
        QTest::qWait(200);
        QCOMPARE(server().sendCallCount(), 1);
    }

    void theServerCopyTakesTheSentMessagesPlace()
    {
        ReplyFixture &f = *m_fixture;
        f.openWindow();
        const QString id = f.openThread(3);
        const int rows = f.thread()->rowCount();
        QAbstractItemModelTester tester(f.thread(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString text = u"See you there"_s;
        f.write(text);
        f.pressSend();
        QTRY_COMPARE(f.lastDelivery(), Shown::Sent);
        // The list learns the server's time of the message, newer than the thread's copy:
        // showing the conversation again asks for its newest page, which holds that copy.
        QTest::keyClick(f.window->conversationView(), Qt::Key_F5);
        QTRY_VERIFY(f.sync()->state() != PageLoader::State::Loading);
        f.openThread(f.list()->idAt(0) == id ? 1 : 0);
        const int threadCalls = server().conversationCallCount();
        f.openThread(f.list()->rowOf(id));
        QTRY_COMPARE(server().conversationCallCount(), threadCalls + 1);
        QTRY_COMPARE(f.lastDelivery(), Shown::None);
        QCOMPARE(rowsWithText(f.thread(), text), 1);
        QCOMPARE(f.thread()->rowCount(), rows + 1);
        QVERIFY(f.inbox->outgoing()->messages(id).isEmpty()); // settled
    }
};

QTEST_MAIN(TestReply)
#include "tst_reply.moc"
