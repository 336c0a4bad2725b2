#include "api/urltext.h"
#include "support/demofixture.h"
#include "thread/messagelistmodel.h"
#include "thread/outgoingmessages.h"
#include "thread/threadcache.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using State = OutgoingMessage::State;
using Shown = MessageRow::Delivery;

// The session's outbox over real loopback HTTP, and the thread rows it gives the models:
// one request per message, nothing by itself, Retry and Edit, the server's copy taking
// the sent message's place, nothing lost when a model goes.
class TestOutgoingMessages : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;
    QString m_id; // a sample conversation and its participant
    Person m_participant;

    void pickConversation()
    {
        m_id = m_demo.server.sampleConversationIds().constFirst();
        const QJsonObject person =
                m_demo.server.sampleConversation(m_id).value(u"participant").toObject();
        m_participant.name = person.value(u"name").toString();
        m_participant.profileUrl = person.value(u"profile_url").toString();
    }

    QString send(OutgoingMessages &outbox, const QString &text)
    {
        return outbox.send(m_id, UrlText::toUrl(m_participant.profileUrl), u"FR"_s, text);
    }

    static State stateOf(const OutgoingMessages &outbox, const QString &key)
    {
        return outbox.message(key).value_or(OutgoingMessage()).state;
    }

    // A model of the conversation with its first page loaded, fed by the outbox.
    std::unique_ptr<MessageListModel> modelOver(OutgoingMessages *outbox)
    {
        auto model = std::make_unique<MessageListModel>(&m_demo.client);
        model->setOutgoing(outbox);
        model->setConversation(m_id, u"FR"_s, m_participant);
        [&] { QTRY_COMPARE(model->state() == PageLoader::State::Loading, false); }();
        return model;
    }

    static int rowsWithText(const MessageListModel &model, const QString &text)
    {
        int found = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            found += model.index(row).data(MessageListModel::TextRole).toString() == text;
        return found;
    }

    static Shown lastShown(const MessageListModel &model)
    {
        return Shown(
                model.index(model.rowCount() - 1).data(MessageListModel::DeliveryRole).toInt());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_demo.start());
        pickConversation();
    }

    void oneMessageOneRequestAndTheConversationWaits()
    {
        const int calls = m_demo.server.sendCallCount();
        m_demo.server.setSendDelay(300);
        OutgoingMessages outbox(&m_demo.client);
        QSignalSpy sending(&outbox, &OutgoingMessages::sendingCountChanged);
        const QString key = send(outbox, u"First"_s);
        QVERIFY(!key.isEmpty());
        QVERIFY(outbox.isSending(m_id));
        QCOMPARE(outbox.refusal(m_id, UrlText::toUrl(m_participant.profileUrl), u"Second"_s),
                 OutgoingMessages::Refusal::Busy);
        QVERIFY(send(outbox, u"Second"_s).isEmpty());
        QVERIFY(!outbox.retry(key)); // not failed, and on its way
        QTRY_COMPARE(stateOf(outbox, key), State::Sent);
        QCOMPARE(m_demo.server.sendCallCount(), calls + 1);
        QCOMPARE(outbox.sendingCount(), 0);
        QCOMPARE(sending.count(), 2); // 1, then 0
        m_demo.server.setSendDelay(0);
    }

    void whatCannotBeSentIsNotAsked()
    {
        const int calls = m_demo.server.sendCallCount();
        OutgoingMessages outbox(&m_demo.client);
        using R = OutgoingMessages::Refusal;
        QCOMPARE(outbox.refusal(m_id, UrlText::toUrl(m_participant.profileUrl), u" \n\t"_s),
                 R::Blank);
        QCOMPARE(
                outbox.refusal(m_id, UrlText::toUrl(m_participant.profileUrl), QString(8001, u'x')),
                R::TooLong);
        QCOMPARE(
                outbox.refusal(m_id, UrlText::toUrl(m_participant.profileUrl), QString(8000, u'x')),
                R::None);
        QCOMPARE(outbox.refusal(m_id, QUrl(), u"hi"_s), R::NoRecipient);
        QVERIFY(send(outbox, u"   "_s).isEmpty());
        QVERIFY(send(outbox, QString(8001, u'x')).isEmpty());
        QTest::qWait(100);
        QCOMPARE(m_demo.server.sendCallCount(), calls);
        QVERIFY(outbox.messages(m_id).isEmpty());
    }

    void aRefusalWaitsForRetryWhichSendsTheSameText()
    {
        const int calls = m_demo.server.sendCallCount();
        m_demo.server.scriptSendCall(calls + 1, ScriptedReply::error(500, u"LinkedIn API error"_s));
        OutgoingMessages outbox(&m_demo.client);
        QSignalSpy sent(&outbox, &OutgoingMessages::sent);
        const QString key = send(outbox, u"Try me"_s);
        QTRY_COMPARE(stateOf(outbox, key), State::NotSent);
        QCOMPARE(outbox.message(key)->error.kind, ApiError::Kind::ServerError);
        QTest::qWait(200);
        QCOMPARE(m_demo.server.sendCallCount(), calls + 1); // not even a 5xx is retried
        QCOMPARE(outbox.unsentTexts().value(m_id), QStringList{u"Try me"_s});
        QVERIFY(outbox.retry(key));
        QTRY_COMPARE(stateOf(outbox, key), State::Sent);
        QCOMPARE(m_demo.server.sendCallCount(), calls + 2);
        QCOMPARE(m_demo.server.sendRequests().last().body,
                 m_demo.server.sendRequests().at(m_demo.server.sendRequests().size() - 2).body);
        QCOMPARE(sent.count(), 1);
        QVERIFY(outbox.unsentTexts().isEmpty());
    }

    void takeBackGivesTheTextAndForgetsIt()
    {
        m_demo.server.scriptSendCall(m_demo.server.sendCallCount() + 1,
                                     ScriptedReply::error(400, u"Bad parameter"_s));
        OutgoingMessages outbox(&m_demo.client);
        QSignalSpy removed(&outbox, &OutgoingMessages::removed);
        const QString key = send(outbox, u"Edit me 🙂"_s);
        QCOMPARE(outbox.takeBack(key), QString()); // only a failed message comes back
        QTRY_COMPARE(stateOf(outbox, key), State::NotSent);
        QCOMPARE(outbox.takeBack(key), u"Edit me 🙂"_s);
        QCOMPARE(removed.count(), 1);
        QVERIFY(!outbox.message(key));
        QVERIFY(!outbox.retry(key));
    }

    void theThreadShowsItAndTheServerCopyTakesItsPlace()
    {
        OutgoingMessages outbox(&m_demo.client);
        auto model = modelOver(&outbox);
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int rows = model->rowCount();
        const QString key = send(outbox, u"On its way"_s);
        QCOMPARE(model->rowCount(), rows + 1);
        QCOMPARE(lastShown(*model), Shown::Sending);
        const QModelIndex last = model->index(rows);
        QVERIFY(last.data(MessageListModel::SentByMeRole).toBool());
        QCOMPARE(last.data(MessageListModel::LocalKeyRole).toString(), key);
        QTRY_COMPARE(lastShown(*model), Shown::Sent);

        model->refreshNewest(); // the newest page holds the server's copy now
        QTRY_COMPARE(lastShown(*model), Shown::None);
        QTRY_COMPARE(model->state() == PageLoader::State::Loading, false);
        QCOMPARE(model->rowCount(), rows + 1);
        QCOMPARE(rowsWithText(*model, u"On its way"_s), 1);
        QVERIFY(model->index(rows).data(MessageListModel::IdRole).toString().startsWith(u"urn:"));
        QVERIFY(!outbox.message(key)); // settled
    }

    void aCopyThatCameWhileSendingIsMatchedOnceSent()
    {
        OutgoingMessages outbox(&m_demo.client);
        auto model = modelOver(&outbox);
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int rows = model->rowCount();
        // The server keeps the message at once but answers late; the thread refreshes
        // in between and brings its copy.
        m_demo.server.setSendDelay(600);
        const QString key = send(outbox, u"Raced"_s);
        QTRY_VERIFY(m_demo.server.sendCallCount() > 0 && outbox.isSending(m_id));
        QTest::qWait(100); // the request has reached the server
        model->refreshNewest();
        QTRY_COMPARE(rowsWithText(*model, u"Raced"_s), 2); // the copy and the one sending
        QTRY_VERIFY(!outbox.message(key));
        QCOMPARE(rowsWithText(*model, u"Raced"_s), 1);
        QCOMPARE(model->rowCount(), rows + 1);
        QCOMPARE(lastShown(*model), Shown::None);
        m_demo.server.setSendDelay(0);
    }

    void aModelEvictedWhileSendingLosesNothing()
    {
        OutgoingMessages outbox(&m_demo.client);
        ThreadCache cache(&m_demo.client);
        cache.setOutgoing(&outbox);
        cache.setCapacity(1);
        MessageListModel *model = cache.modelFor(m_id, u"FR"_s, m_participant);
        QTRY_COMPARE(model->state() == PageLoader::State::Loading, false);
        m_demo.server.setSendDelay(300);
        const QString key = send(outbox, u"Keep me"_s);
        // Another thread pushes this one out while the message is on its way.
        const QString other = m_demo.server.sampleConversationIds().at(1);
        QPointer<MessageListModel> gone = model;
        cache.modelFor(other, u"FR"_s, Person());
        QTRY_VERIFY(!gone);
        QTRY_COMPARE(stateOf(outbox, key), State::Sent);
        MessageListModel *again = cache.modelFor(m_id, u"FR"_s, m_participant);
        QTRY_COMPARE(again->state() == PageLoader::State::Loading, false);
        // The first page has the server's copy: it stands for the message, once.
        QCOMPARE(rowsWithText(*again, u"Keep me"_s), 1);
        QVERIFY(!outbox.message(key));
        m_demo.server.setSendDelay(0);
    }

    void boundedAndClearedWithTheInbox()
    {
        int answered = 0;
        OutgoingMessages outbox([&answered](const SendQuery &, QObject *,
                                            LinkupClient::SendCallback onDone) -> ApiCall * {
            ++answered;
            onDone({}); // a sender that answers at once
            return nullptr;
        });
        for (int i = 0; i < OutgoingMessages::MaxKept + 20; ++i)
            QVERIFY(!send(outbox, QString::number(i)).isEmpty());
        QCOMPARE(answered, OutgoingMessages::MaxKept + 20);
        QCOMPARE(outbox.messages(m_id).size(), OutgoingMessages::MaxKept);
        QCOMPARE(outbox.messages(m_id).last().text,
                 QString::number(OutgoingMessages::MaxKept + 19));
        outbox.clear();
        QVERIFY(outbox.messages(m_id).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutgoingMessages)
#include "tst_outgoingmessages.moc"
