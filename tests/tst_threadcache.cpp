// ThreadCache: a thread opened again this session costs no request; the cache is bounded
// and lets go of the least recently used thread first.

#include "support/demofixture.h"
#include "thread/messagelistmodel.h"
#include "thread/threadcache.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using State = MessageListModel::LoadState;

bool settled(const MessageListModel *model)
{
    return QTest::qWaitFor([model] { return model->state() != State::Loading; }, 15000);
}

} // namespace

class TestThreadCache : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoFixture> m_demo;
    std::unique_ptr<ThreadCache> m_cache;
    QStringList m_ids; // sample conversations, in a stable order

    MessageListModel *open(int index)
    {
        Person participant;
        participant.name = u"Participant "_s + QString::number(index);
        return m_cache->modelFor(m_ids.at(index), QStringLiteral("FR"), participant);
    }

private slots:
    void init()
    {
        m_demo = std::make_unique<DemoFixture>();
        QVERIFY(m_demo->start());
        m_cache = std::make_unique<ThreadCache>(&m_demo->client);
        m_ids = m_demo->server.sampleConversationIds();
        m_ids.sort();
        QVERIFY(m_ids.size() > ThreadCache::DefaultCapacity);
    }

    void cleanup()
    {
        m_cache.reset();
        m_demo.reset();
    }

    void sameIdGivesTheSameModelWithoutARequest()
    {
        QVERIFY(!m_cache->contains(m_ids.at(0)));
        MessageListModel *model = open(0);
        QVERIFY(model);
        QVERIFY(m_cache->contains(m_ids.at(0)));
        QCOMPARE(model->conversationId(), m_ids.at(0));
        QCOMPARE(model->country(), u"FR"_s);
        QVERIFY(settled(model));
        QVERIFY(model->rowCount() > 0);
        const int rows = model->rowCount();
        QCOMPARE(m_demo->server.conversationCallCount(), 1);

        MessageListModel *other = open(1);
        QVERIFY(other != model);
        QVERIFY(settled(other));
        QCOMPARE(m_demo->server.conversationCallCount(), 2);

        QCOMPARE(open(0), model);
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(model->state() == State::Loading, false);
        QCOMPARE(m_demo->server.conversationCallCount(), 2);
        QCOMPARE(m_cache->size(), 2);
    }

    // Selecting a thread again while its first page is still on its way sends nothing more.
    void sameIdWhileLoadingSendsNothingMore()
    {
        m_demo->server.setConversationDelay(100);
        MessageListModel *model = open(0);
        QCOMPARE(model->state(), State::Loading);
        QCOMPARE(open(0), model);
        QCOMPARE(open(0), model);
        QVERIFY(settled(model));
        QCOMPARE(m_demo->server.conversationCallCount(), 1);
    }

    // A thread shown again asks for its newest page only when the list knows a newer
    // message than the thread holds, and once for each such message.
    void aThreadIsRefreshedOnlyWhenTheListKnowsANewerMessage()
    {
        Person participant;
        participant.name = u"Participant"_s;
        const QString id = m_ids.at(0);
        MessageListModel *model = m_cache->modelFor(id, u"FR"_s, participant);
        QVERIFY(settled(model));
        const QDateTime newest = model->newestTime();
        QVERIFY(newest.isValid());
        QCOMPARE(m_demo->server.conversationCallCount(), 1);

        m_cache->modelFor(id, u"FR"_s, participant, newest); // the list knows no more
        m_cache->modelFor(id, u"FR"_s, participant, newest.addSecs(-3600));
        m_cache->modelFor(id, u"FR"_s, participant, {});
        QCOMPARE(model->state() == State::Loading, false);
        QCOMPARE(m_demo->server.conversationCallCount(), 1);

        const QDateTime newer = newest.addSecs(60);
        m_cache->modelFor(id, u"FR"_s, participant, newer); // a newer message: one refresh
        QTRY_COMPARE(m_demo->server.conversationCallCount(), 2);
        QVERIFY(settled(model));
        m_cache->modelFor(id, u"FR"_s, participant, newer); // that one again: nothing
        m_cache->modelFor(id, u"FR"_s, participant, newer);
        QVERIFY(settled(model));
        QCOMPARE(m_demo->server.conversationCallCount(), 2);
    }

    void emptyIdGivesNothing()
    {
        QCOMPARE(m_cache->modelFor(QString(), u"FR"_s, Person()), nullptr);
        QCOMPARE(m_cache->size(), 0);
        QCOMPARE(m_demo->server.conversationCallCount(), 0);
    }

    void leastRecentlyUsedIsEvicted()
    {
        m_cache->setCapacity(3);
        QSignalSpy evicted(m_cache.get(), &ThreadCache::evicted);
        QPointer<MessageListModel> a = open(0);
        QPointer<MessageListModel> b = open(1);
        QPointer<MessageListModel> c = open(2);
        QVERIFY(settled(a) && settled(b) && settled(c));
        QCOMPARE(open(0), a.data()); // a is now the most recent; b the least
        QPointer<MessageListModel> d = open(3);
        QCOMPARE(m_cache->size(), 3);
        QCOMPARE(evicted.count(), 1);
        QCOMPARE(evicted.first().first().toString(), m_ids.at(1));
        QVERIFY(!m_cache->contains(m_ids.at(1)));
        QVERIFY(m_cache->contains(m_ids.at(0)) && m_cache->contains(m_ids.at(2))
                && m_cache->contains(m_ids.at(3)));
        // Deleted later, so a view still showing it can switch away first.
        QVERIFY(b);
        QTRY_VERIFY(b.isNull());
        QVERIFY(a && c && d);

        QVERIFY(settled(d));
        const int calls = m_demo->server.conversationCallCount();
        QCOMPARE(calls, 4);
        MessageListModel *again = open(1); // gone: asked for anew
        QVERIFY(settled(again));
        QCOMPARE(m_demo->server.conversationCallCount(), calls + 1);
        QVERIFY(!m_cache->contains(m_ids.at(2))); // c was the least recent by then
    }

    void defaultBoundHolds()
    {
        QCOMPARE(m_cache->capacity(), ThreadCache::DefaultCapacity);
        QList<QPointer<MessageListModel>> models;
        for (int i = 0; i < ThreadCache::DefaultCapacity; ++i)
            models.append(open(i));
        for (const QPointer<MessageListModel> &model : std::as_const(models))
            QVERIFY(settled(model));
        QCOMPARE(m_cache->size(), ThreadCache::DefaultCapacity);
        QCOMPARE(m_demo->server.conversationCallCount(), ThreadCache::DefaultCapacity);

        QVERIFY(settled(open(ThreadCache::DefaultCapacity)));
        QCOMPARE(m_cache->size(), ThreadCache::DefaultCapacity);
        QVERIFY(!m_cache->contains(m_ids.at(0)));
        QVERIFY(m_cache->contains(m_ids.at(1)));
        QVERIFY(m_cache->contains(m_ids.at(ThreadCache::DefaultCapacity)));
        QTRY_VERIFY(models.first().isNull());
        QCOMPARE(m_demo->server.conversationCallCount(), ThreadCache::DefaultCapacity + 1);
    }

    // An evicted model whose request is still on its way goes quietly.
    void evictingALoadingModelIsSafe()
    {
        m_cache->setCapacity(1);
        m_demo->server.setConversationDelay(150);
        QPointer<MessageListModel> first = open(0);
        QCOMPARE(first->state(), State::Loading);
        MessageListModel *second = open(1);
        QTRY_VERIFY(first.isNull());
        QVERIFY(settled(second));
        QCOMPARE(second->state() == State::Error, false);
        QCOMPARE(m_cache->size(), 1);
    }

    void shrinkingAndClearing()
    {
        for (int i = 0; i < 5; ++i)
            open(i);
        m_cache->setCapacity(2);
        QCOMPARE(m_cache->size(), 2);
        QVERIFY(m_cache->contains(m_ids.at(3)) && m_cache->contains(m_ids.at(4)));
        m_cache->setCapacity(0);
        QCOMPARE(m_cache->capacity(), 1);
        QCOMPARE(m_cache->size(), 1);
        QSignalSpy evicted(m_cache.get(), &ThreadCache::evicted);
        m_cache->clear();
        QCOMPARE(m_cache->size(), 0);
        QCOMPARE(evicted.count(), 1);
        QVERIFY(!m_cache->contains(m_ids.at(4)));
    }
};

QTEST_GUILESS_MAIN(TestThreadCache)
#include "tst_threadcache.moc"
