// The list's search in the store: every word of a query in a conversation's own folded
// text, through the trigram index where SQLite has one, with the same results as the
// plain scan, whatever the user types.

#include "store/conversationsearch.h"
#include "store/searchsql.h"
#include "support/storefixture.h"
#include "text/searchfold.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Conversation conversation(const QString &id, const QString &name, const QString &headline,
                          const QString &text, int minutesAgo = 0)
{
    Conversation c;
    c.id = id;
    c.participant.name = name;
    c.participant.headline = headline;
    c.participant.profileUrl = u"https://www.linkedin.com/in/"_s + id;
    c.lastMessage.text = text;
    c.lastMessage.time =
            QDateTime::fromMSecsSinceEpoch(1700000000000 - minutesAgo * 60000LL, Qt::UTC);
    c.lastMessage.sender = c.participant;
    c.type = u"normal"_s;
    return c;
}

QList<Conversation> sample()
{
    return {
            conversation(u"john"_s, u"John O'Brien"_s, u"Head of Sales"_s, u"Thanks!"_s, 1),
            conversation(u"amelie"_s, u"Amélie Dupont"_s, u"Ingénieure"_s, u"À bientôt"_s, 2),
            conversation(u"tokyo"_s, u"田中太郎"_s, u"東京タワー営業部"_s,
                         u"よろしくお願いします"_s, 3),
            conversation(u"emoji"_s, u"Party Planner"_s, u"launch🚀day"_s, u"🎉🎉 see you"_s, 4),
            conversation(u"cpp"_s, u"Dev Person"_s, u"C++ developer, 100% remote"_s,
                         u"snake_case and \"quotes\" AND NEAR(x) -minus col:on a*b"_s, 5),
            conversation(u"joanna"_s, u"Joanna Smith"_s, u"Recruiter"_s, u"Let's talk"_s, 6),
    };
}

} // namespace

class TestConversationSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<ConversationSearch> m_search;

    qint64 keyOf(const QString &id) const { return m_store->conversations.record(id)->key; }

    QSet<qint64> keysOf(const QStringList &ids) const
    {
        QSet<qint64> keys;
        for (const QString &id : ids)
            keys.insert(keyOf(id));
        return keys;
    }

    QSet<qint64> found(const QString &query) const
    {
        const QList<qint64> keys = m_search->matchingConversations(SearchFold::words(query));
        if (!std::is_sorted(keys.cbegin(), keys.cend()))
            return {-2}; // the filter's binary search wants them in order
        return {keys.cbegin(), keys.cend()};
    }

    // The plain scan's answer: every word as a substring of the folded text.
    QSet<qint64> scanned(const QString &query) const
    {
        const SearchSql::Condition scan =
                SearchSql::allWordsLike(u"search_text"_s, SearchFold::words(query));
        QSqlQuery sql(m_store->database.connection());
        sql.prepare(u"SELECT id FROM conversations WHERE "_s + scan.sql);
        for (const QVariant &value : scan.values)
            sql.addBindValue(value);
        QSet<qint64> keys;
        if (!sql.exec())
            return {-1};
        while (sql.next())
            keys.insert(sql.value(0).toLongLong());
        return keys;
    }

    // The rows the index itself holds a trigram for.
    QSet<qint64> indexedWith(const QString &trigram) const
    {
        QSqlQuery sql(m_store->database.connection());
        sql.prepare(u"SELECT rowid FROM conversation_search WHERE conversation_search MATCH ?"_s);
        sql.addBindValue(QString(u'"' + trigram + u'"'));
        QSet<qint64> keys;
        if (sql.exec()) {
            while (sql.next())
                keys.insert(sql.value(0).toLongLong());
        }
        return keys;
    }

private slots:
    void init()
    {
        // A failed query is logged as such: no query here may fail.
        QTest::failOnWarning(QRegularExpression(u"read failed|write failed"_s));
        m_store = std::make_unique<StoreFixture>();
        QVERIFY(m_store->open());
        m_search = std::make_unique<ConversationSearch>(&m_store->database);
        QVERIFY(m_store->conversations.writePage(InboxCategory::Inbox, sample()));
    }

    void theIndexIsThere()
    {
        // Debian 12's SQLite (3.40) has FTS5 and its trigrams; without them the scan.
        QVERIFY(m_store->database.hasConversationIndex());
        QCOMPARE(indexedWith(u"bri"_s), keysOf({u"john"_s}));
    }

    void theLastWordIsFoundAsItIsTyped()
    {
        QCOMPARE(found(u"j"_s), keysOf({u"john"_s, u"joanna"_s}));
        QCOMPARE(found(u"jo"_s), keysOf({u"john"_s, u"joanna"_s}));
        QCOMPARE(found(u"joh"_s), keysOf({u"john"_s}));
        QCOMPARE(found(u"john o'br"_s), keysOf({u"john"_s}));
        // The middle of a word too, as the scan finds it.
        QCOMPARE(found(u"ohn"_s), keysOf({u"john"_s}));
        QCOMPARE(found(u"anna"_s), keysOf({u"joanna"_s}));
    }

    void caseAndAccentsAreFolded()
    {
        for (const QString &query : {u"amelie"_s, u"AMÉLIE"_s, u"Amelie dupont"_s, u"ingenieure"_s,
                                     u"a bientot"_s, u"ÀMÉ"_s})
            QCOMPARE(found(query), keysOf({u"amelie"_s}));
    }

    void everyWordIsWanted()
    {
        QCOMPARE(found(u"john sales"_s), keysOf({u"john"_s}));
        QCOMPARE(found(u"sales john"_s), keysOf({u"john"_s}));
        QCOMPARE(found(u"john recruiter"_s), QSet<qint64>());
        QCOMPARE(found(u"jo recruiter"_s), keysOf({u"joanna"_s}));
        QCOMPARE(found(u"jo zzz"_s), QSet<qint64>());
    }

    void textWithoutSpacesPunctuationAndEmoji()
    {
        QCOMPARE(found(u"o'brien"_s), keysOf({u"john"_s}));
        QCOMPARE(found(u"'b"_s), keysOf({u"john"_s}));
        QCOMPARE(found(u"c++"_s), keysOf({u"cpp"_s}));
        QCOMPARE(found(u"タワー"_s), keysOf({u"tokyo"_s}));
        QCOMPARE(found(u"京タ"_s), keysOf({u"tokyo"_s}));
        QCOMPARE(found(u"太"_s), keysOf({u"tokyo"_s}));
        QCOMPARE(found(u"お願いします"_s), keysOf({u"tokyo"_s}));
        QCOMPARE(found(u"h🚀d"_s), keysOf({u"emoji"_s}));
        QCOMPARE(found(u"🚀"_s), keysOf({u"emoji"_s}));
        QCOMPARE(found(u"🎉🎉 see"_s), keysOf({u"emoji"_s}));
        QCOMPARE(found(u"🎉🚀"_s), QSet<qint64>());
    }

    void theSameAsTheScan_data()
    {
        QTest::addColumn<QString>("query");
        for (const QString &query : {u"j"_s,
                                     u"jo"_s,
                                     u"ohn"_s,
                                     u"john o"_s,
                                     u"o'brien"_s,
                                     u"brien o'"_s,
                                     u"ame"_s,
                                     u"a"_s,
                                     u"e s"_s,
                                     u"東京"_s,
                                     u"東京タワー営業部"_s,
                                     u"🎉"_s,
                                     u"🎉🎉 "_s,
                                     u"launch🚀day"_s,
                                     u"aaaa"_s,
                                     u"nnan"_s,
                                     u"snake_case"_s,
                                     u"100%"_s,
                                     u"%"_s,
                                     u"_"_s,
                                     u"!"_s,
                                     u"\\"_s,
                                     u"a*b"_s,
                                     u"col:on"_s})
            QTest::newRow(qPrintable(query)) << query;
    }

    void theSameAsTheScan()
    {
        QFETCH(QString, query);
        QCOMPARE(found(query), scanned(query));
    }

    // What FTS5 would read as its own syntax is plain text, and never an error.
    void hostileQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("matchesCpp");
        QTest::newRow("quote") << u"\""_s << true;
        QTest::newRow("quoted word") << u"\"quotes\""_s << true;
        QTest::newRow("unbalanced") << u"\"quo"_s << true;
        QTest::newRow("three quotes") << u"\"\"\""_s << false;
        QTest::newRow("star") << u"*"_s << true;
        QTest::newRow("prefix star") << u"a*b"_s << true;
        QTest::newRow("AND") << u"AND"_s << true; // "and" of "snake_case and"
        QTest::newRow("and between") << u"snake AND quotes"_s << true;
        QTest::newRow("OR") << u"john OR cpp"_s << false;
        QTest::newRow("NOT") << u"NOT john"_s << false;
        QTest::newRow("NEAR(") << u"NEAR("_s << true;
        QTest::newRow("NEAR(x)") << u"near(x)"_s << true;
        QTest::newRow("minus") << u"-minus"_s << true;
        QTest::newRow("column") << u"col:on"_s << true;
        QTest::newRow("column of the index") << u"search_text:dev"_s << false;
        QTest::newRow("caret") << u"^dev"_s << false;
        QTest::newRow("braces") << u"{search_text} : dev"_s << false;
        QTest::newRow("percent") << u"100%"_s << true;
        QTest::newRow("underscore") << u"e_c"_s << true;
        QTest::newRow("sql") << u"'); DROP TABLE conversations; --"_s << false;
    }

    void hostileQueries()
    {
        QFETCH(QString, query);
        QFETCH(bool, matchesCpp);
        const QSet<qint64> keys = found(query);
        QCOMPARE(keys, scanned(query));
        QCOMPARE(keys.contains(keyOf(u"cpp"_s)), matchesCpp);
        QCOMPARE(m_search->storedConversations(), sample().size());
    }

    void aVeryLongQuery()
    {
        QCOMPARE(found(QString(10000, u'a')), QSet<qint64>());
        QCOMPARE(found(QString(10000, u'a') + u" john"_s), QSet<qint64>());
        QString emoji;
        for (int i = 0; i < 10000; ++i)
            emoji += u"🎉"_s;
        QCOMPARE(found(emoji), QSet<qint64>()); // 40 000 bytes of UTF-8: past what LIKE takes

        // A last message that long is found by a query as long as it.
        const QString longText = u"lorem ipsum "_s.repeated(1000);
        QVERIFY(m_store->conversations.writePage(
                InboxCategory::Inbox,
                {conversation(u"long"_s, u"Long Writer"_s, {}, longText, 7)}));
        const QString query = longText.mid(6, 10000).remove(u' ');
        QCOMPARE(found(longText.mid(6, 10000)), keysOf({u"long"_s}));
        QCOMPARE(found(query), QSet<qint64>()); // the words glued together are not in it
    }

    void anEmptyQueryFindsNothing()
    {
        QCOMPARE(found({}), QSet<qint64>());
        QCOMPARE(found(u"   \t "_s), QSet<qint64>());
        QVERIFY(m_search->matchingConversations({}).isEmpty());
    }

    void theIndexFollowsEveryWrite()
    {
        // Inserted: in the index at once.
        QVERIFY(m_store->conversations.writePage(
                InboxCategory::Inbox,
                {conversation(u"new"_s, u"Zora Quinn"_s, {}, u"first words"_s, 0)}));
        QCOMPARE(found(u"zora"_s), keysOf({u"new"_s}));
        QCOMPARE(indexedWith(u"zor"_s), keysOf({u"new"_s}));
        // Updated: the new text in, the old text out of the index, not just filtered.
        QVERIFY(m_store->conversations.writePage(
                InboxCategory::Inbox,
                {conversation(u"new"_s, u"Zora Quinn"_s, {}, u"xylophone later"_s, -1)}));
        QCOMPARE(found(u"xylophone"_s), keysOf({u"new"_s}));
        QCOMPARE(found(u"first words"_s), QSet<qint64>());
        QCOMPARE(indexedWith(u"fir"_s), QSet<qint64>());
        QCOMPARE(indexedWith(u"xyl"_s), keysOf({u"new"_s}));
        // Deleted (a store's rows go by SQL alone): out of the index too.
        const qint64 key = keyOf(u"new"_s);
        QSqlQuery sql(m_store->database.connection());
        QVERIFY(sql.exec(u"DELETE FROM conversations WHERE id = %1"_s.arg(key)));
        QCOMPARE(found(u"zora"_s), QSet<qint64>());
        QCOMPARE(indexedWith(u"zor"_s), QSet<qint64>());
        QVERIFY(sql.exec(u"INSERT INTO conversation_search(conversation_search)"
                         " VALUES ('integrity-check')"_s));
    }

    void onlyWhatTheIndexNarrowsAnswersAtOnce()
    {
        const auto words = [](const QString &query) { return SearchFold::words(query); };
        // A small store is read through at once, whatever the words.
        QVERIFY(m_search->answersAtOnce(words(u"jo"_s), false));
        QVERIFY(m_search->answersAtOnce(words(u"o"_s), true));

        QVERIFY(m_store->conversations.writePage(
                InboxCategory::Inbox,
                {conversation(u"ann"_s, u"Ann Partner"_s, {}, {}, 7),
                 conversation(u"bob"_s, u"Bob Partner"_s, {}, {}, 8)}));
        m_search->setAtOnceLimits(3, 2); // as if the store were too large to read through
        // No word of three characters: only reading every conversation can answer.
        QVERIFY(!m_search->answersAtOnce(words(u"jo"_s), false));
        QVERIFY(!m_search->answersAtOnce(words(u"jo 🎉"_s), true));
        // The index narrows to one row.
        QVERIFY(m_search->answersAtOnce(words(u"joanna"_s), false));
        QVERIFY(m_search->answersAtOnce(words(u"jo joanna"_s), false));
        // To two, too many for the list; everything stops at its newest hits.
        QVERIFY(!m_search->answersAtOnce(words(u"partner"_s), false));
        QVERIFY(m_search->answersAtOnce(words(u"partner"_s), true));
        QVERIFY(m_search->answersAtOnce(words(u"ann partner"_s), false));
        // Whatever it says, the results are the same.
        QCOMPARE(found(u"partner"_s), keysOf({u"ann"_s, u"bob"_s}));
    }

    void everythingGivesTheNewestHitsFirst()
    {
        // More matches than can be shown, written in no order of time: the newest
        // MaxHits, newest first, whether the index or the scan finds them.
        QList<Conversation> many;
        const int count = ConversationSearch::MaxHits + 40;
        for (int i = 0; i < count; ++i) {
            const int minutesAgo = (i * 7919) % count + 10; // each once, shuffled
            many.append(
                    conversation(u"many%1"_s.arg(i), u"Zqoffer %1"_s.arg(i), {}, {}, minutesAgo));
        }
        QVERIFY(m_store->conversations.writePage(InboxCategory::Inbox, many));
        for (const QString &query : {u"zqoffer"_s, u"zq"_s}) {
            const QList<SearchHit> hits = m_search->searchEverything(SearchFold::words(query));
            QCOMPARE(hits.size(), ConversationSearch::MaxHits);
            for (qsizetype i = 1; i < hits.size(); ++i)
                QVERIFY(comesBefore(hits.at(i - 1).key, hits.at(i).key));
            // The oldest 40 are left out: 10 + 500 minutes ago and before.
            const qint64 oldestShown =
                    1700000000000 - (10 + ConversationSearch::MaxHits - 1) * 60000LL;
            QCOMPARE(hits.constLast().key.time, oldestShown);
        }
    }

    void signingOutLeavesNothingToFind()
    {
        const QString path = m_store->path();
        m_search.reset();
        m_store->database.close();
        QVERIFY(StoreDatabase::removeFiles(path));
        StoreDatabase again;
        QVERIFY(again.open(path));
        ConversationSearch search(&again);
        QVERIFY(search.matchingConversations(SearchFold::words(u"john"_s)).isEmpty());
        QCOMPARE(search.storedConversations(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConversationSearch)
#include "tst_conversationsearch.moc"
