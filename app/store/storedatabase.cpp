#include "storedatabase.h"

#include "schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcStore, "linkup.store")

namespace {

// SQLite's primary result codes that say the file itself is the trouble.
bool isFileTrouble(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xFF;
    constexpr int ReadOnly = 8, IoError = 10, Corrupt = 11, Full = 13, CannotOpen = 14,
                  NotADatabase = 26;
    return code == ReadOnly || code == IoError || code == Corrupt || code == Full
            || code == CannotOpen || code == NotADatabase;
}

bool run(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    return query.exec(statement);
}

int nextConnectionNumber()
{
    static int number = 0;
    return ++number;
}

} // namespace

StoreDatabase::StoreDatabase(QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("linkup-store-%1").arg(nextConnectionNumber()))
{
}

StoreDatabase::~StoreDatabase()
{
    close();
}

QSqlDatabase StoreDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool StoreDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void StoreDatabase::forgetStatements()
{
    // Before the connection goes: a statement kept past it would not work, and Qt
    // warns that the connection is still in use.
    m_keyedStatements.clear();
}

void StoreDatabase::close()
{
    forgetStatements();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = connection();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool StoreDatabase::open(const QString &path)
{
    close();
    m_path = path;
    m_reported = false;
    if (path.isEmpty()) {
        m_inMemory = true;
        return openConnection(QStringLiteral(":memory:")) && isUsable();
    }
    m_inMemory = false;
    if (!prepareFile(path) || !openConnection(path)) {
        report(tr("Linkup Inbox cannot save in %1, so this session keeps your conversations "
                  "in memory only.")
                       .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        m_inMemory = true;
        return openConnection(QStringLiteral(":memory:")) && isUsable();
    }
    if (isUsable())
        return true;
    return moveAsideAndRebuild();
}

bool StoreDatabase::prepareFile(const QString &path)
{
    // Only this user may read the inbox: a private folder, a private file, made before
    // SQLite opens it (its journal files take the file's permissions).
    const QFileInfo info(path);
    QDir folder = info.absoluteDir();
    if (!folder.exists() && !folder.mkpath(QStringLiteral(".")))
        return false;
    QFile::setPermissions(folder.absolutePath(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile file(path);
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.close();
    }
    if (!QFileInfo(path).isWritable())
        return false;
    return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

bool StoreDatabase::openConnection(const QString &file)
{
    forgetStatements();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(file);
    // A busy file (another instance) waits a little rather than failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open()) {
        qCWarning(lcStore) << "cannot open the store:" << db.lastError().text();
        return false;
    }
    return true;
}

bool StoreDatabase::isUsable()
{
    QSqlDatabase db = connection();
    // WAL: readers never wait for the writer; NORMAL sync is safe with WAL and fast.
    const bool configured = run(db, QStringLiteral("PRAGMA foreign_keys = ON"))
            && (m_inMemory || run(db, QStringLiteral("PRAGMA journal_mode = WAL")))
            && run(db, QStringLiteral("PRAGMA synchronous = NORMAL"))
            // 512 KiB of page cache, not SQLite's 2 MB: rows are read a window at a time
            // and the system's file cache holds the rest; every MB here is the app's.
            && run(db, QStringLiteral("PRAGMA cache_size = -512"));
    if (!configured)
        return false;
    switch (Schema::migrate(db)) {
    case Schema::Result::Ready:
        m_hasMessageIndex = Schema::ensureMessageIndex(db);
        m_hasConversationIndex = Schema::ensureConversationIndex(db);
        return true;
    case Schema::Result::TooNew:
        qCWarning(lcStore) << "the store was written by a newer version";
        return false;
    case Schema::Result::Failed:
        qCWarning(lcStore) << "cannot bring the store up to date:" << db.lastError().text();
        return false;
    }
    return false;
}

bool StoreDatabase::moveAsideAndRebuild()
{
    close();
    const QString aside = m_path + QStringLiteral(".unreadable-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const bool moved = QFile::rename(m_path, aside);
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_path + suffix);
    qCWarning(lcStore) << "store unreadable; moved aside:" << moved;
    if (moved && prepareFile(m_path) && openConnection(m_path) && isUsable()) {
        report(tr("Your saved conversations could not be read, so Linkup Inbox set that file "
                  "aside and starts afresh; they load again from LinkedIn."));
        return true;
    }
    report(tr("Your saved conversations could not be read, so this session keeps them in "
              "memory only."));
    m_inMemory = true;
    return openConnection(QStringLiteral(":memory:")) && isUsable();
}

bool StoreDatabase::moveToMemory()
{
    // What the file holds goes along: a fresh database in memory at the same version,
    // filled table by table from the file, which is then left alone.
    const QString file = m_path;
    close();
    m_inMemory = true;
    if (!openConnection(QStringLiteral(":memory:")) || !isUsable())
        return false;
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("ATTACH DATABASE ? AS saved"));
    query.addBindValue(file);
    if (!query.exec())
        return true; // an empty session in memory still beats a failing one
    QStringList tables;
    // The full-text indexes are not copied: their triggers fill them as rows come in.
    if (query.exec(QStringLiteral("SELECT name FROM saved.sqlite_master WHERE type = 'table' "
                                  "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE "
                                  "'message_search%' AND name NOT LIKE 'conversation_search%'"))) {
        while (query.next())
            tables.append(query.value(0).toString());
    }
    db.transaction();
    for (const QString &table : std::as_const(tables))
        run(db,
            QStringLiteral("INSERT OR IGNORE INTO main.\"%1\" SELECT * FROM saved.\"%1\"")
                    .arg(table));
    db.commit();
    run(db, QStringLiteral("DETACH DATABASE saved"));
    return true;
}

bool StoreDatabase::write(const std::function<QSqlError(QSqlDatabase &)> &work)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlDatabase db = connection();
        QSqlError error;
        if (db.transaction()) {
            error = work(db);
            if (!error.isValid() && db.commit())
                return true;
            if (!error.isValid())
                error = db.lastError();
            db.rollback();
        } else {
            error = db.lastError();
        }
        qCWarning(lcStore) << "write failed:" << error.nativeErrorCode() << error.text();
        if (m_inMemory || attempt > 0 || !isFileTrouble(error))
            return false;
        if (!moveToMemory())
            return false;
        report(tr("Linkup Inbox cannot write to its saved inbox (the disk may be full), so "
                  "new conversations are kept in memory until you quit."));
    }
    return false;
}

bool StoreDatabase::selectByKeys(const QString &select, const QList<qint64> &keys,
                                 const std::function<void(const QSqlQuery &)> &row)
{
    auto kept = m_keyedStatements.find(select);
    if (kept == m_keyedStatements.end()) {
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (!query.prepare(select + QStringLiteral("(SELECT value FROM json_each(?))"))) {
            noteReadFailure(query.lastError());
            return false;
        }
        kept = m_keyedStatements.insert(select, query);
    }
    QByteArray array("[");
    array.reserve(keys.size() * 8 + 2);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i > 0)
            array.append(',');
        array.append(QByteArray::number(keys.at(i)));
    }
    array.append(']');
    QSqlQuery &query = *kept;
    query.bindValue(0, QString::fromLatin1(array));
    if (!query.exec()) {
        noteReadFailure(query.lastError());
        return false;
    }
    while (query.next())
        row(query);
    query.finish(); // kept, but reset: holds no read of the file open
    return true;
}

void StoreDatabase::noteReadFailure(const QSqlError &error)
{
    qCWarning(lcStore) << "read failed:" << error.nativeErrorCode() << error.text();
    if (!m_inMemory && isFileTrouble(error))
        report(tr("Some saved conversations could not be read."));
}

bool StoreDatabase::removeFiles(const QString &path)
{
    bool removed = !QFile::exists(path) || QFile::remove(path);
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix))
            removed = QFile::remove(path + suffix) && removed;
    }
    return removed;
}

void StoreDatabase::report(const QString &message)
{
    if (m_reported)
        return;
    m_reported = true;
    emit problem(message);
}
