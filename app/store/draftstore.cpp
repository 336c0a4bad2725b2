#include "draftstore.h"

#include "storedatabase.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

DraftStore::DraftStore(StoreDatabase *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

QString DraftStore::text(const QString &conversationId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT d.text FROM drafts d JOIN conversations c"
                                 " ON c.id = d.conversation WHERE c.conversation_id = ?"));
    query.addBindValue(conversationId);
    if (!query.exec()) {
        m_database->noteReadFailure(query.lastError());
        return {};
    }
    return query.next() ? query.value(0).toString() : QString();
}

bool DraftStore::setText(const QString &conversationId, const QString &text)
{
    const QString kept = text.trimmed().isEmpty() ? QString() : text.left(MaxChars);
    if (kept == this->text(conversationId))
        return true; // nothing to write, nothing changed
    bool stored = false;
    const bool written = m_database->write([&](QSqlDatabase &db) -> QSqlError {
        QSqlQuery find(db);
        find.prepare(QStringLiteral("SELECT id FROM conversations WHERE conversation_id = ?"));
        find.addBindValue(conversationId);
        if (!find.exec())
            return find.lastError();
        stored = find.next();
        if (!stored)
            return {};
        const qint64 key = find.value(0).toLongLong();
        QSqlQuery query(db);
        if (kept.isEmpty()) {
            query.prepare(QStringLiteral("DELETE FROM drafts WHERE conversation = ?"));
            query.addBindValue(key);
        } else {
            query.prepare(QStringLiteral("INSERT OR REPLACE INTO drafts (conversation, text,"
                                         " updated_at) VALUES (?, ?, ?)"));
            query.addBindValue(key);
            query.addBindValue(kept);
            query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        }
        return query.exec() ? QSqlError() : query.lastError();
    });
    if (!written || !stored)
        return false;
    emit changed(conversationId);
    return true;
}

QSet<qint64> DraftStore::withDrafts(const QList<qint64> &keys) const
{
    QSet<qint64> found;
    if (keys.isEmpty())
        return found;
    m_database->selectByKeys(
            QStringLiteral("SELECT conversation FROM drafts WHERE conversation IN "), keys,
            [&found](const QSqlQuery &query) { found.insert(query.value(0).toLongLong()); });
    return found;
}
