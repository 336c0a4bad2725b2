#include "markstore.h"

#include "storedatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

MarkStore::MarkStore(StoreDatabase *database)
    : m_database(database)
{
}

Mark MarkStore::mark(qint64 key) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(
            QStringLiteral("SELECT seen_up_to, done_up_to FROM marks WHERE conversation = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return {query.value(0).toLongLong(), query.value(1).toLongLong()};
}

bool MarkStore::setMark(qint64 key, const Mark &mark)
{
    return m_database->write([&](QSqlDatabase &db) -> QSqlError {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO marks (conversation, seen_up_to,"
                                     " done_up_to) VALUES (?, ?, ?)"));
        query.addBindValue(key);
        query.addBindValue(mark.seenUpTo);
        query.addBindValue(mark.doneUpTo);
        return query.exec() ? QSqlError() : query.lastError();
    });
}
