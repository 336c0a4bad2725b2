// Benchmark (label "benchmark", run by bench/run.sh): the whole app over the built-in
// server with a generated inbox (LINKUP_DEMO_SIZE), driven as a user drives it.
//
//   bench_inbox loaded [N]   load N conversations (default 10 000) by a steady scroll (End
//                            each time a page lands): PSS 3 s after the first page, after
//                            1 000 and after N; the time to reach 1 000 and the server's
//                            share of it; frames while scrolling and searching them
//   bench_inbox stored N     N conversations already stored: PSS once open, frames while
//                            scrolling through all of them and searching, PSS after
//   bench_inbox fill FILE N  only write a demo store of N conversations to FILE
//
// Prints BENCH lines (support/measure.h). Memory is this process's PSS (smaps_rollup),
// the avatar cache reported apart so that it can be left out.

#include "avatars/avatarstore.h"
#include "colorscheme.h"
#include "demo/demoserver.h"
#include "inboxtab.h"
#include "searchbar.h"
#include "startup/heaptrim.h"
#include "support/apphost.h"
#include "support/framemeter.h"
#include "support/generatedstore.h"
#include "support/heap.h"
#include "support/pss.h"
#include "support/userscroll.h"

#include <QJsonDocument>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

constexpr int SettleMs = 3000; // "3 s after the last page"
constexpr int FrameBound = 40000; // no run scrolls for ever

// Handles events until done() holds, woken by every event (no fixed sleep that would
// add to the time measured); false after timeoutMs.
bool spinUntil(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer clock;
    clock.start();
    QTimer wake; // the deadline is checked at least this often
    wake.start(50);
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

QString figure(const char *what, const QString &tag)
{
    return QString::fromLatin1(what) + u'.' + tag;
}

void report(const QString &name, double value, const char *unit)
{
    Measure::reportOne(qPrintable(name), value, unit);
}

// PSS and the avatar cache, 3 s after the last page.
struct MemoryReading
{
    int rows = 0;
    double pssKib = 0;
    double avatarKib = 0;
    double anonKib = 0;
};

// The pictures in memory: the app's pixmaps, and the PNGs the built-in server (in this
// process, on its own thread, as with --demo) keeps of what it served.
double avatarKib(const AppHost &host)
{
    return double(host.window()->avatars()->memoryCacheBytes()
                  + host.demo()->servedAvatarCacheBytes())
            / 1024.0;
}

MemoryReading readMemory(const AppHost &host, const QString &tag)
{
    AppHost::settle(SettleMs);
    MemoryReading reading{host.rows(), double(Pss::selfKib()), avatarKib(host),
                          double(Pss::anonKibOfSelf())};
    report(figure("memory.pss_kib", tag), reading.pssKib, "KiB");
    report(figure("memory.pss_anon_kib", tag), reading.anonKib, "KiB");
    report(figure("memory.avatar_cache_kib", tag), reading.avatarKib, "KiB");
    report(figure("memory.rows", tag), reading.rows, "rows");
    report(figure("memory.heap_used_kib", tag), double(Heap::usedKib()), "KiB");
    report(figure("memory.heap_free_kib", tag), double(Heap::freeKib()), "KiB");
    return reading;
}

// Presses End each time a page has landed until `target` rows are there (or the list
// ends). Returns the pages it took, -1 on a stall.
int steadyScrollTo(AppHost &host, int target)
{
    int pages = 0;
    while (host.rows() < target && host.sync()->state() != PageLoader::State::AtEnd) {
        const int before = host.rows();
        QTest::keyClick(host.view(), Qt::Key_End);
        if (!spinUntil([&] {
                return host.rows() > before || host.sync()->state() == PageLoader::State::AtEnd
                        || host.sync()->state() == PageLoader::State::Error;
            }))
            return -1;
        if (host.sync()->state() == PageLoader::State::Error)
            return -1;
        ++pages;
    }
    return pages;
}

// The server alone: the same pages asked for by a bare HTTP client, one after the other,
// the total of their round trips in ms.
double serverTimeMs(const QUrl &apiBase, int pages, int pageSize)
{
    QNetworkAccessManager network;
    QString cursor;
    double totalMs = 0;
    for (int page = 0; page < pages; ++page) {
        QJsonObject body{{QStringLiteral("login_token"), DemoServer::loginToken()},
                         {QStringLiteral("total_results"), pageSize},
                         {QStringLiteral("category"), QStringLiteral("INBOX")}};
        if (!cursor.isEmpty())
            body.insert(QStringLiteral("next_cursor"), cursor);
        QNetworkRequest request(QUrl(apiBase.toString() + QStringLiteral("/messages/inbox")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("x-api-key", DemoServer::apiKey().toUtf8());
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
        spinUntil([reply] { return reply->isFinished(); });
        const QJsonObject root = QJsonDocument::fromJson(reply->readAll()).object();
        totalMs += double(timer.nsecsElapsed()) / 1e6;
        cursor = root.value(u"data").toObject().value(u"next_cursor").toString();
        reply->deleteLater();
    }
    return totalMs;
}

// Keyboard (Page Down from the top to the last row) and wheel (notches from the top, the
// middle and near the end), each input a frame.
void measureScrolling(AppHost &host, const QString &tag)
{
    QListView *view = host.view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home);
    QCoreApplication::processEvents();
    FrameMeter meter(view->viewport());
    int last = -1;
    while (meter.frames() < FrameBound && view->currentIndex().row() != last) {
        last = view->currentIndex().row();
        meter.frame([view] { QTest::keyClick(view, Qt::Key_PageDown); });
    }
    meter.report(qPrintable(figure("frames.keyboard_ms", tag)));
    report(figure("frames.keyboard_count", tag), meter.frames(), "frames");
    report(figure("frames.keyboard_paints", tag), meter.paints(), "paints");

    meter.clear();
    QScrollBar *bar = view->verticalScrollBar();
    for (const double start : {0.0, 0.5, 0.9}) {
        userScrollTo(view, int(bar->maximum() * start));
        QCoreApplication::processEvents();
        for (int notch = 0; notch < 1000 && bar->value() < bar->maximum(); ++notch)
            meter.frame([view] { userWheelDown(view); });
    }
    meter.report(qPrintable(figure("frames.wheel_ms", tag)));
    report(figure("frames.wheel_count", tag), meter.frames(), "frames");
    report(figure("frames.wheel_paints", tag), meter.paints(), "paints");
}

// Each keystroke of a search typed into the field is a frame: the list is filtered (or
// everything stored searched) before it is painted.
void measureSearch(AppHost &host, const QString &tag)
{
    SearchBar *bar = host.window()->searchBar();
    FrameMeter meter(host.view()->viewport());
    const auto type = [&](const QString &text) {
        bar->focusField();
        for (const QChar c : text)
            meter.frame([&] { QTest::keyClicks(bar->field(), QString(c)); });
    };
    // A search only reading every conversation answers (one letter) runs once typing
    // rests: that frame, measured apart.
    const auto atRest = [&](const char *what) {
        FrameMeter rested(host.view()->viewport());
        for (const QString &letter : {QStringLiteral("n"), QStringLiteral("t")}) {
            bar->clear();
            QCoreApplication::processEvents();
            type(letter);
            rested.frame([&] { host.window()->currentTab()->search()->settle(); });
        }
        rested.report(qPrintable(figure(what, tag)));
    };
    const auto search = [&](ListSearch::Scope scope, const QString &text, const char *what,
                            const char *hits, const char *rested) {
        meter.clear();
        bar->setScope(scope);
        type(text);
        meter.report(qPrintable(figure(what, tag)));
        host.window()->currentTab()->search()->settle();
        report(figure(hits, tag), host.view()->model()->rowCount(), "rows");
        atRest(rested);
        bar->clear();
        QCoreApplication::processEvents();
    };
    search(ListSearch::Scope::ThisList, QStringLiteral("nora okafor"),
           "search.keystroke_list_ms", "search.hits_list", "search.at_rest_list_ms");
    search(ListSearch::Scope::Everything, QStringLiteral("thursday"),
           "search.keystroke_everything_ms", "search.hits_everything",
           "search.at_rest_everything_ms");
}

int runLoaded(int size)
{
    AppHost host;
    if (!host.waitUntilSynced())
        return 1;
    const MemoryReading first = readMemory(host, QStringLiteral("loaded_first_page"));
    QElapsedTimer clock;
    clock.start();
    const int pages = steadyScrollTo(host, 1000);
    const double toThousandMs = double(clock.nsecsElapsed()) / 1e6;
    if (pages < 0)
        return 1;
    // The server alone, the first page (already there before the clock started) left out.
    const int pageSize = host.sync()->pageSize();
    const double serverMs =
            serverTimeMs(host.window()->inbox()->client()->apiBase(), pages + 1, pageSize) * pages
            / (pages + 1);
    report(QStringLiteral("network.steady_scroll_to_1000_ms"), toThousandMs, "ms");
    report(QStringLiteral("network.server_ms"), serverMs, "ms");
    report(QStringLiteral("network.app_ms"), toThousandMs - serverMs, "ms");
    report(QStringLiteral("network.pages_to_1000"), pages, "pages");
    readMemory(host, QStringLiteral("loaded_1000"));
    if (steadyScrollTo(host, size) < 0)
        return 1;
    const QString tag = QStringLiteral("loaded_%1").arg(size);
    const MemoryReading full = readMemory(host, tag);
    const double perConversation =
            ((full.pssKib - full.avatarKib) - (first.pssKib - first.avatarKib)) * 1024.0
            / double(full.rows - first.rows);
    report(QStringLiteral("memory.bytes_per_conversation_pss"), perConversation, "bytes");
    // The same growth in the process's own pages only: the figure the shared libraries'
    // share of the PSS (which other programs move) does not blur.
    const double ownPerConversation =
            ((full.anonKib - full.avatarKib) - (first.anonKib - first.avatarKib)) * 1024.0
            / double(full.rows - first.rows);
    report(QStringLiteral("memory.bytes_per_conversation"), ownPerConversation, "bytes");
    measureScrolling(host, tag);
    measureSearch(host, tag);
    return 0;
}

int runStored(int size, const QString &folder)
{
    if (!fillGeneratedStore(folder + QStringLiteral("/demo.sqlite"), size))
        return 1;
    AppHost host;
    if (!host.waitUntilSynced())
        return 1;
    const QString tag = QStringLiteral("stored_%1").arg(size);
    readMemory(host, tag);
    measureScrolling(host, tag);
    measureSearch(host, tag);
    readMemory(host, tag + QStringLiteral("_after_scrolling"));
    return 0;
}

int usage()
{
    std::fputs("usage: bench_inbox loaded [N] | stored N | fill FILE N\n", stderr);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList args = [&] {
        QStringList list;
        for (int i = 1; i < argc; ++i)
            list.append(QString::fromLocal8Bit(argv[i]));
        return list;
    }();
    const QString mode = args.value(0, QStringLiteral("loaded"));
    if (mode == u"fill") {
        QCoreApplication app(argc, argv);
        return args.size() == 3 && fillGeneratedStore(args.at(1), args.at(2).toInt()) ? 0 : 1;
    }
    const int size = args.value(1, QStringLiteral("10000")).toInt();
    if ((mode != u"loaded" && mode != u"stored") || size <= 0)
        return usage();

    // A home of its own, set before anything reads it: store, settings, avatar cache.
    QTemporaryDir home;
    qputenv("LINKUP_STORE_FOLDER", home.filePath(QStringLiteral("stores")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toLocal8Bit());
    qputenv("LINKUP_DEMO_SIZE", QByteArray::number(size));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QDir().mkpath(home.filePath(QStringLiteral("stores")));
    HeapTrim::configure(); // as main() does
    QApplication app(argc, argv);
    ColorScheme::apply(app, {}); // the app's style, as main() sets it
    return mode == u"loaded" ? runLoaded(size)
                             : runStored(size, home.filePath(QStringLiteral("stores")));
}
