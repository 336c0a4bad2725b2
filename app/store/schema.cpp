#include "schema.h"

#include "text/searchfold.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Schema {

QStringList stepTo(int version)
{
    switch (version) {
    case 1:
        return {
                // Times are milliseconds since the epoch, 0 when unknown. The key (id) is
                // the store's own; conversation_id is LinkedIn's.
                QStringLiteral(
                        "CREATE TABLE conversations ("
                        " id INTEGER PRIMARY KEY,"
                        " conversation_id TEXT NOT NULL UNIQUE,"
                        " name TEXT NOT NULL DEFAULT '', headline TEXT NOT NULL DEFAULT '',"
                        " profile_url TEXT NOT NULL DEFAULT '', picture_url TEXT NOT NULL DEFAULT "
                        "'',"
                        " last_text TEXT NOT NULL DEFAULT '', last_time INTEGER NOT NULL DEFAULT 0,"
                        " last_sender_name TEXT NOT NULL DEFAULT '',"
                        " last_sender_profile TEXT NOT NULL DEFAULT '',"
                        " sent_by_me INTEGER NOT NULL DEFAULT 0,"
                        " unread INTEGER NOT NULL DEFAULT 0, type TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE TABLE memberships ("
                               " category TEXT NOT NULL,"
                               " conversation INTEGER NOT NULL"
                               "  REFERENCES conversations(id) ON DELETE CASCADE,"
                               " PRIMARY KEY (category, conversation)) WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX conversations_by_time"
                               " ON conversations (last_time DESC, id)"),
                // Where each category's list goes on below the stored rows, and when its
                // first page was last fetched.
                QStringLiteral("CREATE TABLE chains ("
                               " category TEXT PRIMARY KEY,"
                               " next_cursor TEXT NOT NULL DEFAULT '',"
                               " at_end INTEGER NOT NULL DEFAULT 0,"
                               " synced_at INTEGER NOT NULL DEFAULT 0,"
                               " gap_cursor TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE TABLE messages ("
                               " id INTEGER PRIMARY KEY,"
                               " conversation INTEGER NOT NULL"
                               "  REFERENCES conversations(id) ON DELETE CASCADE,"
                               " message_key TEXT NOT NULL,"
                               " entity_urn TEXT NOT NULL DEFAULT '',"
                               " text TEXT NOT NULL DEFAULT '', time INTEGER NOT NULL DEFAULT 0,"
                               " sender_id TEXT NOT NULL DEFAULT '',"
                               " first_name TEXT NOT NULL DEFAULT '',"
                               " last_name TEXT NOT NULL DEFAULT '',"
                               " is_system INTEGER NOT NULL DEFAULT 0,"
                               " UNIQUE (conversation, message_key))"),
                QStringLiteral("CREATE INDEX messages_by_time ON messages (conversation, time)"),
                QStringLiteral("CREATE TABLE threads ("
                               " conversation INTEGER PRIMARY KEY"
                               "  REFERENCES conversations(id) ON DELETE CASCADE,"
                               " older_cursor TEXT NOT NULL DEFAULT '',"
                               " at_start INTEGER NOT NULL DEFAULT 0,"
                               " synced_at INTEGER NOT NULL DEFAULT 0)"),
                QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
        };
    case 2:
        return {
                // Marks are local (LinkupAPI cannot mark anything read): the time of the
                // newest message the mark covers, so a newer message lifts it.
                QStringLiteral("CREATE TABLE marks ("
                               " conversation INTEGER PRIMARY KEY"
                               "  REFERENCES conversations(id) ON DELETE CASCADE,"
                               " seen_up_to INTEGER NOT NULL DEFAULT 0,"
                               " done_up_to INTEGER NOT NULL DEFAULT 0)"),
                QStringLiteral("CREATE TABLE drafts ("
                               " conversation INTEGER PRIMARY KEY"
                               "  REFERENCES conversations(id) ON DELETE CASCADE,"
                               " text TEXT NOT NULL, updated_at INTEGER NOT NULL DEFAULT 0)"),
        };
    case 3:
        return {
                QStringLiteral("ALTER TABLE conversations ADD COLUMN search_text TEXT NOT NULL "
                               "DEFAULT ''"),
                QStringLiteral("ALTER TABLE messages ADD COLUMN search_text TEXT NOT NULL "
                               "DEFAULT ''"),
        };
    case 4:
        return {
                // The waiting views ask "in any category?" per conversation; without this
                // each asking scans every membership (seconds at 10 000 conversations).
                QStringLiteral("CREATE INDEX memberships_by_conversation"
                               " ON memberships (conversation)"),
        };
    case 6:
        return {
                // A search the trigram index cannot narrow reads every conversation's
                // folded text: from this narrow index rather than the whole rows, in half
                // the time (22 -> 10 ms at 100 000 with sqlite3's own timer).
                QStringLiteral("CREATE INDEX conversations_by_search_text"
                               " ON conversations (search_text)"),
        };
    case 7:
        return {
                // Searching every message reads, for each matching message, its
                // conversation and time, and that conversation's time and unread count:
                // from these narrow indexes rather than the whole rows (a message row
                // holds its text twice). Half the time at 100 000 with a word in 20 000
                // messages (52 -> 25 ms with sqlite3's own timer).
                QStringLiteral("CREATE INDEX messages_owner ON messages (id, conversation, time)"),
                QStringLiteral("CREATE INDEX conversations_order"
                               " ON conversations (id, last_time, unread)"),
        };
    default: return {};
    }
}

namespace {

// Rows written before version 3 get their folded search text (it is made in C++).
bool backfillSearchText(QSqlDatabase &db)
{
    QSqlQuery read(db);
    QSqlQuery write(db);
    if (!read.exec(QStringLiteral("SELECT id, name, headline, last_text FROM conversations"))
        || !write.prepare(QStringLiteral("UPDATE conversations SET search_text = ? WHERE id = ?")))
        return false;
    while (read.next()) {
        write.addBindValue(SearchFold::fold(read.value(1).toString() + u' '
                                            + read.value(2).toString() + u' '
                                            + read.value(3).toString()));
        write.addBindValue(read.value(0));
        if (!write.exec())
            return false;
    }
    if (!read.exec(QStringLiteral("SELECT id, text FROM messages"))
        || !write.prepare(QStringLiteral("UPDATE messages SET search_text = ? WHERE id = ?")))
        return false;
    while (read.next()) {
        write.addBindValue(SearchFold::fold(read.value(1).toString()));
        write.addBindValue(read.value(0));
        if (!write.exec())
            return false;
    }
    return true;
}

} // namespace

bool ensureMessageIndex(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'message_search'"))
        && query.next())
        return true;
    const QStringList statements = {
            QStringLiteral("CREATE VIRTUAL TABLE message_search USING fts5(search_text,"
                           " content='messages', content_rowid='id',"
                           " tokenize='unicode61 remove_diacritics 2')"),
            QStringLiteral("CREATE TRIGGER message_search_insert AFTER INSERT ON messages BEGIN"
                           " INSERT INTO message_search(rowid, search_text)"
                           " VALUES (new.id, new.search_text); END"),
            QStringLiteral("CREATE TRIGGER message_search_delete AFTER DELETE ON messages BEGIN"
                           " INSERT INTO message_search(message_search, rowid, search_text)"
                           " VALUES ('delete', old.id, old.search_text); END"),
            QStringLiteral("INSERT INTO message_search(message_search) VALUES ('rebuild')"),
    };
    if (!db.transaction())
        return false;
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            db.rollback(); // no FTS5 here: searches match the plain way
            return false;
        }
    }
    return db.commit();
}

bool ensureConversationIndex(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table'"
                                  " AND name = 'conversation_search'"))
        && query.next())
        return true;
    // Trigrams, not words: the list's search matches substrings ("ohn" finds John, and
    // text without spaces such as Japanese), which a word index cannot answer. It only
    // narrows (SearchSql tests the rows it gives), so it needs no positions: detail=none
    // makes it a third of the size. The text is folded already: case_sensitive 1 keeps
    // it as it is. An update that leaves the text as it was leaves the index alone.
    const QStringList statements = {
            QStringLiteral("CREATE VIRTUAL TABLE conversation_search USING fts5(search_text,"
                           " content='conversations', content_rowid='id',"
                           " tokenize='trigram case_sensitive 1', detail=none)"),
            QStringLiteral("CREATE TRIGGER conversation_search_insert AFTER INSERT ON conversations"
                           " BEGIN INSERT INTO conversation_search(rowid, search_text)"
                           " VALUES (new.id, new.search_text); END"),
            QStringLiteral("CREATE TRIGGER conversation_search_delete AFTER DELETE ON conversations"
                           " BEGIN INSERT INTO conversation_search(conversation_search, rowid,"
                           " search_text) VALUES ('delete', old.id, old.search_text); END"),
            QStringLiteral("CREATE TRIGGER conversation_search_update"
                           " AFTER UPDATE OF search_text ON conversations"
                           " WHEN old.search_text IS NOT new.search_text BEGIN"
                           " INSERT INTO conversation_search(conversation_search, rowid,"
                           " search_text) VALUES ('delete', old.id, old.search_text);"
                           " INSERT INTO conversation_search(rowid, search_text)"
                           " VALUES (new.id, new.search_text); END"),
            QStringLiteral(
                    "INSERT INTO conversation_search(conversation_search) VALUES ('rebuild')"),
    };
    // A savepoint, so that it nests in a migration's transaction.
    if (!query.exec(QStringLiteral("SAVEPOINT conversation_index")))
        return false;
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            // No FTS5 (or no trigrams) here: the list's search scans.
            query.exec(QStringLiteral("ROLLBACK TO conversation_index"));
            query.exec(QStringLiteral("RELEASE conversation_index"));
            return false;
        }
    }
    return query.exec(QStringLiteral("RELEASE conversation_index"));
}

int versionOf(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result migrate(QSqlDatabase &db)
{
    const int current = versionOf(db);
    if (current < 0)
        return Result::Failed;
    if (current > Version)
        return Result::TooNew;
    if (current == Version)
        return Result::Ready;
    // All steps in one transaction: a file is at one version or the next, never between.
    if (!db.transaction())
        return Result::Failed;
    QSqlQuery query(db);
    for (int version = current + 1; version <= Version; ++version) {
        for (const QString &statement : stepTo(version)) {
            if (!query.exec(statement)) {
                db.rollback();
                return Result::Failed;
            }
        }
    }
    if (current < 3 && !backfillSearchText(db)) {
        db.rollback();
        return Result::Failed;
    }
    // Version 5's index, filled from the rows just migrated (optional: without FTS5 the
    // file is at version 5 all the same, and searches scan).
    if (current < 5)
        ensureConversationIndex(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(Version)) || !db.commit()) {
        db.rollback();
        return Result::Failed;
    }
    return Result::Ready;
}

} // namespace Schema
