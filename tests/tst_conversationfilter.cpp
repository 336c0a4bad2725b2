// A search's filter over a stored list: the rows it keeps, and reading the ones it shows
// from the store in one go, however far apart they lie in the list.

#include "inbox/conversationfilter.h"
#include "inbox/conversationlistmodel.h"
#include "support/storefixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Newest = 1748629426457;

// Conversations c0..c(count-1), a minute apart, newest first.
QList<Conversation> conversations(int count)
{
    QList<Conversation> list;
    for (int i = 0; i < count; ++i) {
        Conversation c;
        c.id = u"c"_s + QString::number(i);
        c.participant.name = u"Name "_s + c.id;
        c.participant.profileUrl = u"https://www.linkedin.com/in/"_s + c.id;
        c.lastMessage.text = u"Hi"_s;
        c.lastMessage.time = QDateTime::fromMSecsSinceEpoch(Newest - i * 60000, Qt::UTC);
        c.lastMessage.sender = c.participant;
        list.append(c);
    }
    return list;
}

} // namespace

class TestConversationFilter : public QObject
{
    Q_OBJECT

private:
    static constexpr int Stored = 3000;
    static constexpr int Apart = 50; // one match every Apart rows: none next to another

    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<ConversationListModel> m_list;
    std::unique_ptr<ConversationFilter> m_filter;

    void keepEveryFiftiethRow()
    {
        QList<qint64> keys;
        for (int row = 0; row < Stored; row += Apart)
            keys.append(m_list->keyAt(row));
        m_filter->setMatching(keys);
        QCOMPARE(m_filter->rowCount(), Stored / Apart);
    }

    QString shownId(int row) const
    {
        return m_filter->index(row, 0).data(ConversationListModel::IdRole).toString();
    }

private slots:
    void init()
    {
        m_store = std::make_unique<StoreFixture>();
        QVERIFY(m_store->open());
        QVERIFY(m_store->conversations.writePage(InboxCategory::Inbox, conversations(Stored)));
        m_list = std::make_unique<ConversationListModel>(&m_store->conversations,
                                                         InboxCategory::Inbox);
        m_list->reload();
        QCOMPARE(m_list->rowCount(), Stored);
        m_filter = std::make_unique<ConversationFilter>();
        m_filter->setSourceModel(m_list.get());
    }

    void cleanup()
    {
        m_filter.reset();
        m_list.reset();
        m_store.reset();
    }

    void keepsTheMatchesInListOrder()
    {
        QAbstractItemModelTester tester(m_filter.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        keepEveryFiftiethRow();
        for (int row = 0; row < m_filter->rowCount(); ++row)
            QCOMPARE(shownId(row), u"c"_s + QString::number(row * Apart));
        m_filter->clearMatching();
        QCOMPARE(m_filter->rowCount(), Stored);
    }

    void readsTheShownMatchesTogether()
    {
        keepEveryFiftiethRow();
        // Painting the first row reads the matches a screen or two below it too, not the
        // list's rows next to it (which the filter hides).
        QCOMPARE(shownId(0), u"c0"_s);
        for (int row = 0; row < 40; ++row)
            QVERIFY2(m_list->isCached(m_filter->sourceRow(row)), qPrintable(QString::number(row)));
        QVERIFY(!m_list->isCached(1));
    }

    void aScreenOfMatchesStaysInMemoryWhilePainted()
    {
        keepEveryFiftiethRow();
        // Every match asked in turn, as a paint does: reading one never pushes out another.
        const int shown = m_filter->rowCount();
        for (int row = 0; row < shown; ++row)
            QCOMPARE(shownId(row), u"c"_s + QString::number(row * Apart));
        for (int row = 0; row < shown; ++row)
            QVERIFY2(m_list->isCached(m_filter->sourceRow(row)), qPrintable(QString::number(row)));
    }

    void aRowNotInTheListIsNeverRead()
    {
        keepEveryFiftiethRow();
        m_list->readRows({-1, Stored, Stored + 7});
        QVERIFY(!m_list->isCached(-1));
        QVERIFY(!m_list->isCached(Stored));
        QCOMPARE(shownId(m_filter->rowCount() - 1),
                 u"c"_s + QString::number((m_filter->rowCount() - 1) * Apart));
    }
};

QTEST_GUILESS_MAIN(TestConversationFilter)
#include "tst_conversationfilter.moc"
