#include "threadstore.h"

#include "storedatabase.h"
#include "text/searchfold.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// SQLite takes a null QString as NULL; the columns want text, empty or not.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

ThreadStore::ThreadStore(StoreDatabase *database)
    : m_database(database)
{
}

qint64 ThreadStore::conversationKey(const QString &conversationId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT id FROM conversations WHERE conversation_id = ?"));
    query.addBindValue(conversationId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

ThreadState ThreadStore::state(const QString &conversationId) const
{
    ThreadState state;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
            "SELECT (SELECT count(*) FROM messages m WHERE m.conversation = c.id),"
            " (SELECT max(time) FROM messages m WHERE m.conversation = c.id),"
            " t.older_cursor, t.at_start FROM conversations c"
            " LEFT JOIN threads t ON t.conversation = c.id WHERE c.conversation_id = ?"));
    query.addBindValue(conversationId);
    if (!query.exec()) {
        m_database->noteReadFailure(query.lastError());
        return state;
    }
    if (!query.next())
        return state;
    state.messageCount = query.value(0).toInt();
    state.stored = state.messageCount > 0;
    if (const qint64 ms = query.value(1).toLongLong(); ms > 0)
        state.newest = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    state.olderCursor = query.value(2).toString();
    state.atStart = query.value(3).toBool();
    return state;
}

QList<ThreadMessage> ThreadStore::messages(const QString &conversationId, int skip, int limit) const
{
    QList<ThreadMessage> newestFirst;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
            "SELECT m.entity_urn, m.text, m.time, m.sender_id, m.first_name, m.last_name,"
            " m.is_system FROM messages m JOIN conversations c ON c.id = m.conversation"
            " WHERE c.conversation_id = ? ORDER BY m.time DESC, m.id DESC LIMIT ? OFFSET ?"));
    query.addBindValue(conversationId);
    query.addBindValue(limit);
    query.addBindValue(skip);
    if (!query.exec()) {
        m_database->noteReadFailure(query.lastError());
        return newestFirst;
    }
    while (query.next()) {
        ThreadMessage message;
        message.id = query.value(0).toString();
        message.text = query.value(1).toString();
        if (const qint64 ms = query.value(2).toLongLong(); ms > 0)
            message.time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        message.senderId = query.value(3).toString();
        message.senderFirstName = query.value(4).toString();
        message.senderLastName = query.value(5).toString();
        message.isSystem = query.value(6).toBool();
        newestFirst.append(message);
    }
    return {newestFirst.crbegin(), newestFirst.crend()};
}

bool ThreadStore::writePage(const QString &conversationId, const QList<ThreadMessage> &newestFirst,
                            const QString &nextCursor, bool olderPage)
{
    const qint64 conversation = conversationKey(conversationId);
    if (conversation == 0)
        return false; // not a stored conversation: nothing to hang the thread on
    return m_database->write([&](QSqlDatabase &db) -> QSqlError {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO messages (conversation, message_key, entity_urn, text,"
                " time, sender_id, first_name, last_name, is_system, search_text)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const ThreadMessage &message : newestFirst) {
            insert.addBindValue(conversation);
            insert.addBindValue(messageKey(message));
            insert.addBindValue(notNull(message.id));
            insert.addBindValue(notNull(message.text));
            insert.addBindValue(message.time.isValid() ? message.time.toMSecsSinceEpoch() : 0);
            insert.addBindValue(notNull(message.senderId));
            insert.addBindValue(notNull(message.senderFirstName));
            insert.addBindValue(notNull(message.senderLastName));
            insert.addBindValue(message.isSystem);
            insert.addBindValue(SearchFold::fold(message.text));
            if (!insert.exec())
                return insert.lastError();
        }
        QSqlQuery thread(db);
        // The newest page leaves an older chain that is there alone.
        thread.prepare(olderPage ? QStringLiteral(
                               "INSERT INTO threads (conversation, older_cursor, at_start,"
                               " synced_at) VALUES (?, ?, ?, ?) ON CONFLICT(conversation) DO"
                               " UPDATE SET older_cursor = excluded.older_cursor,"
                               " at_start = excluded.at_start")
                                 : QStringLiteral("INSERT INTO threads (conversation, older_cursor,"
                                                  " at_start, synced_at) VALUES (?, ?, ?, ?)"
                                                  " ON CONFLICT(conversation) DO UPDATE SET"
                                                  " synced_at = excluded.synced_at"));
        thread.addBindValue(conversation);
        thread.addBindValue(notNull(nextCursor));
        thread.addBindValue(nextCursor.isEmpty());
        thread.addBindValue(QDateTime::currentMSecsSinceEpoch());
        return thread.exec() ? QSqlError() : thread.lastError();
    });
}
