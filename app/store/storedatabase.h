#pragma once

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
    // Runs `select` with "(?, ?, …)" for the keys appended (a statement that ends in
    // "IN "), the keys bound; false, reported, when it failed.
    bool selectByKeys(QSqlQuery &query, const QString &select, const QList<qint64> &keys);

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

    QString m_connectionName;
    QString m_path;
    bool m_inMemory = false;
    bool m_reported = false;
    bool m_hasMessageIndex = false;
    bool m_hasConversationIndex = false;
};
