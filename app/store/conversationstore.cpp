#include "conversationstore.h"

#include "storedatabase.h"
#include "text/searchfold.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace {

// SQLite takes a null QString as NULL; the columns want text, empty or not.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

const QString Columns = QStringLiteral(
        "id, conversation_id, name, headline, profile_url, picture_url, last_text, last_time,"
        " last_sender_name, last_sender_profile, sent_by_me, unread, type");
// The same, with the local marks, for what the rows show.
const QString ShownColumns = QStringLiteral(
        "c.id, c.conversation_id, c.name, c.headline, c.profile_url, c.picture_url, c.last_text,"
        " c.last_time, c.last_sender_name, c.last_sender_profile, c.sent_by_me, c.unread, c.type,"
        " coalesce(k.seen_up_to, 0), coalesce(k.done_up_to, 0)");
// The rows by their keys (StoreDatabase::selectByKeys): one text, built once, since the
// list reads a window of rows with it at every scrolled screen.
const QString ShownByKeys = QStringLiteral("SELECT ") + ShownColumns
        + QStringLiteral(" FROM conversations c LEFT JOIN marks k"
                         " ON k.conversation = c.id WHERE c.id IN ");

qint64 msOf(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

// The columns of Columns, from a query positioned on a row.
ConversationRecord recordFrom(const QSqlQuery &query)
{
    ConversationRecord record;
    record.key = query.value(0).toLongLong();
    Conversation &c = record.conversation;
    c.id = query.value(1).toString();
    c.participant.name = query.value(2).toString();
    c.participant.headline = query.value(3).toString();
    c.participant.profileUrl = query.value(4).toString();
    c.participant.pictureUrl = query.value(5).toString();
    c.lastMessage.text = query.value(6).toString();
    if (const qint64 ms = query.value(7).toLongLong(); ms > 0)
        c.lastMessage.time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    c.lastMessage.sender.name = query.value(8).toString();
    c.lastMessage.sender.profileUrl = query.value(9).toString();
    record.sentByMe = query.value(10).toBool();
    c.unreadCount = query.value(11).toInt();
    c.type = query.value(12).toString();
    if (query.record().count() > 14) {
        record.seenUpTo = query.value(13).toLongLong();
        record.doneUpTo = query.value(14).toLongLong();
    }
    return record;
}

QList<ConversationKey> keysFrom(QSqlQuery &query)
{
    QList<ConversationKey> keys;
    while (query.next())
        keys.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                     query.value(2).toBool()});
    return keys;
}

bool sameShown(const ConversationRecord &stored, const Conversation &c, bool sentByMe)
{
    const Conversation &s = stored.conversation;
    return s.participant.name == c.participant.name
            && s.participant.headline == c.participant.headline
            && s.participant.profileUrl == c.participant.profileUrl
            && s.participant.pictureUrl == c.participant.pictureUrl
            && s.lastMessage.text == c.lastMessage.text
            && msOf(s.lastMessage.time) == msOf(c.lastMessage.time)
            && s.lastMessage.sender.name == c.lastMessage.sender.name && stored.sentByMe == sentByMe
            && s.unreadCount == c.unreadCount && s.type == c.type;
}

void bindFields(QSqlQuery &query, const Conversation &c, bool sentByMe)
{
    query.bindValue(QStringLiteral(":name"), notNull(c.participant.name));
    query.bindValue(QStringLiteral(":headline"), notNull(c.participant.headline));
    query.bindValue(QStringLiteral(":profile"), notNull(c.participant.profileUrl));
    query.bindValue(QStringLiteral(":picture"), notNull(c.participant.pictureUrl));
    query.bindValue(QStringLiteral(":text"), notNull(c.lastMessage.text));
    query.bindValue(QStringLiteral(":time"), msOf(c.lastMessage.time));
    query.bindValue(QStringLiteral(":sender"), notNull(c.lastMessage.sender.name));
    query.bindValue(QStringLiteral(":senderProfile"), notNull(c.lastMessage.sender.profileUrl));
    query.bindValue(QStringLiteral(":mine"), sentByMe);
    query.bindValue(QStringLiteral(":unread"), c.unreadCount);
    query.bindValue(QStringLiteral(":type"), notNull(c.type));
    query.bindValue(QStringLiteral(":search"),
                    SearchFold::fold(c.participant.name + u' ' + c.participant.headline + u' '
                                     + c.lastMessage.text));
}

QString categoryName(InboxCategory category)
{
    return InboxCategories::apiName(category);
}

} // namespace

ConversationStore::ConversationStore(StoreDatabase *database)
    : m_database(database)
{
}

std::optional<QList<ConversationWrite>>
ConversationStore::writePage(InboxCategory category, const QList<Conversation> &conversations)
{
    QList<ConversationWrite> writes;
    const bool written = m_database->write([&](QSqlDatabase &db) -> QSqlError {
        writes.clear();
        QSqlQuery find(db);
        find.prepare(QStringLiteral("SELECT ") + Columns
                     + QStringLiteral(" FROM conversations WHERE conversation_id = ?"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
                "INSERT INTO conversations (conversation_id, name, headline, profile_url,"
                " picture_url, last_text, last_time, last_sender_name, last_sender_profile,"
                " sent_by_me, unread, type, search_text) VALUES (:id, :name, :headline, :profile,"
                " :picture, :text, :time, :sender, :senderProfile, :mine, :unread, :type,"
                " :search)"));
        QSqlQuery update(db);
        update.prepare(QStringLiteral(
                "UPDATE conversations SET name = :name, headline = :headline,"
                " profile_url = :profile, picture_url = :picture, last_text = :text,"
                " last_time = :time, last_sender_name = :sender,"
                " last_sender_profile = :senderProfile, sent_by_me = :mine, unread = :unread,"
                " type = :type, search_text = :search WHERE id = :key"));
        QSqlQuery member(db);
        member.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO memberships (category, conversation) VALUES (?, ?)"));
        for (const Conversation &c : conversations) {
            const bool mine = c.lastMessageSentByMe();
            ConversationWrite write;
            find.addBindValue(c.id);
            if (!find.exec())
                return find.lastError();
            if (find.next()) {
                const ConversationRecord stored = recordFrom(find);
                write.before = {stored.key, msOf(stored.conversation.lastMessage.time),
                                stored.conversation.unreadCount > 0};
                write.changed = !sameShown(stored, c, mine);
                const Conversation &before = stored.conversation;
                write.newActivity = before.lastMessage.text != c.lastMessage.text
                        || before.lastMessage.sender.name != c.lastMessage.sender.name
                        || c.unreadCount > before.unreadCount;
                if (write.changed) {
                    bindFields(update, c, mine);
                    update.bindValue(QStringLiteral(":key"), stored.key);
                    if (!update.exec())
                        return update.lastError();
                }
                write.after = {stored.key, msOf(c.lastMessage.time), c.unreadCount > 0};
            } else {
                bindFields(insert, c, mine);
                insert.bindValue(QStringLiteral(":id"), c.id);
                if (!insert.exec())
                    return insert.lastError();
                write.changed = true;
                write.newActivity = true;
                write.after = {insert.lastInsertId().toLongLong(), msOf(c.lastMessage.time),
                               c.unreadCount > 0};
            }
            find.finish();
            member.addBindValue(categoryName(category));
            member.addBindValue(write.after.key);
            if (!member.exec())
                return member.lastError();
            write.newToCategory = member.numRowsAffected() > 0;
            writes.append(write);
        }
        return {};
    });
    if (!written)
        return std::nullopt;
    return writes;
}

QList<ConversationKey> ConversationStore::keys(InboxCategory category) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.id, c.last_time, c.unread > 0 FROM memberships m"
                                 " JOIN conversations c ON c.id = m.conversation"
                                 " WHERE m.category = ? ORDER BY c.last_time DESC, c.id"));
    query.addBindValue(categoryName(category));
    if (!query.exec()) {
        m_database->noteReadFailure(query.lastError());
        return {};
    }
    return keysFrom(query);
}

QList<ConversationKey> ConversationStore::waitingKeys(bool onMe) const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(
            QStringLiteral("SELECT c.id, c.last_time, c.unread > 0 FROM conversations c"
                           " LEFT JOIN marks k ON k.conversation = c.id"
                           " WHERE c.sent_by_me = ? AND c.last_time > coalesce(k.done_up_to, 0)"
                           " AND lower(c.type) != 'sponsored'"
                           " AND EXISTS (SELECT 1 FROM memberships m WHERE m.conversation = c.id)"
                           " ORDER BY c.last_time DESC, c.id"));
    query.addBindValue(onMe ? 0 : 1);
    if (!query.exec()) {
        m_database->noteReadFailure(query.lastError());
        return {};
    }
    return keysFrom(query);
}

QHash<qint64, ConversationRecord> ConversationStore::records(const QList<qint64> &keys) const
{
    QHash<qint64, ConversationRecord> records;
    if (keys.isEmpty())
        return records;
    records.reserve(keys.size());
    m_database->selectByKeys(ShownByKeys, keys, [&records](const QSqlQuery &query) {
        ConversationRecord record = recordFrom(query);
        records.insert(record.key, std::move(record));
    });
    return records;
}

std::optional<ConversationRecord> ConversationStore::record(const QString &conversationId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT ") + ShownColumns
                  + QStringLiteral(" FROM conversations c LEFT JOIN marks k"
                                   " ON k.conversation = c.id WHERE c.conversation_id = ?"));
    query.addBindValue(conversationId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return recordFrom(query);
}

QHash<qint64, QList<InboxCategory>> ConversationStore::categoriesOf(const QList<qint64> &keys) const
{
    // The categories' keys, not an IN list: an export may name more conversations than
    // SQLite takes parameters.
    QHash<qint64, QList<InboxCategory>> categories;
    const QSet<qint64> wanted(keys.cbegin(), keys.cend());
    for (const InboxCategory category : InboxCategories::all()) {
        const QList<ConversationKey> members = this->keys(category);
        for (const ConversationKey &member : members) {
            if (wanted.contains(member.key))
                categories[member.key].append(category);
        }
    }
    return categories;
}

int ConversationStore::unreadCount(InboxCategory category) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(
            QStringLiteral("SELECT count(*) FROM memberships m JOIN conversations c"
                           " ON c.id = m.conversation WHERE m.category = ? AND c.unread > 0"));
    query.addBindValue(categoryName(category));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

int ConversationStore::count(InboxCategory category) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM memberships WHERE category = ?"));
    query.addBindValue(categoryName(category));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

CategoryChain ConversationStore::chain(InboxCategory category) const
{
    CategoryChain chain;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
            "SELECT next_cursor, at_end, synced_at, gap_cursor FROM chains WHERE category = ?"));
    query.addBindValue(categoryName(category));
    if (query.exec() && query.next()) {
        chain.nextCursor = query.value(0).toString();
        chain.atEnd = query.value(1).toBool();
        if (const qint64 ms = query.value(2).toLongLong(); ms > 0)
            chain.syncedAt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        chain.gapCursor = query.value(3).toString();
    }
    return chain;
}

bool ConversationStore::setChain(InboxCategory category, const CategoryChain &chain)
{
    return m_database->write([&](QSqlDatabase &db) -> QSqlError {
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO chains (category, next_cursor, at_end, synced_at,"
                " gap_cursor) VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(categoryName(category));
        query.addBindValue(notNull(chain.nextCursor));
        query.addBindValue(chain.atEnd);
        query.addBindValue(msOf(chain.syncedAt));
        query.addBindValue(notNull(chain.gapCursor));
        return query.exec() ? QSqlError() : query.lastError();
    });
}

QString ConversationStore::meta(const QString &key) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool ConversationStore::setMeta(const QString &key, const QString &value)
{
    return m_database->write([&](QSqlDatabase &db) -> QSqlError {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
        query.addBindValue(key);
        query.addBindValue(notNull(value));
        return query.exec() ? QSqlError() : query.lastError();
    });
}
