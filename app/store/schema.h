#pragma once

#include <QSqlDatabase>
#include <QStringList>

// The store's tables, versioned by SQLite's user_version. Each version's changes are a
// step from the one before, so a file written by any earlier version of the app is
// brought up to date in place, its rows kept.
//
// Version 1: conversations (one row each, with participant and last message), their
// membership in categories, each category's cursor chain and sync time, thread
// messages and each thread's cursor. Version 2: local marks (seen, done) and drafts.
// Version 3: folded search text for conversations and messages (SearchFold). Version 4:
// memberships indexed by conversation (the waiting views, deletes cascading). Version 5:
// the conversations' folded text in a trigram index (FTS5), filled from the rows stored.
// Version 6: the folded text in a plain index too, which the scans read (covering).
// Version 7: covering indexes for the message search's look-ups by key.
//
// The full-text indexes (the messages', the conversations') are made only where the
// platform's SQLite has FTS5 (and its trigram tokenizer); searches fall back to plain
// matching without them. Each is checked at every open, so a file migrated without
// FTS5 gets its index once SQLite has it.
namespace Schema {

constexpr int Version = 7;

enum class Result {
    Ready, // at Version now
    TooNew, // written by a newer app: not to be touched
    Failed, // a statement failed (see the database's error)
};

// Brings the database to Version, creating the tables when it is empty.
Result migrate(QSqlDatabase &db);

// The statements that take a database from version - 1 to version (1: from empty).
QStringList stepTo(int version);

// The version the database says it has (0: empty or new).
int versionOf(QSqlDatabase &db);

// Makes the messages' full-text index when SQLite has FTS5 (idempotent). False without.
bool ensureMessageIndex(QSqlDatabase &db);
// Makes the conversations' trigram index, kept in step by triggers, and fills it from the
// stored rows (idempotent; works inside a transaction). False without FTS5's trigrams.
bool ensureConversationIndex(QSqlDatabase &db);

} // namespace Schema
