#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

// The SQL of a search for folded words (SearchFold), every word wanted, each as a
// substring: never a syntax of its own, whatever the user typed.
namespace SearchSql {

// A condition on a table's folded text, with the values to bind in order.
struct Condition
{
    QString sql;
    QVariantList values;
};

// "text LIKE ? AND …": every word somewhere in the column. Exact, and a scan.
Condition allWordsLike(const QString &textColumn, const QStringList &words);

// The trigram index's query for words: every trigram of every word, all wanted; empty
// when no word has three characters (the index cannot answer those).
QString trigramQuery(const QStringList &words);

// The same rows (the same test), narrowed first by the rows of the conversations'
// trigram index that hold every trigram of trigrams (trigramQuery()). The trigram
// tokenizer cuts text into every three characters, punctuation, CJK and emoji
// included, so no match is lost; words under three characters have no trigram and are
// only tested. Without trigrams, the scan.
Condition ownTextMatches(const QString &idColumn, const QString &textColumn,
                         const QStringList &words, const QString &trigrams);

// An FTS5 query of word prefixes ("word"*, all of them) for the messages' index.
QString prefixQuery(const QStringList &words);

constexpr int TrigramLength = 3;
// Trigrams of a word asked of the index, at most.
constexpr int MaxTrigrams = 8;
// And of a whole query (the rest of a long query is only tested).
constexpr int MaxQueryTrigrams = 32;
// Words longer than this (UTF-16 units) are tested with instr(), not LIKE.
constexpr int LongWord = 1000;

} // namespace SearchSql
