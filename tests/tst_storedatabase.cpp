// The store's file on disk: made private, journaled, migrated from the first schema on,
// and kept usable when the file is unreadable, the folder read-only or the disk full.

#include "store/conversationsearch.h"
#include "store/conversationstore.h"
#include "store/schema.h"
#include "store/storedatabase.h"
#include "store/threadstore.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Conversation conversation(const QString &id, qint64 timeMs, int unread = 0)
{
    Conversation c;
    c.id = id;
    c.participant.name = u"Person "_s + id;
    c.participant.headline = u"Headline"_s;
    c.participant.profileUrl = u"https://www.linkedin.com/in/"_s + id;
    c.lastMessage.text = u"Hello from "_s + id;
    c.lastMessage.time = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC);
    c.lastMessage.sender = c.participant;
    c.unreadCount = unread;
    c.type = u"normal"_s;
    return c;
}

QList<Conversation> page(const QString &prefix, int count, qint64 newestMs)
{
    QList<Conversation> list;
    for (int i = 0; i < count; ++i)
        list.append(conversation(prefix + QString::number(i), newestMs - i * 60000, i % 3));
    return list;
}

// A database file exactly as version 1 of the app wrote it, with one conversation.
void writeVersionOneFile(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : Schema::stepTo(1))
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(u"INSERT INTO conversations (conversation_id, name, last_time, unread)"
                           " VALUES ('urn:old', 'Old Friend', 1700000000000, 2)"_s));
        QVERIFY(query.exec(u"INSERT INTO memberships VALUES ('INBOX', 1)"_s));
        QVERIFY(query.exec(u"PRAGMA user_version = 1"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"fixture"_s);
}

// A file as version 4 wrote it: two conversations with their folded text, no index.
void writeVersionFourFile(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (int version = 1; version <= 4; ++version) {
            for (const QString &statement : Schema::stepTo(version))
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        QVERIFY(query.exec(u"INSERT INTO conversations (conversation_id, name, last_text,"
                           " last_time, search_text) VALUES ('urn:a', 'Amélie Old', 'Bonjour',"
                           " 1700000000000, 'amelie old bonjour'), ('urn:b', 'Bob Older', 'Hi',"
                           " 1690000000000, 'bob older hi')"_s));
        QVERIFY(query.exec(u"INSERT INTO memberships VALUES ('INBOX', 1), ('INBOX', 2)"_s));
        QVERIFY(query.exec(u"PRAGMA user_version = 4"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"fixture"_s);
}

// Runs a query on the store's connection and returns one column of every row it gives,
// or nothing (and fails the test) when it does not run.
QStringList columnOf(StoreDatabase &database, const QString &sql, int column = 0)
{
    QSqlQuery query(database.connection());
    QStringList values;
    if (!query.exec(sql)) {
        QTest::qFail(qPrintable(query.lastError().text()), __FILE__, __LINE__);
        return values;
    }
    while (query.next())
        values.append(query.value(column).toString());
    return values;
}

// The plan SQLite would follow for a query, all its steps in one line.
QString queryPlan(StoreDatabase &database, const QString &sql)
{
    return columnOf(database, u"EXPLAIN QUERY PLAN "_s + sql, 3).join(u" | "_s);
}

} // namespace

class TestStoreDatabase : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_folder;

    QString file(const QString &name = u"inbox.sqlite"_s) const { return m_folder->filePath(name); }

private slots:
    void init()
    {
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
    }

    void aNewFileIsPrivateJournaledAndCurrent()
    {
        StoreDatabase database;
        QVERIFY(database.open(m_folder->filePath(u"deep/down/inbox.sqlite"_s)));
        QVERIFY(!database.isInMemory());
        const QString path = database.path();
        QCOMPARE(QFileInfo(path).permissions()
                         & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser
                             | QFile::WriteUser),
                 QFile::Permissions());
        QCOMPARE(QFileInfo(QFileInfo(path).absolutePath()).permissions()
                         & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
                 QFile::Permissions());
        QSqlDatabase db = database.connection();
        QCOMPARE(Schema::versionOf(db), Schema::Version);
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
    }

    // The waiting views ask per conversation whether it is in any category: without an
    // index by conversation that is a scan of every membership (seconds at 10 000).
    void anOldFileGetsTheMembershipIndex()
    {
        writeVersionOneFile(file());
        StoreDatabase database;
        QVERIFY(database.open(file()));
        const QString plan =
                queryPlan(database, u"SELECT 1 FROM memberships WHERE conversation = 1"_s);
        QVERIFY2(plan.contains(u"memberships_by_conversation"_s), qPrintable(plan));
    }

    void anOldVersionIsMigratedWithItsRows()
    {
        writeVersionOneFile(file());
        StoreDatabase database;
        QSignalSpy problems(&database, &StoreDatabase::problem);
        QVERIFY(database.open(file()));
        QVERIFY(!database.isInMemory());
        QSqlDatabase db = database.connection();
        QCOMPARE(Schema::versionOf(db), Schema::Version);
        ConversationStore store(&database);
        QCOMPARE(store.count(InboxCategory::Inbox), 1);
        QCOMPARE(store.unreadCount(InboxCategory::Inbox), 1);
        QCOMPARE(store.record(u"urn:old"_s)->conversation.participant.name, u"Old Friend"_s);
        QSqlQuery query(db); // version 2's tables are there
        QVERIFY(query.exec(u"SELECT count(*) FROM marks"_s));
        QVERIFY(query.exec(u"SELECT count(*) FROM drafts"_s));
        QCOMPARE(problems.count(), 0);
    }

    // Version 5: the conversations' trigram index, filled from what version 4 stored.
    void aVersionFourFileGetsItsConversationsIndexed()
    {
        writeVersionFourFile(file());
        StoreDatabase database;
        QVERIFY(database.open(file()));
        QSqlDatabase db = database.connection();
        QCOMPARE(Schema::versionOf(db), Schema::Version);
        QVERIFY(database.hasConversationIndex());
        QCOMPARE(columnOf(database,
                          u"SELECT rowid FROM conversation_search"
                          " WHERE conversation_search MATCH '\"old\"' ORDER BY rowid"_s),
                 QStringList({u"1"_s, u"2"_s}));
        ConversationSearch search(&database);
        QCOMPARE(search.matchingConversations({u"older"_s}), QList<qint64>({2}));
        QCOMPARE(search.matchingConversations({u"ame"_s, u"bon"_s}), QList<qint64>({1}));
        // Opened again: the index is there already, and stays as it was.
        database.close();
        StoreDatabase again;
        QVERIFY(again.open(file()));
        QVERIFY(again.hasConversationIndex());
        QCOMPARE(ConversationSearch(&again).matchingConversations({u"old"_s}),
                 QList<qint64>({1, 2}));
    }

    // Version 6: a search only a scan answers reads the folded text from its own index
    // (a covering scan), not every whole row.
    void aScanReadsTheFoldedTextFromItsOwnIndex()
    {
        writeVersionFourFile(file());
        StoreDatabase database;
        QVERIFY(database.open(file()));
        const QString plan = queryPlan(database,
                                       u"SELECT id FROM conversations"
                                       " WHERE search_text LIKE '%ol%' ESCAPE '!'"_s);
        QVERIFY2(plan.contains(u"COVERING INDEX conversations_by_search_text"_s), qPrintable(plan));
        // And what the scan finds is what the rows hold.
        QCOMPARE(ConversationSearch(&database).matchingConversations({u"ol"_s}),
                 QList<qint64>({1, 2}));
    }

    // Version 7: searching every message looks up each hit's conversation and time in
    // two narrow indexes the query names; a file from before them gets both, and finds.
    void anOldFileGetsTheMessageSearchIndexes()
    {
        writeVersionFourFile(file());
        StoreDatabase database;
        QVERIFY(database.open(file()));
        const QStringList indexes =
                columnOf(database,
                         u"SELECT name FROM sqlite_master WHERE type = 'index' AND name"
                         " IN ('messages_owner', 'conversations_order') ORDER BY name"_s);
        QCOMPARE(indexes, QStringList({u"conversations_order"_s, u"messages_owner"_s}));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"INSERT INTO messages (conversation, message_key, text, time,"
                           " search_text) VALUES (2, 'm1', 'Thursday afternoon?',"
                           " 1690000000000, 'thursday afternoon?')"_s));
        const QList<SearchHit> hits =
                ConversationSearch(&database).searchEverything({u"thursday"_s, u"after"_s});
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().key.key, 2);
        QCOMPARE(hits.first().snippet, u"Thursday afternoon?"_s);
    }

    void anUnreadableFileIsSetAsideAndRebuilt()
    {
        {
            QFile garbage(file());
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            garbage.write(QByteArray(8192, 'x')); // not a database at all
        }
        StoreDatabase database;
        QSignalSpy problems(&database, &StoreDatabase::problem);
        QVERIFY(database.open(file()));
        QVERIFY(!database.isInMemory());
        QCOMPARE(problems.count(), 1);
        QVERIFY(problems.at(0).at(0).toString().contains(u"could not be read"));
        const QStringList aside =
                QDir(m_folder->path()).entryList({u"inbox.sqlite.unreadable-*"_s});
        QCOMPARE(aside.size(), 1); // kept, not deleted: the user's data
        ConversationStore store(&database);
        QVERIFY(store.writePage(InboxCategory::Inbox, page(u"c"_s, 20, 1748629426457)));
        QCOMPARE(store.count(InboxCategory::Inbox), 20);
    }

    void aFileOfANewerVersionIsLeftAlone()
    {
        {
            StoreDatabase newer;
            QVERIFY(newer.open(file()));
            QSqlQuery query(newer.connection());
            QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(Schema::Version + 5)));
        }
        StoreDatabase database;
        QSignalSpy problems(&database, &StoreDatabase::problem);
        QVERIFY(database.open(file()));
        QCOMPARE(problems.count(), 1);
        QCOMPARE(QDir(m_folder->path()).entryList({u"inbox.sqlite.unreadable-*"_s}).size(), 1);
    }

    void anUnwritableFolderKeepsTheSessionInMemory()
    {
        // A data folder that cannot be made because a file is in its way: nobody, root
        // included, can write there.
        QFile blocker(m_folder->filePath(u"data"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QStringList folders{m_folder->filePath(u"data/stores"_s)};
        // And a folder without write permission, which holds for every user but root.
        const QString locked = m_folder->filePath(u"locked"_s);
        QVERIFY(QDir().mkpath(locked));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        if (!QFileInfo(locked).isWritable())
            folders.append(locked);
        for (const QString &folder : std::as_const(folders)) {
            StoreDatabase database;
            QSignalSpy problems(&database, &StoreDatabase::problem);
            QVERIFY(database.open(folder + u"/inbox.sqlite"_s));
            QVERIFY(database.isInMemory());
            QCOMPARE(problems.count(), 1);
            QVERIFY(problems.at(0).at(0).toString().contains(u"memory"));
            ConversationStore store(&database);
            QVERIFY(store.writePage(InboxCategory::Inbox, page(u"c"_s, 20, 1748629426457)));
            QCOMPARE(store.keys(InboxCategory::Inbox).size(), 20);
        }
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void aFullDiskMovesTheSessionToMemoryWithWhatItHeld()
    {
        StoreDatabase database;
        QVERIFY(database.open(file()));
        ConversationStore store(&database);
        ThreadStore threads(&database);
        QVERIFY(store.writePage(InboxCategory::Inbox, page(u"a"_s, 20, 1748629426457)));
        QList<qint64> firstKeys;
        for (const ConversationKey &stored : store.keys(InboxCategory::Inbox))
            firstKeys.append(stored.key);
        QCOMPARE(store.records(firstKeys).size(), 20); // a statement kept on the file
        QSignalSpy problems(&database, &StoreDatabase::problem);
        // No more pages may be added to the file: a full disk, as SQLite sees one.
        QSqlQuery limit(database.connection());
        QVERIFY(limit.exec(u"PRAGMA page_count"_s) && limit.next());
        const int pages = limit.value(0).toInt();
        QVERIFY(limit.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
        limit.finish();
        // A page too big to fit: the write fails on the file and succeeds in memory.
        QList<Conversation> big = page(u"b"_s, 20, 1748629426457 + 3600000);
        for (Conversation &c : big)
            c.lastMessage.text = QString(20000, u'x');
        QVERIFY(store.writePage(InboxCategory::Inbox, big));
        QVERIFY(database.isInMemory());
        QCOMPARE(problems.count(), 1);
        QVERIFY(problems.at(0).at(0).toString().contains(u"memory"));
        QCOMPARE(store.count(InboxCategory::Inbox), 40); // the old rows came along
        QVERIFY(store.record(u"a7"_s).has_value());
        QCOMPARE(store.records(firstKeys).size(), 20); // read from memory, not the old file
        // Searched there as in the file: the copy filled the index in memory.
        QVERIFY(database.hasConversationIndex());
        ConversationSearch search(&database);
        QCOMPARE(search.matchingConversations({u"person"_s, u"a7"_s}),
                 QList<qint64>({store.record(u"a7"_s)->key}));
        // And the session goes on writing.
        QVERIFY(store.writePage(InboxCategory::Job, page(u"j"_s, 5, 1748629426457)));
        QCOMPARE(store.count(InboxCategory::Job), 5);
    }

    void aReadByKeysTakesMoreKeysThanSQLiteTakesParameters()
    {
        StoreDatabase database;
        QVERIFY(database.open(file()));
        ConversationStore store(&database);
        QVERIFY(store.writePage(InboxCategory::Inbox, page(u"a"_s, 20, 1748629426457)));
        // SQLite takes at most 32 766 parameters in one statement (Debian's, 250 000); a
        // search of everything or an export may name more conversations than that.
        QList<qint64> keys;
        for (qint64 key = 1000000; key < 1300000; ++key)
            keys.append(key);
        for (const ConversationKey &stored : store.keys(InboxCategory::Inbox))
            keys.append(stored.key);
        const QHash<qint64, ConversationRecord> found = store.records(keys);
        QCOMPARE(found.size(), 20);
        QCOMPARE(found.value(store.record(u"a7"_s)->key).conversation.id, u"a7"_s);
        QVERIFY(store.records({}).isEmpty());
        QVERIFY(store.records({-1, 0}).isEmpty());
        // The statement is kept between reads: each read finds its own keys only.
        const qint64 a3 = store.record(u"a3"_s)->key, a4 = store.record(u"a4"_s)->key;
        QCOMPARE(store.records({a3, a4}).keys().size(), 2);
        QVERIFY(store.records({a3, a4}).contains(a4));
        QCOMPARE(store.records({a4}).keys(), QList<qint64>{a4});
    }

    void removingTheFilesLeavesNothing()
    {
        {
            StoreDatabase database;
            QVERIFY(database.open(file()));
            ConversationStore store(&database);
            QVERIFY(store.writePage(InboxCategory::Inbox, page(u"a"_s, 20, 1748629426457)));
        }
        QVERIFY(StoreDatabase::removeFiles(file()));
        QCOMPARE(QDir(m_folder->path()).entryList(QDir::Files), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestStoreDatabase)
#include "tst_storedatabase.moc"
