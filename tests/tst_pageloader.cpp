// PageLoader on its own: the paging rules both lists share, with a starter that
// records the requests instead of sending them.

#include "paging/pageloader.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using State = PageLoader::State;

class TestPageLoader : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PageLoader> m_loader;
    QList<PageLoader::Ticket> m_asked;

    PageLoader::Ticket last() const { return m_asked.last(); }
    static QStringList keys(const QString &prefix, int count)
    {
        QStringList list;
        for (int i = 0; i < count; ++i)
            list.append(prefix + QString::number(i));
        return list;
    }

private slots:
    void init()
    {
        m_asked.clear();
        m_loader = std::make_unique<PageLoader>();
        m_loader->setStarter([this](const PageLoader::Ticket &ticket) {
            m_asked.append(ticket);
            return nullptr;
        });
    }

    void oneRequestInFlight()
    {
        m_loader->loadMore();
        m_loader->loadMore();
        m_loader->retry();
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(last().cursor, QString());
        QCOMPARE(m_loader->state(), State::Loading);
        m_loader->pageArrived(last(), u"c2"_s, keys(u"a"_s, 20));
        QCOMPARE(m_loader->state(), State::Idle);
        m_loader->loadMore();
        QCOMPARE(last().cursor, u"c2"_s);
    }

    void staleRepliesAreDropped()
    {
        m_loader->loadMore();
        const PageLoader::Ticket old = last();
        m_loader->reset();
        QVERIFY(!m_loader->isCurrent(old));
        m_loader->pageArrived(old, u"c2"_s, keys(u"a"_s, 20));
        QCOMPARE(m_loader->pagesLoaded(), 0);
        QCOMPARE(m_loader->state(), State::Idle);
        m_loader->loadMore();
        QVERIFY(m_loader->isCurrent(last()));
        m_loader->pageFailed(old, ApiError::make(ApiError::Kind::ServerError));
        QCOMPARE(m_loader->state(), State::Loading); // the stale failure changed nothing
    }

    void theEndsOfAList_data()
    {
        QTest::addColumn<QString>("next");
        QTest::addColumn<int>("entries");
        QTest::newRow("no cursor") << QString() << 20;
        QTest::newRow("empty page with a cursor") << u"c9"_s << 0;
        QTest::newRow("the cursor asked for") << u"c2"_s << 20;
    }

    void theEndsOfAList()
    {
        QFETCH(QString, next);
        QFETCH(int, entries);
        m_loader->loadMore();
        m_loader->pageArrived(last(), u"c2"_s, keys(u"a"_s, 20));
        m_loader->loadMore();
        m_loader->pageArrived(last(), next, keys(u"b"_s, entries));
        QCOMPARE(m_loader->state(), State::AtEnd);
        m_loader->loadMore();
        QCOMPARE(m_asked.size(), 2);
    }

    void twoPagesOfNothingNewStop()
    {
        QSignalSpy states(m_loader.get(), &PageLoader::stateChanged);
        m_loader->setNothingNewMessage(u"Stopped: nothing new"_s);
        m_loader->loadMore();
        m_loader->pageArrived(last(), u"c2"_s, keys(u"a"_s, 20));
        m_loader->loadMore();
        m_loader->pageArrived(last(), u"c3"_s, keys(u"a"_s, 20)); // the same again
        QCOMPARE(m_loader->state(), State::Idle); // one page of nothing new may happen
        m_loader->loadMore();
        m_loader->pageArrived(last(), u"c4"_s, keys(u"a"_s, 20));
        QCOMPARE(m_loader->state(), State::Error);
        QCOMPARE(m_loader->lastError().kind, ApiError::Kind::NothingNew);
        QCOMPARE(m_loader->lastError().message, u"Stopped: nothing new"_s);
        QCOMPARE(m_asked.size(), 3);
        // Retry goes on with the next cursor, and a page with something new resets it.
        m_loader->retry();
        QCOMPARE(last().cursor, u"c4"_s);
        m_loader->pageArrived(last(), u"c5"_s, keys(u"a"_s, 19) + QStringList{u"new"_s});
        QCOMPARE(m_loader->state(), State::Idle);
        QVERIFY(states.size() >= 6);
    }

    void anErrorWaitsForRetryOfTheSameCursor()
    {
        m_loader->loadMore();
        m_loader->pageArrived(last(), u"c2"_s, keys(u"a"_s, 20));
        m_loader->loadMore();
        m_loader->pageFailed(last(), ApiError::make(ApiError::Kind::BadRequest, {}, 400));
        QCOMPARE(m_loader->state(), State::Error);
        m_loader->loadMore(); // nothing by itself
        QCOMPARE(m_asked.size(), 2);
        m_loader->retry();
        QCOMPARE(m_asked.size(), 3);
        QCOMPARE(last().cursor, u"c2"_s); // asking again after an error is no repeat
    }

    void retryHonoursRetryAfter()
    {
        m_loader->loadMore();
        ApiError limited = ApiError::make(ApiError::Kind::RateLimited, {}, 429);
        limited.retryAfterSeconds = 1;
        m_loader->pageFailed(last(), limited);
        m_loader->retry();
        QCOMPARE(m_loader->state(), State::Loading);
        QCOMPARE(m_asked.size(), 1); // not yet
        QTRY_COMPARE_WITH_TIMEOUT(m_asked.size(), 2, 3000);
    }

    void thePageBoundEndsTheList()
    {
        m_loader->setMaxPages(3);
        for (int page = 0; page < 3; ++page) {
            m_loader->loadMore();
            m_loader->pageArrived(last(), u"c%1"_s.arg(page + 2), keys(u"p%1-"_s.arg(page), 20));
        }
        m_loader->loadMore();
        QCOMPARE(m_loader->state(), State::AtEnd);
        QCOMPARE(m_asked.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestPageLoader)
#include "tst_pageloader.moc"
