// Benchmark (label "benchmark", run by bench/run.sh): decoding an inbox reply as the app
// does it (classifyReply, then InboxParser::parsePage of 25 entries) against
// QJsonDocument::fromJson alone on the same bytes. Target: within 1.5 times. Runs
// alternate the two, so the ratio is taken pair by pair on a machine whose speed drifts;
// a pair times each side `repeats` times in a row (a small page takes 0.05 ms, within a
// scheduler's hiccup), and which side goes first alternates, so neither always finds the
// caches the other left.

#include "api/inboxparser.h"
#include "api/replyclassifier.h"
#include "demo/sampleinbox.h"
#include "support/measure.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

constexpr int PageSize = 25;
constexpr qint64 ReplyCap = qint64(4) * 1024 * 1024; // ApiCallPolicy::maxReplyBytes

QByteArray replyOf(const QJsonArray &conversations)
{
    const QJsonObject data{{QStringLiteral("conversations"), conversations},
                           {QStringLiteral("total_results"), conversations.size()},
                           {QStringLiteral("next_cursor"), QStringLiteral("SU5CT1g6MjU")}};
    return QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("success")},
                                     {QStringLiteral("data"), data}})
            .toJson(QJsonDocument::Compact);
}

QJsonArray generated(int count)
{
    const SampleInbox inbox = SampleInbox::generated(count, 1767225600000);
    const SampleInbox::Listing listing = inbox.conversations(
            QStringLiteral("INBOX"), QUrl(QStringLiteral("http://127.0.0.1:47630/")));
    QJsonArray array;
    for (int i = 0; i < count; ++i)
        array.append(listing.at(i));
    return array;
}

// 25 conversations whose texts fill the reply up to the cap: the most one page can make
// the parser do (accented letters and emoji, so UTF-8 is decoded, not copied).
QByteArray largestPageOfLongTexts()
{
    QJsonArray conversations = generated(PageSize);
    const QString unit = QStringLiteral("Merci beaucoup, à bientôt 🙂 — details follow. ");
    const qsizetype perText =
            (ReplyCap - replyOf(conversations).size() - 4096) / PageSize / unit.toUtf8().size();
    for (qsizetype i = 0; i < conversations.size(); ++i) {
        QJsonObject conversation = conversations.at(i).toObject();
        QJsonObject last = conversation.value(u"last_message").toObject();
        last.insert(u"text", unit.repeated(perText));
        conversation.insert(u"last_message", last);
        conversations.replace(i, conversation);
    }
    return replyOf(conversations);
}

// As many ordinary conversations as fit under the cap; the parser takes the 25 asked for.
QByteArray largestPageOfManyEntries()
{
    const qsizetype one = replyOf(generated(1)).size();
    return replyOf(generated(int(ReplyCap / one)));
}

InboxPage decodeAsTheAppDoes(const QByteArray &body)
{
    RawReply raw;
    raw.httpStatus = 200;
    raw.body = body;
    const ClassifiedReply reply = classifyReply(raw);
    return InboxParser::parsePage(reply.root.value(u"data").toObject(), PageSize);
}

// Milliseconds per call of work, over `repeats` calls in a row.
double msOf(int repeats, const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < repeats; ++i)
        work();
    return double(timer.nsecsElapsed()) / 1e6 / repeats;
}

} // namespace

class BenchParse : public QObject
{
    Q_OBJECT

private slots:
    void againstFromJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("runs");
        QTest::addColumn<int>("repeats");
        QTest::newRow("page_of_25") << replyOf(generated(PageSize)) << 200 << 10;
        QTest::newRow("largest_long_texts") << largestPageOfLongTexts() << 30 << 1;
        QTest::newRow("largest_many_entries") << largestPageOfManyEntries() << 30 << 1;
    }

    void againstFromJson()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, runs);
        QFETCH(int, repeats);
        QVERIFY(body.size() <= ReplyCap);
        QCOMPARE(decodeAsTheAppDoes(body).conversations.size(), PageSize);
        QList<double> json;
        QList<double> app;
        QList<double> ratios;
        const auto fromJsonAlone = [&] { QVERIFY(QJsonDocument::fromJson(body).isObject()); };
        const auto asTheApp = [&] { QVERIFY(!decodeAsTheAppDoes(body).conversations.isEmpty()); };
        for (int run = 0; run < runs; ++run) {
            double a = 0;
            double b = 0;
            if (run % 2 == 0) {
                a = msOf(repeats, fromJsonAlone);
                b = msOf(repeats, asTheApp);
            } else {
                b = msOf(repeats, asTheApp);
                a = msOf(repeats, fromJsonAlone);
            }
            json.append(a);
            app.append(b);
            ratios.append(b / a);
        }
        const QByteArray tag = QTest::currentDataTag();
        qInfo("%s: %lld bytes", tag.constData(), qlonglong(body.size()));
        Measure::report(QByteArray("parse.fromjson_ms." + tag).constData(), Measure::of(json),
                        "ms");
        Measure::report(QByteArray("parse.app_ms." + tag).constData(), Measure::of(app), "ms");
        Measure::report(QByteArray("parse.ratio." + tag).constData(), Measure::of(ratios), "x");
        Measure::reportOne(QByteArray("parse.bytes." + tag).constData(), double(body.size()),
                           "bytes");
    }
};

QTEST_GUILESS_MAIN(BenchParse)
#include "bench_parse.moc"
