// MessageListModel over a real SQLite store and the built-in server: a thread read once
// is kept, and read again it shows at once and pages older messages from the store
// before it asks the network for any.

#include "api/inboxparser.h"
#include "support/demofixture.h"
#include "support/storefixture.h"
#include "thread/messagelistmodel.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using State = MessageListModel::LoadState;

bool settled(const MessageListModel &model)
{
    return QTest::qWaitFor([&model] { return model.state() != State::Loading; }, 15000);
}

} // namespace

class TestStoredThread : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;
    StoreFixture m_store;
    int m_requests = 0;

    std::unique_ptr<MessageListModel> newModel()
    {
        LinkupClient *client = &m_demo.client;
        return std::make_unique<MessageListModel>(
                [this, client](const ConversationQuery &query, QObject *context,
                               LinkupClient::ConversationCallback onDone) {
                    ++m_requests;
                    return client->fetchConversation(query, context, std::move(onDone));
                },
                &m_store.threads);
    }

    // A sample conversation whose thread spans several pages, stored as the list would.
    Conversation storedConversation(int minimumMessages)
    {
        QStringList ids = m_demo.server.sampleConversationIds();
        ids.sort();
        for (const QString &id : std::as_const(ids)) {
            if (m_demo.server.sampleThread(id).size() >= minimumMessages) {
                const Conversation c =
                        InboxParser::parseConversation(m_demo.server.sampleConversation(id));
                if (m_store.conversations.writePage(InboxCategory::Inbox, {c}))
                    return c;
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_demo.start());
        QVERIFY(m_store.open());
    }

    void olderMessagesComeFromTheStoreBeforeTheNetwork()
    {
        const Conversation c = storedConversation(40);
        QVERIFY(!c.id.isEmpty());
        const int total = int(m_demo.server.sampleThread(c.id).size());

        // Read once, two pages of it: both kept, with the cursor to the older ones.
        {
            std::unique_ptr<MessageListModel> first = newModel();
            first->setConversation(c.id, u"FR"_s, c.participant);
            QVERIFY(settled(*first));
            first->loadOlder();
            QVERIFY(settled(*first));
            QCOMPARE(first->rowCount(), 20);
        }
        QCOMPARE(m_requests, 2);
        QCOMPARE(m_store.threads.state(c.id).messageCount, 20);

        // Read again: the stored messages at once, without a request; older ones from
        // where the store stopped, each page once, none of the stored ones again.
        std::unique_ptr<MessageListModel> again = newModel();
        again->setConversation(c.id, u"FR"_s, c.participant);
        QCOMPARE(again->rowCount(), 20);
        QVERIFY(settled(*again));
        QCOMPARE(m_requests, 2);
        int steps = 0;
        while (again->canLoadOlder() && steps++ < 20) {
            again->loadOlder();
            QVERIFY(settled(*again));
        }
        QCOMPARE(again->rowCount(), total);
        QCOMPARE(again->state(), State::AtEnd);
        QCOMPARE(m_requests, 2 + (total - 20 + 9) / 10);
        QCOMPARE(m_store.threads.state(c.id).messageCount, total);
        QSet<QString> ids;
        for (int row = 0; row < again->rowCount(); ++row)
            ids.insert(again->index(row).data(MessageListModel::IdRole).toString());
        QCOMPARE(ids.size(), total); // each message once

        // A third time: the whole thread from the store.
        std::unique_ptr<MessageListModel> third = newModel();
        third->setConversation(c.id, u"FR"_s, c.participant);
        QCOMPARE(third->rowCount(), total);
        QVERIFY(settled(*third));
        QVERIFY(!third->canLoadOlder());
        QCOMPARE(m_requests, 2 + (total - 20 + 9) / 10);
    }
};

QTEST_MAIN(TestStoredThread)
#include "tst_storedthread.moc"
