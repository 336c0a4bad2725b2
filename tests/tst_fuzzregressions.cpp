// What the fuzzers check, kept in the normal suite: every input they ever found
// (tests/data/fuzz/<target>/), their seed corpus (fuzz/corpus/<target>/) and hand-made
// hostile replies go through the fuzz targets' own code and invariants
// (fuzz/fuzzchecks.h), so a reply that once broke the reply code stays fixed.

#include "fuzzchecks.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

struct Target
{
    const char *name; // the fuzzer's name, and its folder under tests/data/fuzz and fuzz/corpus
    QString (*check)(const QByteArray &input);
};

const Target Targets[] = {
        {"fuzz_classify", &FuzzChecks::classify},
        {"fuzz_inbox_page", &FuzzChecks::inboxPage},
        {"fuzz_conversation_page", &FuzzChecks::conversationPage},
        {"fuzz_auth", &FuzzChecks::auth},
};

QString regressionsDir()
{
    return QStringLiteral(LINKUP_FUZZ_REGRESSIONS_DIR);
}

QString corpusDir()
{
    return QStringLiteral(LINKUP_FUZZ_CORPUS_DIR);
}

QFileInfoList filesIn(const QString &dir)
{
    return QDir(dir).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
}

QByteArray repeated(const QByteArray &piece, int times)
{
    return piece.repeated(times);
}

// One reply with `v` (raw JSON) in every field any parser reads, and entries whose id is
// valid so that the other fields are read too.
QByteArray everyField(const QByteArray &v)
{
    const QByteArray person = R"({"name":)" + v + R"(,"headline":)" + v + R"(,"profile_url":)" + v
            + R"(,"profile_picture":)" + v + "}";
    const QByteArray conversation = R"(,"participant":)" + person + R"(,"last_message":{"text":)"
            + v + R"(,"time":)" + v + R"(,"sender":)" + person + R"(},"unread":)" + v
            + R"(,"type":)" + v + "}";
    const QByteArray message = R"(,"text":)" + v + R"(,"timestamp":)" + v + R"(,"sender":)" + v
            + R"(,"sender_info":{"first_name":)" + v + R"(,"last_name":)" + v
            + R"(},"message_type":)" + v + "}";
    return R"({"status":"success","message":)" + v + R"(,"login_token":)" + v + R"(,"email":)" + v
            + R"(,"data":{"next_cursor":)" + v + R"(,"login_token":)" + v + R"(,"email":)" + v
            + R"(,"total_results":)" + v + R"(,"conversations":[{"conversation_id":)" + v
            + conversation + R"(,{"conversation_id":"c1")" + conversation
            + R"(],"messages":[{"entity_urn":)" + v + message + R"(,{"entity_urn":"m1")" + message
            + "]}}";
}

// An error reply with `v` in every place the server text is looked for.
QByteArray errorWith(const QByteArray &v)
{
    return R"({"status":"error","message":)" + v + R"(,"data":)" + v + R"(,"error":)" + v + "}";
}

QByteArray pageOf(const char *list, const QByteArray &entries)
{
    return R"({"status":"success","data":{")" + QByteArray(list) + R"(":[)" + entries
            + R"(],"next_cursor":"n"}})";
}

// A reply with `v` (raw JSON) in a few fields of each kind: for values too long to put in
// every field (the body would be far past the 4 MB cap ApiCall enforces).
QByteArray fewFields(const QByteArray &v)
{
    return R"({"status":"success","message":)" + v + R"(,"login_token":)" + v
            + R"(,"data":{"next_cursor":)" + v
            + R"(,"conversations":[{"conversation_id":"c","participant":{"name":)" + v
            + R"(,"profile_url":)" + v + R"(},"last_message":{"text":)" + v
            + R"(}}],"messages":[{"entity_urn":"m","text":)" + v + "}]}}";
}

QByteArray quoted(const QByteArray &text)
{
    return '"' + text + '"';
}

// Hostile values: NaN-like and huge numbers, lone surrogates, NUL, odd types.
QList<QPair<QByteArray, QByteArray>> nastyValues()
{
    return {
            {"lone high surrogate", R"("\ud800")"},
            {"lone low surrogate", R"("\udc00")"},
            {"high surrogate at the end", R"("abc\ud83d")"},
            {"two high surrogates", R"("\ud800\ud800")"},
            {"reversed pair", R"("\ude00\ud83d")"},
            {"NUL", R"("\u0000")"},
            {"NUL inside", R"("a\u0000b")"},
            {"NaN string", R"("NaN")"},
            {"nan string", R"("nan")"},
            {"Infinity string", R"("Infinity")"},
            {"-inf string", R"("-inf")"},
            {"1e400 string", R"("1e400")"},
            {"spaced number string", R"(" 1748629426457 ")"},
            {"hex string", R"("0x1F")"},
            {"1e308", "1e308"},
            {"-1e308", "-1e308"},
            {"1e309", "1e309"},
            {"denormal", "4.9e-324"},
            {"minus zero", "-0"},
            {"half", "0.5"},
            {"30 digits", "123456789012345678901234567890"},
            {"int64 max + 1", "9223372036854775808"},
            {"null", "null"},
            {"true", "true"},
            {"empty array", "[]"},
            {"empty object", "{}"},
            {"2049 x", quoted(QByteArray(2049, 'x'))},
            {"url over the limit by one",
             quoted("https://a.example/" + QByteArray(2048 - 18 + 1, 'b'))},
            {"url of 2048 non-ASCII", quoted("https://a.example/" + repeated("\xC3\xA9", 2030))},
            {"url of 2048 percent escapes", quoted("https://a.example/" + repeated("%41", 676))},
    };
}

// 200 000 characters each.
QList<QPair<QByteArray, QByteArray>> longValues()
{
    return {
            {"200000 x", quoted(QByteArray(200000, 'x'))},
            {"200000 escaped NUL", quoted(repeated("\\u0000", 200000))},
            {"100000 emoji pairs", quoted(repeated("\xF0\x9F\x98\x80", 100000))},
            {"100000 escaped pairs", quoted(repeated("\\ud83d\\ude00", 100000))},
            {"200000 lone surrogates", quoted(repeated("\\ud800", 200000))},
            {"200000 bidi overrides", quoted(repeated("\\u202e", 200000))},
            {"200000 quotes", quoted(repeated("\\\"", 200000))},
            {"url of 200000", quoted("https://www.linkedin.com/in/" + QByteArray(200000, 'a'))},
    };
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void everyTargetHasSeeds();
    void files_data();
    void files();
    void nasty_data();
    void nasty();
    void statusesAndHeaders_data();
    void statusesAndHeaders();
};

// A wrong path would pass every test below with no rows at all.
void TestFuzzRegressions::everyTargetHasSeeds()
{
    QVERIFY2(QDir(regressionsDir()).exists(), qPrintable(regressionsDir()));
    for (const Target &target : Targets) {
        const QString dir = corpusDir() + u'/' + QLatin1String(target.name);
        QVERIFY2(filesIn(dir).size() >= 10, qPrintable(dir));
    }
}

void TestFuzzRegressions::files_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path");
    for (int t = 0; t < int(std::size(Targets)); ++t) {
        const QString name = QLatin1String(Targets[t].name);
        for (const auto &[kind, dir] :
             {std::pair(u"found"_s, regressionsDir()), std::pair(u"seed"_s, corpusDir())}) {
            for (const QFileInfo &file : filesIn(dir + u'/' + name)) {
                QTest::addRow("%s %s %s", Targets[t].name, qPrintable(kind),
                              qPrintable(file.fileName()))
                        << t << file.filePath();
            }
        }
    }
}

void TestFuzzRegressions::files()
{
    QFETCH(int, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QString violation = Targets[target].check(file.readAll());
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

// How a nasty body is fed to the targets: one row per way, sharing the body.
enum class Feed {
    Classify200,
    Classify429,
    Classify503,
    InboxPage,
    ConversationPage,
    Auth200,
    Auth401
};

void TestFuzzRegressions::nasty_data()
{
    QTest::addColumn<int>("feed");
    QTest::addColumn<QByteArray>("body");

    QList<QPair<QByteArray, QByteArray>> bodies;
    const auto add = [&bodies](const QByteArray &name, const QByteArray &body) {
        bodies.append({name, body});
    };
    for (const auto &[name, value] : nastyValues()) {
        add("every field " + name, everyField(value));
        add("error text " + name, errorWith(value));
    }
    for (const auto &[name, value] : longValues()) {
        add("some fields " + name, fewFields(value));
        add("error text " + name, errorWith(value));
    }
    // Deeper than Qt's JSON parser goes (it stops at 1024 levels).
    add("10000 nested arrays", repeated("[", 10000) + repeated("]", 10000));
    bodies.append(
            {"10000 nested objects", repeated(R"({"a":)", 10000) + "1" + repeated("}", 10000)});
    add("10000 nested in data",
        R"({"status":"success","data":{"conversations":[)" + repeated("[", 10000)
                + repeated("]", 10000) + "]}}");
    add("1000 nested in an entry",
        pageOf("conversations",
               R"({"conversation_id":"c","participant":)" + repeated("[", 1000)
                       + repeated("]", 1000) + "}"));
    add("unclosed nesting", R"({"status":"success","data":)" + repeated("[", 10000));
    // Huge arrays: only what was asked for is read.
    add("100000 empty entries", pageOf("conversations", repeated("{},", 99999) + "{}"));
    add("100000 null entries", pageOf("messages", repeated("null,", 99999) + "null"));
    add("20000 conversations",
        pageOf("conversations",
               repeated(R"({"conversation_id":"c","last_message":{"time":1}},)", 19999)
                       + R"({"conversation_id":"c"})"));
    bodies.append({"20000 messages",
                   pageOf("messages",
                          repeated(R"({"entity_urn":"m","timestamp":1748629426457},)", 19999)
                                  + R"({"text":"t"})")});
    add("50000 keys", "{" + repeated(R"("k":1,)", 50000) + R"("status":"success"})");
    add("duplicate status keys", R"({"status":"error","status":"success","data":{}})");
    add("raw NUL byte in a string",
        QByteArray(R"({"status":"error","message":"a)") + '\0' + R"(b"})");
    add("invalid UTF-8", "{\"status\":\"error\",\"message\":\"\xC3\x28\xFF\"}");
    add("overlong UTF-8 NUL", "{\"status\":\"error\",\"message\":\"\xC0\x80\"}");

    const std::pair<Feed, const char *> feeds[] = {
            {Feed::Classify200, "classify 200"},
            {Feed::Classify429, "classify 429"},
            {Feed::Classify503, "classify 503"},
            {Feed::InboxPage, "inbox page"},
            {Feed::ConversationPage, "conversation page"},
            {Feed::Auth200, "auth 200"},
            {Feed::Auth401, "auth 401"},
    };
    for (const auto &[name, body] : bodies) {
        for (const auto &[feed, feedName] : feeds)
            QTest::addRow("%s: %s", feedName, name.constData()) << int(feed) << body;
    }
}

void TestFuzzRegressions::nasty()
{
    using namespace FuzzChecks;
    QFETCH(int, feed);
    QFETCH(QByteArray, body);
    QString violation;
    switch (Feed(feed)) {
    case Feed::Classify200: violation = classify(classifyInput(200, body)); break;
    case Feed::Classify429: violation = classify(classifyInput(429, body, "120")); break;
    case Feed::Classify503: violation = classify(classifyInput(503, body)); break;
    case Feed::InboxPage: violation = inboxPage(pageInput(25, body)); break;
    case Feed::ConversationPage: violation = conversationPage(pageInput(10, body)); break;
    case Feed::Auth200: violation = auth(authInput(200, body)); break;
    case Feed::Auth401: violation = auth(authInput(401, body)); break;
    }
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestFuzzRegressions::statusesAndHeaders_data()
{
    QTest::addColumn<QByteArray>("input");
    const QByteArray limited = R"({"status":"error","message":"API Rate limit exceeded"})";
    // Retry-After at its longest, and dates at the edges of what QDateTime holds.
    const QList<QByteArray> headers = {QByteArray(255, '9'),
                                       QByteArray(255, ' '),
                                       "0000000000000000000000000000000000000000000000601",
                                       "Fri, 31 Dec 9999 23:59:59 GMT",
                                       "Mon, 01 Jan 0001 00:00:00 GMT",
                                       "Thu, 01 Jan 1970 00:00:00 -9959",
                                       "Sat, 01 Jan 2000 00:00:00 +9959",
                                       "Wed, 21 Oct 2015 07:28:60 GMT",
                                       "Wed, 21 Oct 2015 07:28:00 GMT\r\nX: y"};
    for (const QByteArray &header : headers) {
        QTest::addRow("Retry-After %s", header.left(40).constData())
                << FuzzChecks::classifyInput(429, limited, header);
    }
    for (const int status : {0, 1, 99, 100, 199, 204, 299, 300, 399, 499, 599, 600, 999, 65535}) {
        QTest::addRow("status %d success", status)
                << FuzzChecks::classifyInput(status, R"({"status":"success"})");
        QTest::addRow("status %d error", status) << FuzzChecks::classifyInput(status, limited, "7");
    }
    for (const int flags : {1, 2, 4, 8, 15})
        QTest::addRow("flags %d", flags) << FuzzChecks::classifyInput(200, limited, "7", flags);
}

void TestFuzzRegressions::statusesAndHeaders()
{
    QFETCH(QByteArray, input);
    const QString violation = FuzzChecks::classify(input);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
