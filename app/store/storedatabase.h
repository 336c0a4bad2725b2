#pragma once

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

// One account's SQLite database, kept usable whatever happens to its file:
// - created 0600 in a 0700 folder, WAL journal, the schema migrated to the current
//   version from the first one on (Schema);
// - a file that is not a database, or that turns out corrupt, is moved aside and
//   rebuilt; a folder that cannot be written, or a disk that fills up, leaves the
//   session on a copy in memory.
// Each of these is reported once through problem(), in plain words; nothing throws.
// Lives on the GUI thread: one short transaction per page keeps it below a frame.
class StoreDatabase : public QObject
{
    Q_OBJECT

public:
    explicit StoreDatabase(QObject *parent = nullptr);
    ~StoreDatabase() override;

    // Opens (creating) the database at path; an empty path opens one in memory. False
    // only when not even memory works.
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    bool isInMemory() const { return m_inMemory; }
    // The messages have a full-text index (SQLite with FTS5).
    bool hasMessageIndex() const { return m_hasMessageIndex; }
    // The conversations' own text has its trigram index (SQLite with FTS5's trigrams).
    bool hasConversationIndex() const { return m_hasConversationIndex; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;

    // Runs work in one transaction and commits it; work returns the error of the query
    // that failed (an invalid QSqlError when all went well). When the disk is full (or
    // the file turns read-only or corrupt), the session moves to memory and work runs
    // again there, so nothing the user saw is lost. False when the write failed for good.
    bool write(const std::function<QSqlError(QSqlDatabase &)> &work);
    // For readers: a failed query is reported (once) and the caller shows what it has.
    void noteReadFailure(const QSqlError &error);
    // Runs `select`, a statement that ends in "IN ", for the keys, calling row for each
    // row found; false, reported, when it failed. The keys go in as one JSON array, so
    // there is no cap on how many, and the statement is prepared once per text and kept
    // while the connection lasts: the list reads a window of rows per scrolled screen,
    // and parsing a new statement each time was most of that read. row must not read
    // the store again (it runs on the kept statement).
    bool selectByKeys(const QString &select, const QList<qint64> &keys,
                      const std::function<void(const QSqlQuery &)> &row);

    // The database file and its journal files, e.g. when the account signs out.
    static bool removeFiles(const QString &path);

signals:
    // Something the user should know about the saved inbox (translated, plain text).
    void problem(const QString &message);

private:
    bool openConnection(const QString &file);
    bool prepareFile(const QString &path);
    bool isUsable();
    bool moveAsideAndRebuild();
    bool moveToMemory();
    void report(const QString &message);
    void forgetStatements();

    QString m_connectionName;
    QHash<QString, QSqlQuery> m_keyedStatements; // selectByKeys's, by their text
    QString m_path;
    bool m_inMemory = false;
    bool m_reported = false;
    bool m_hasMessageIndex = false;
    bool m_hasConversationIndex = false;
};
