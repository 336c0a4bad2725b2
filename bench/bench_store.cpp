// Benchmark (label "benchmark", run by bench/run.sh): what the store costs. Writing a
// page of 20 (one transaction), 10 000 conversations page by page, reading a category's
// keys and a screen of rows, and the app's start-up from process start to the first
// stored row painted with 10 000 stored conversations.

#include "api/inboxcategory.h"
#include "store/conversationstore.h"
#include "store/storedatabase.h"
#include "support/measure.h"
#include "support/storedpages.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Writes `count` conversations into the store at path, a page of 20 at a time.
void fill(const QString &path, int count)
{
    StoreDatabase database;
    QVERIFY(database.open(path));
    ConversationStore store(&database);
    for (int first = 0; first < count; first += 20)
        QVERIFY(store.writePage(InboxCategory::Inbox, StoredPages::page(first)));
}

} // namespace

class BenchStore : public QObject
{
    Q_OBJECT

private slots:
    void writingPages()
    {
        QTemporaryDir folder;
        StoreDatabase database;
        QVERIFY(database.open(folder.filePath(u"bench.sqlite"_s)));
        ConversationStore store(&database);
        int first = 0;
        // 500 pages of 20 new conversations: 10 000, each page one transaction.
        QList<double> pages;
        QElapsedTimer total;
        total.start();
        for (int i = 0; i < 500; ++i) {
            QElapsedTimer timer;
            timer.start();
            QVERIFY(store.writePage(InboxCategory::Inbox, StoredPages::page(first)));
            pages.append(double(timer.nsecsElapsed()) / 1e6);
            first += 20;
        }
        Measure::report("store.write_page_of_20_new", Measure::of(pages), "ms");
        Measure::report("store.write_10000_conversations",
                        Measure::of({double(total.nsecsElapsed()) / 1e6}), "ms");
        // A refresh: the first page again, half of it changed.
        Measure::timeMs("store.write_page_of_20_known_half_changed", 50, [&] {
            QList<Conversation> again = StoredPages::page(0);
            for (int i = 0; i < again.size(); i += 2)
                again[i].unreadCount += 1;
            QVERIFY(store.writePage(InboxCategory::Inbox, again));
        });
        Measure::timeMs("store.read_keys_of_10000", 20, [&] {
            QCOMPARE(store.keys(InboxCategory::Inbox).size(), 10000);
        });
        const QList<ConversationKey> keys = store.keys(InboxCategory::Inbox);
        int at = 0;
        Measure::timeMs("store.read_64_rows", 50, [&] {
            QList<qint64> window;
            for (int i = 0; i < 64; ++i)
                window.append(keys.at((at + i) % keys.size()).key);
            at += 997;
            QCOMPARE(store.records(window).size(), 64);
        });
    }

    void startUpToTheFirstStoredRow()
    {
        // The app itself, from process start, with 10 000 stored conversations in the
        // demo's store; it quits when the first row is painted (LINKUP_STARTUP_TRACE=exit).
        QTemporaryDir home;
        const QString stores = home.filePath(u"stores"_s);
        QVERIFY(QDir().mkpath(stores));
        fill(stores + u"/demo.sqlite"_s, 10000);
        QList<double> toFirstRow;
        QList<double> beforeMain;
        for (int run = 0; run < 11; ++run) {
            QProcess app;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
            environment.insert(u"LINKUP_STARTUP_TRACE"_s, u"exit"_s);
            environment.insert(u"LINKUP_STORE_FOLDER"_s, stores);
            environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
            environment.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
            environment.insert(u"QT_LOGGING_RULES"_s, u"linkup.startup.info=true"_s);
            app.setProcessEnvironment(environment);
            app.start(QStringLiteral(LINKUP_INBOX_EXE), {u"--demo"_s});
            QVERIFY(app.waitForFinished(60000));
            const QString log = QString::fromUtf8(app.readAllStandardError());
            const QRegularExpressionMatch painted =
                    QRegularExpression(u"([0-9.]+) ms first row painted"_s).match(log);
            QVERIFY2(painted.hasMatch(), qPrintable(log));
            const QRegularExpressionMatch loading =
                    QRegularExpression(u"before main: ([0-9-]+) ms"_s).match(log);
            const double before = loading.hasMatch() ? qMax(0.0, loading.captured(1).toDouble()) : 0;
            if (run == 0)
                continue; // a warm-up: the first run fills the disk cache
            beforeMain.append(before);
            toFirstRow.append(before + painted.captured(1).toDouble());
        }
        Measure::report("startup.process_start_to_first_stored_row_10000", Measure::of(toFirstRow),
                        "ms");
        Measure::report("startup.before_main", Measure::of(beforeMain), "ms");
    }
};

QTEST_GUILESS_MAIN(BenchStore)
#include "bench_store.moc"
