// The list model over the store: rows by key, merged in place, never reset.

#include "inbox/conversationlistmodel.h"
#include "support/storefixture.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Newest = 1748629426457;

Conversation conversation(const QString &id, qint64 timeMs, int unread = 0,
                          const QString &text = u"Hi"_s)
{
    Conversation c;
    c.id = id;
    c.participant.name = u"Name "_s + id;
    c.participant.profileUrl = u"https://www.linkedin.com/in/"_s + id;
    c.lastMessage.text = text;
    c.lastMessage.time = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC);
    c.lastMessage.sender = c.participant;
    c.unreadCount = unread;
    return c;
}

// Conversations c0..c(count-1), a minute apart, newest first.
QList<Conversation> conversations(int count, qint64 newest = Newest)
{
    QList<Conversation> list;
    for (int i = 0; i < count; ++i)
        list.append(conversation(u"c"_s + QString::number(i), newest - i * 60000));
    return list;
}

} // namespace

class TestConversationListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<ConversationListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void write(const QList<Conversation> &page, InboxCategory category = InboxCategory::Inbox)
    {
        const auto writes = m_store->conversations.writePage(category, page);
        QVERIFY(writes);
        m_model->merge(*writes, category == m_model->category());
    }

    QStringList ids() const
    {
        QStringList list;
        for (int row = 0; row < m_model->rowCount(); ++row)
            list.append(m_model->idAt(row));
        return list;
    }

private slots:
    void init()
    {
        m_store = std::make_unique<StoreFixture>();
        QVERIFY(m_store->open());
        m_model = std::make_unique<ConversationListModel>(&m_store->conversations,
                                                          InboxCategory::Inbox);
        m_tester = std::make_unique<QAbstractItemModelTester>(
                m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_store.reset();
    }

    void storedRowsShowNewestFirst()
    {
        QVERIFY(m_store->conversations.writePage(InboxCategory::Inbox, conversations(30)));
        m_model->reload();
        QCOMPARE(m_model->rowCount(), 30);
        QCOMPARE(m_model->idAt(0), u"c0"_s);
        QCOMPARE(m_model->idAt(29), u"c29"_s);
        QCOMPARE(m_model->rowOf(u"c17"_s), 17);
        QCOMPARE(m_model->index(3).data(ConversationListModel::ParticipantNameRole).toString(),
                 u"Name c3"_s);
        QVERIFY(!m_model->canFetchMore());
    }

    void aRefreshMergesInPlace()
    {
        write(conversations(20));
        QItemSelectionModel selection(m_model.get());
        selection.setCurrentIndex(m_model->index(5), QItemSelectionModel::SelectCurrent); // c5
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        // The next first page: a new conversation on top, c9 has a new message (moved up),
        // c2's unread count changed, the rest as they were.
        QList<Conversation> next = {conversation(u"new"_s, Newest + 120000),
                                    conversation(u"c9"_s, Newest + 60000, 1, u"Again"_s)};
        QList<Conversation> rest = conversations(20);
        rest.removeAt(9);
        rest[2].unreadCount = 4;
        next.append(rest.mid(0, 18));
        write(next);

        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0); // at the top
        QCOMPARE(moved.count(), 1);
        QCOMPARE(m_model->rowCount(), 21);
        QCOMPARE(ids().mid(0, 4), (QStringList{u"new"_s, u"c9"_s, u"c0"_s, u"c1"_s}));
        const QModelIndex c2 = m_model->index(m_model->rowOf(u"c2"_s));
        QCOMPARE(c2.data(ConversationListModel::UnreadCountRole).toInt(), 4);
        QCOMPARE(m_model->index(1).data(ConversationListModel::LastMessageTextRole).toString(),
                 u"Again"_s);
        bool c2Changed = false;
        for (const QList<QVariant> &signal : std::as_const(changed))
            c2Changed = c2Changed || signal.at(0).toModelIndex() == c2;
        QVERIFY(c2Changed);
        // The selection followed its conversation, not its row number.
        QCOMPARE(m_model->idAt(selection.currentIndex().row()), u"c5"_s);
    }

    void aConversationMovesDownToo()
    {
        write(conversations(10));
        // A server may send an older time for a conversation (its last message deleted).
        write({conversation(u"c1"_s, Newest - 30 * 60000)});
        QCOMPARE(ids().last(), u"c1"_s);
        QCOMPARE(m_model->rowCount(), 10);
    }

    void otherCategoriesOnlyUpdateWhatTheyShow()
    {
        write(conversations(5));
        // An UNREAD page that holds c3 (changed) and a conversation the inbox never had.
        write({conversation(u"c3"_s, Newest + 60000, 2, u"News"_s),
               conversation(u"elsewhere"_s, Newest)},
              InboxCategory::Unread);
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->rowOf(u"elsewhere"_s), -1);
        QCOMPARE(m_model->idAt(0), u"c3"_s);
        QCOMPARE(m_model->index(0).data(ConversationListModel::UnreadCountRole).toInt(), 2);
    }

    void aPageOfKnownRowsChangesNothing()
    {
        write(conversations(20));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        write(conversations(20));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(inserted.count(), 0);
    }

    void rowsAreReadFromTheStoreAroundTheOnesAsked()
    {
        QVERIFY(m_store->conversations.writePage(InboxCategory::Inbox, conversations(2000)));
        m_model->reload();
        QCOMPARE(m_model->rowCount(), 2000);
        // Far down the list, and back: every row answers, whatever was read before.
        for (const int row : {1999, 0, 1024, 1025, 5, 1500})
            QCOMPARE(m_model->idAt(row), u"c"_s + QString::number(row));
    }
};

QTEST_GUILESS_MAIN(TestConversationListModel)
#include "tst_conversationlistmodel.moc"
