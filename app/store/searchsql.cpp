#include "searchsql.h"

namespace SearchSql {

namespace {

// The escape character is '!', so no word can make a LIKE pattern of its own.
QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'!', QStringLiteral("!!"));
    escaped.replace(u'%', QStringLiteral("!%"));
    escaped.replace(u'_', QStringLiteral("!_"));
    return u'%' + escaped + u'%';
}

// Inside FTS5's double quotes everything is a plain string: AND, NEAR(, *, -, :.
QString quoted(QString word)
{
    word.replace(u'"', QStringLiteral("\"\""));
    return u'"' + word + u'"';
}

// The distinct trigrams of a word (code points, as the tokenizer counts them), at most
// MaxTrigrams spread over it: enough to narrow, few enough to stay cheap.
QStringList trigramsOf(const QString &word)
{
    const QList<uint> ucs4 = word.toUcs4();
    const auto *points = reinterpret_cast<const char32_t *>(ucs4.constData());
    QStringList all;
    for (qsizetype i = 0; i + TrigramLength <= ucs4.size(); ++i) {
        const QString trigram = QString::fromUcs4(points + i, TrigramLength);
        if (!all.contains(trigram))
            all.append(trigram);
        if (all.size() > 4 * MaxTrigrams)
            break; // a very long word: its start narrows enough
    }
    if (all.size() <= MaxTrigrams)
        return all;
    QStringList spread;
    for (int i = 0; i < MaxTrigrams; ++i)
        spread.append(all.at(i * (all.size() - 1) / (MaxTrigrams - 1)));
    return spread;
}

// Words another word holds add nothing ("every word"): "jo john" is "john".
QStringList withoutContained(const QStringList &words)
{
    QStringList kept;
    for (qsizetype i = 0; i < words.size(); ++i) {
        bool contained = false;
        for (qsizetype j = 0; j < words.size() && !contained; ++j) {
            contained = j != i && words.at(j).contains(words.at(i))
                    && (words.at(j) != words.at(i) || j < i);
        }
        if (!contained)
            kept.append(words.at(i));
    }
    return kept;
}

// "(a AND b) AND (c AND d)": balanced, as SQLite allows an expression only 1 000 deep.
QString allOf(const QStringList &parts, qsizetype from, qsizetype count)
{
    if (count == 1)
        return parts.at(from);
    const qsizetype half = count / 2;
    return u'(' + allOf(parts, from, half) + QStringLiteral(" AND ")
            + allOf(parts, from + half, count - half) + u')';
}

} // namespace

Condition allWordsLike(const QString &textColumn, const QStringList &words)
{
    Condition condition;
    QStringList parts;
    for (const QString &word : withoutContained(words)) {
        if (word.size() > LongWord) {
            // LIKE refuses patterns over 50 000 bytes; instr() is the same test here
            // (both sides folded) without a limit.
            parts.append(QStringLiteral("instr(") + textColumn + QStringLiteral(", ?) > 0"));
            condition.values.append(word);
        } else {
            parts.append(textColumn + QStringLiteral(" LIKE ? ESCAPE '!'"));
            condition.values.append(likePattern(word));
        }
    }
    condition.sql = parts.isEmpty() ? QStringLiteral("0") : allOf(parts, 0, parts.size());
    return condition;
}

QString trigramQuery(const QStringList &words)
{
    QStringList trigrams;
    for (const QString &word : withoutContained(words)) {
        for (const QString &trigram : trigramsOf(word)) {
            if (trigrams.size() < MaxQueryTrigrams)
                trigrams.append(quoted(trigram));
        }
    }
    return trigrams.join(QStringLiteral(" AND "));
}

Condition ownTextMatches(const QString &idColumn, const QString &textColumn,
                         const QStringList &words, const QString &trigrams)
{
    Condition exact = allWordsLike(textColumn, words);
    if (trigrams.isEmpty())
        return exact;
    // Every trigram of a word is in a text that holds the word, so the index never
    // leaves a match out; the exact test then drops the rows whose trigrams are all
    // there but not in the word's order.
    Condition condition;
    condition.sql = idColumn
            + QStringLiteral(" IN (SELECT rowid FROM conversation_search"
                             " WHERE conversation_search MATCH ?) AND ")
            + exact.sql;
    condition.values.append(trigrams);
    condition.values += exact.values;
    return condition;
}

QString prefixQuery(const QStringList &words)
{
    QStringList terms;
    for (const QString &word : words)
        terms.append(quoted(word) + u'*');
    return terms.join(QStringLiteral(" AND "));
}

} // namespace SearchSql
