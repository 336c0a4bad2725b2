#include "conversationsearch.h"

#include "searchsql.h"
#include "storedatabase.h"
#include "text/displaytext.h"
#include "text/searchfold.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

constexpr int SnippetWordsAround = 6;

void bind(QSqlQuery &query, const SearchSql::Condition &condition)
{
    for (const QVariant &value : condition.values)
        query.addBindValue(value);
}

} // namespace

ConversationSearch::ConversationSearch(StoreDatabase *database)
    : m_database(database)
{
}

SearchSql::Condition ConversationSearch::ownText(const QStringList &words, Reading reading) const
{
    QString trigrams =
            m_database->hasConversationIndex() ? SearchSql::trigramQuery(words) : QString();
    if (!trigrams.isEmpty() && isBroad(trigrams, reading))
        trigrams.clear();
    return SearchSql::ownTextMatches(QStringLiteral("id"), QStringLiteral("search_text"), words,
                                     trigrams);
}

bool ConversationSearch::isBroad(const QString &trigrams, Reading reading) const
{
    // Each row the index gives is read by its key, then tested. Reading every row in
    // order (the scan) is cheaper past a quarter of the store (half the time at 100 000
    // with the words in every row); and for the newest hits, read in time order, as
    // soon as the words are in a few per cent of the rows: the scan stops after the
    // first MaxHits, where the index's rows are all read, then sorted.
    const qint64 rows =
            reading == Reading::Newest ? NewestBroad : qMax<qint64>(MinBroad, largestKey() / 4);
    return indexGives(trigrams, rows);
}

bool ConversationSearch::indexGives(const QString &trigrams, qint64 rows) const
{
    // Counting stops at rows, so asking costs little.
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM conversation_search"
                                 " WHERE conversation_search MATCH ? LIMIT ?)"));
    query.addBindValue(trigrams);
    query.addBindValue(rows);
    return query.exec() && query.next() && query.value(0).toLongLong() >= rows;
}

qint64 ConversationSearch::largestKey() const
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    return query.exec(QStringLiteral("SELECT max(id) FROM conversations")) && query.next()
            ? query.value(0).toLongLong()
            : 0;
}

bool ConversationSearch::answersAtOnce(const QStringList &words, bool everything) const
{
    if (largestKey() <= m_readThrough)
        return true;
    const QString trigrams =
            m_database->hasConversationIndex() ? SearchSql::trigramQuery(words) : QString();
    if (trigrams.isEmpty())
        return false;
    return everything || !indexGives(trigrams, m_narrowed);
}

void ConversationSearch::setAtOnceLimits(qint64 readThrough, qint64 narrowed)
{
    m_readThrough = readThrough;
    m_narrowed = narrowed;
}

QList<qint64> ConversationSearch::matchingConversations(const QStringList &words) const
{
    QList<qint64> keys;
    if (words.isEmpty())
        return keys;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    const SearchSql::Condition match = ownText(words, Reading::All);
    query.prepare(QStringLiteral("SELECT id FROM conversations WHERE ") + match.sql);
    bind(query, match);
    if (!query.exec()) {
        m_database->noteReadFailure(query.lastError());
        return keys;
    }
    while (query.next())
        keys.append(query.value(0).toLongLong());
    // A sorted list, not a set: 100 000 keys cost a hash node each, a keystroke at a time.
    std::sort(keys.begin(), keys.end());
    return keys;
}

QList<ConversationSearch::MessageHit>
ConversationSearch::messageHits(const QStringList &words) const
{
    QList<MessageHit> hits;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (m_database->hasMessageIndex()) {
        query.prepare(
                QStringLiteral(
                        "SELECT m.conversation, c.last_time, c.unread > 0, m.id, max(m.time)"
                        // SQLite would read each key's whole row, not the narrow index.
                        " FROM message_search s JOIN messages m INDEXED BY messages_owner"
                        " ON m.id = s.rowid JOIN conversations c INDEXED BY conversations_order"
                        " ON c.id = m.conversation WHERE message_search MATCH "
                        "?"
                        " GROUP BY m.conversation ORDER BY c.last_time DESC, m.conversation LIMIT ")
                + QString::number(MaxHits));
        query.addBindValue(SearchSql::prefixQuery(words));
    } else {
        const SearchSql::Condition match =
                SearchSql::allWordsLike(QStringLiteral("m.search_text"), words);
        query.prepare(
                QStringLiteral("SELECT m.conversation, c.last_time, c.unread > 0, m.id, max(m.time)"
                               " FROM messages m JOIN conversations c ON c.id = m.conversation"
                               " WHERE ")
                + match.sql
                + QStringLiteral(" GROUP BY m.conversation ORDER BY c.last_time DESC,"
                                 " m.conversation LIMIT ")
                + QString::number(MaxHits));
        bind(query, match);
    }
    if (!query.exec()) {
        m_database->noteReadFailure(query.lastError());
        return hits;
    }
    // One row a conversation: SQLite gives the bare m.id of the row max() picked, the
    // newest matching message. The newest conversations first, as many as can be shown.
    while (query.next())
        hits.append({{query.value(0).toLongLong(), query.value(1).toLongLong(),
                      query.value(2).toBool()},
                     query.value(3).toLongLong()});
    return hits;
}

QList<SearchHit> ConversationSearch::searchEverything(const QStringList &words) const
{
    if (words.isEmpty())
        return {};
    QHash<qint64, SearchHit> byKey;
    QHash<qint64, qint64> messageOf; // conversation key → its newest matching message
    for (const MessageHit &hit : messageHits(words)) {
        byKey.insert(hit.key.key, {hit.key, {}});
        messageOf.insert(hit.key.key, hit.messageId);
    }
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    const SearchSql::Condition match = ownText(words, Reading::Newest);
    // Only the newest MaxHits can be shown: read in time order (the time index), a word
    // in most rows stops after the first few hundred, not all of them.
    query.prepare(QStringLiteral("SELECT id, last_time, unread > 0 FROM conversations WHERE ")
                  + match.sql + QStringLiteral(" ORDER BY last_time DESC, id LIMIT ")
                  + QString::number(MaxHits));
    bind(query, match);
    if (query.exec()) {
        // A match in the conversation's own text shows as the row always does.
        while (query.next()) {
            const ConversationKey key{query.value(0).toLongLong(), query.value(1).toLongLong(),
                                      query.value(2).toBool()};
            byKey.insert(key.key, {key, {}});
            messageOf.remove(key.key);
        }
    } else {
        m_database->noteReadFailure(query.lastError());
    }
    QList<SearchHit> hits = byKey.values();
    std::sort(hits.begin(), hits.end(),
              [](const SearchHit &a, const SearchHit &b) { return comesBefore(a.key, b.key); });
    if (hits.size() > MaxHits)
        hits.resize(MaxHits);
    // Only the hits kept read their message's text, for the snippet.
    QList<qint64> messages;
    for (const SearchHit &hit : std::as_const(hits)) {
        if (const auto it = messageOf.constFind(hit.key.key); it != messageOf.cend())
            messages.append(*it);
    }
    const QHash<qint64, QString> texts = messageTexts(messages);
    for (SearchHit &hit : hits) {
        if (const auto it = messageOf.constFind(hit.key.key); it != messageOf.cend())
            hit.snippet = snippetOf(texts.value(*it), words);
    }
    return hits;
}

QHash<qint64, QString> ConversationSearch::messageTexts(const QList<qint64> &messageIds) const
{
    QHash<qint64, QString> texts;
    if (messageIds.isEmpty())
        return texts;
    m_database->selectByKeys(QStringLiteral("SELECT id, text FROM messages WHERE id IN "),
                             messageIds, [&texts](const QSqlQuery &query) {
                                 texts.insert(query.value(0).toLongLong(),
                                              query.value(1).toString());
                             });
    return texts;
}

int ConversationSearch::storedConversations() const
{
    QSqlQuery query(m_database->connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM conversations")) && query.next()
            ? query.value(0).toInt()
            : 0;
}

QString ConversationSearch::snippetOf(const QString &text, const QStringList &words)
{
    // Word by word, in the original text: what is shown is what was written.
    const QString flat = DisplayText::singleLine(text, 20000);
    const QStringList parts = flat.split(u' ', Qt::SkipEmptyParts);
    qsizetype at = -1;
    for (qsizetype i = 0; i < parts.size() && at < 0; ++i) {
        const QString folded = SearchFold::fold(parts.at(i));
        for (const QString &word : words) {
            if (folded.contains(word)) {
                at = i;
                break;
            }
        }
    }
    if (at < 0)
        return DisplayText::singleLine(flat, 120);
    const qsizetype first = qMax<qsizetype>(0, at - SnippetWordsAround);
    const qsizetype last = qMin(parts.size() - 1, at + SnippetWordsAround);
    QString snippet = parts.mid(first, last - first + 1).join(u' ');
    if (first > 0)
        snippet.prepend(QChar(0x2026) + QStringLiteral(" "));
    if (last < parts.size() - 1)
        snippet.append(QStringLiteral(" ") + QChar(0x2026));
    return snippet;
}
