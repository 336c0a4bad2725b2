// Drafts in the store: one per conversation, kept across a reopen of the file, in memory
// the same way, and read by the list model as a flag per row.

#include "inbox/conversationlistmodel.h"
#include "store/draftstore.h"
#include "support/storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Conversation conversation(const QString &id, qint64 timeMs)
{
    Conversation c;
    c.id = id;
    c.participant.name = u"Name "_s + id;
    c.participant.profileUrl = u"https://www.linkedin.com/in/"_s + id;
    c.lastMessage.text = u"Hi"_s;
    c.lastMessage.time = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC);
    c.lastMessage.sender = c.participant;
    return c;
}

QList<Conversation> conversations(int count)
{
    QList<Conversation> list;
    for (int i = 0; i < count; ++i)
        list.append(conversation(u"c"_s + QString::number(i), 1748629426457 - i * 60000));
    return list;
}

} // namespace

class TestDraftStore : public QObject
{
    Q_OBJECT

private slots:
    void aDraftIsKeptChangedAndRemoved()
    {
        StoreFixture store;
        QVERIFY(store.open());
        QVERIFY(store.conversations.writePage(InboxCategory::Inbox, conversations(3)));
        DraftStore drafts(&store.database);
        QSignalSpy changed(&drafts, &DraftStore::changed);
        QCOMPARE(drafts.text(u"c1"_s), QString());
        const QString text = u"Half a thought 👩🏽‍💻\nשלום"_s;
        QVERIFY(drafts.setText(u"c1"_s, text));
        QCOMPARE(drafts.text(u"c1"_s), text);
        QVERIFY(drafts.hasDraft(u"c1"_s));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), u"c1"_s);
        QVERIFY(drafts.setText(u"c1"_s, text)); // the same again: nothing to say
        QCOMPARE(changed.count(), 1);
        QVERIFY(drafts.setText(u"c1"_s, u" \n "_s)); // white space only is no draft
        QVERIFY(!drafts.hasDraft(u"c1"_s));
        QCOMPARE(changed.count(), 2);
        QVERIFY(!drafts.setText(u"unknown"_s, u"x"_s)); // not a stored conversation
        QCOMPARE(changed.count(), 2);
    }

    void draftsOutliveTheFileBeingClosed()
    {
        StoreFixture store;
        QVERIFY(store.open());
        QVERIFY(store.conversations.writePage(InboxCategory::Inbox, conversations(3)));
        {
            DraftStore drafts(&store.database);
            QVERIFY(drafts.setText(u"c2"_s, u"kept"_s));
        }
        store.database.close();
        QVERIFY(store.database.open(store.path()));
        DraftStore drafts(&store.database);
        QCOMPARE(drafts.text(u"c2"_s), u"kept"_s);
        const QList<ConversationKey> keys = store.conversations.keys(InboxCategory::Inbox);
        QList<qint64> all;
        for (const ConversationKey &key : keys)
            all.append(key.key);
        QCOMPARE(drafts.withDrafts(all).size(), 1);
        QVERIFY(drafts.withDrafts(all).contains(store.conversations.record(u"c2"_s)->key));
        QVERIFY(drafts.withDrafts({}).isEmpty());
    }

    void inMemoryTheSameWay()
    {
        StoreDatabase database;
        QVERIFY(database.open(QString()));
        QVERIFY(database.isInMemory());
        ConversationStore conversations(&database);
        QVERIFY(conversations.writePage(InboxCategory::Inbox, {conversation(u"m"_s, 1000)}));
        DraftStore drafts(&database);
        QVERIFY(drafts.setText(u"m"_s, u"in memory"_s));
        QCOMPARE(drafts.text(u"m"_s), u"in memory"_s);
    }

    void aHugeDraftIsBounded()
    {
        StoreFixture store;
        QVERIFY(store.open());
        QVERIFY(store.conversations.writePage(InboxCategory::Inbox, conversations(1)));
        DraftStore drafts(&store.database);
        QVERIFY(drafts.setText(u"c0"_s, QString(DraftStore::MaxChars * 2, u'z')));
        QCOMPARE(drafts.text(u"c0"_s).size(), DraftStore::MaxChars);
    }

    void theListShowsWhichRowsHaveADraft()
    {
        StoreFixture store;
        QVERIFY(store.open());
        QVERIFY(store.conversations.writePage(InboxCategory::Inbox, conversations(5)));
        DraftStore drafts(&store.database);
        QVERIFY(drafts.setText(u"c3"_s, u"before the model"_s));
        ConversationListModel model(&store.conversations, InboxCategory::Inbox);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDraftStore(&drafts);
        connect(&drafts, &DraftStore::changed, &model, &ConversationListModel::draftChanged);
        model.reload();
        const auto hasDraft = [&model](int row) {
            return model.index(row).data(ConversationListModel::HasDraftRole).toBool();
        };
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(hasDraft(3));
        QVERIFY(!hasDraft(1));
        QVERIFY(model.index(3).data(Qt::AccessibleTextRole).toString().contains(u"draft"));

        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(drafts.setText(u"c1"_s, u"now"_s));
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(dataChanged.first().at(0).toModelIndex().row(), 1);
        QVERIFY(hasDraft(1));
        QVERIFY(drafts.setText(u"c3"_s, {}));
        QVERIFY(!hasDraft(3));
        QCOMPARE(dataChanged.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
