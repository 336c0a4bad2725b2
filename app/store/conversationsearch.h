#pragma once

#include "conversationstore.h"

#include <QSet>
#include <QStringList>

class StoreDatabase;
namespace SearchSql {
struct Condition;
}

// A conversation found by a search over everything stored.
struct SearchHit
{
    ConversationKey key;
    // Words around the match when it was in a message of the thread (plain text, cut
    // at words); empty when it was in the conversation's name, headline or last message.
    QString snippet;
};

// Searching what the store holds, at no cost: words are folded (SearchFold) and each
// must be found. The conversations' own text (name, headline, last message) is matched
// as substrings, through its trigram index where SQLite has one (SearchSql says when it
// cannot answer alone); stored thread messages through the full-text index where SQLite
// has FTS5 (word prefixes), else by plain matching.
class ConversationSearch
{
public:
    static constexpr int MaxHits = 500;
    // Below this many rows from the index, it is asked even when they are most of a store.
    static constexpr int MinBroad = 1000;
    // Past this many rows from the index, the newest hits are found sooner by the scan.
    static constexpr int NewestBroad = 3000;
    // A store this small is read through within a keystroke's frame (about 10 ms here).
    static constexpr int ScanAtOnce = 20000;
    // And this many rows the index gives are tested within one.
    static constexpr int NarrowAtOnce = 3000;

    explicit ConversationSearch(StoreDatabase *database);

    // The keys of every conversation whose own text holds all the words, in key order.
    QList<qint64> matchingConversations(const QStringList &words) const;
    // Every stored conversation, in any category, that holds the words in its own text
    // or in one of its stored messages; newest first, at most MaxHits.
    QList<SearchHit> searchEverything(const QStringList &words) const;
    // How many conversations a search over everything looks through.
    int storedConversations() const;
    // Whether the search for words answers within a keystroke's frame: the store is
    // small enough to read through, or the index narrows it to a few thousand rows. A
    // search of everything stops at its newest MaxHits, so any word the index can use
    // is enough there. Else only reading every stored conversation can answer.
    bool answersAtOnce(const QStringList &words, bool everything) const;
    // What is read within a keystroke's frame (ScanAtOnce, NarrowAtOnce); tests ask less.
    void setAtOnceLimits(qint64 readThrough, qint64 narrowed);

    // Some words of text around the first one that holds a word (folded) of words.
    static QString snippetOf(const QString &text, const QStringList &words);

private:
    struct MessageHit
    {
        ConversationKey key;
        qint64 messageId = 0;
    };
    // Every match, or only the newest MaxHits (read in time order).
    enum class Reading { All, Newest };
    SearchSql::Condition ownText(const QStringList &words, Reading reading) const;
    // The index would give so many rows that the scan is cheaper.
    bool isBroad(const QString &trigrams, Reading reading) const;
    // The index gives at least that many rows for trigrams (counted up to there only).
    bool indexGives(const QString &trigrams, qint64 rows) const;
    // About how many conversations are stored, at once (keys are never reused).
    qint64 largestKey() const;
    QList<MessageHit> messageHits(const QStringList &words) const;
    QHash<qint64, QString> messageTexts(const QList<qint64> &messageIds) const;

    StoreDatabase *m_database;
    qint64 m_readThrough = ScanAtOnce;
    qint64 m_narrowed = NarrowAtOnce;
};
