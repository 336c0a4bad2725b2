// Benchmark (label "benchmark", run by bench/run.sh): the real app, started as a process.
// - From process start to the first stored row painted, with 1 000, 10 000 and 100 000
//   stored conversations (target with 10 000: 150 ms), by the app's own start-up trace
//   (linkup.startup, LINKUP_STARTUP_TRACE=exit), and from outside: from the spawn to
//   the moment the trace line reaches this process.
// - A first run (no store): from process start to the window with its busy indicator
//   painted (target: 100 ms; LINKUP_STARTUP_TRACE=busy).
// - Its PSS with its children (smaps_rollup), 3 s after the first page arrived: the first
//   run, and with 10 000 and 100 000 stored.
// Each figure over several runs after a warm-up (which fills the disk cache).

#include "support/generatedstore.h"
#include "support/measure.h"
#include "support/pss.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int Runs = 10;

// A home for the app: its store folder (with a filled demo store when stored > 0),
// settings and caches, all temporary.
struct AppHome
{
    QTemporaryDir dir;

    bool fill(int stored)
    {
        const QString stores = dir.filePath(u"stores"_s);
        QDir(stores).removeRecursively();
        return QDir().mkpath(stores)
                && (stored == 0 || fillGeneratedStore(stores + u"/demo.sqlite"_s, stored));
    }

    QProcessEnvironment environment(int demoSize, const QString &trace) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        if (!trace.isEmpty())
            environment.insert(u"LINKUP_STARTUP_TRACE"_s, trace);
        environment.insert(u"LINKUP_DEMO_SIZE"_s, QString::number(qMax(demoSize, 20)));
        environment.insert(u"LINKUP_STORE_FOLDER"_s, dir.filePath(u"stores"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        environment.insert(u"XDG_CACHE_HOME"_s, dir.filePath(u"cache"_s));
        environment.insert(u"QT_LOGGING_RULES"_s, u"linkup.startup.info=true"_s);
        return environment;
    }
};

// Milliseconds of a trace milestone from process start (before main included), or -1.
double milestoneMs(const QString &log, const QString &milestone)
{
    const QRegularExpressionMatch at =
            QRegularExpression(u"([0-9.]+) ms "_s + QRegularExpression::escape(milestone))
                    .match(log);
    if (!at.hasMatch())
        return -1;
    const QRegularExpressionMatch loading =
            QRegularExpression(u"before main: ([0-9-]+) ms"_s).match(log);
    return qMax(0.0, loading.captured(1).toDouble()) + at.captured(1).toDouble();
}

struct Started
{
    double traceMs = -1; // by the app's own trace, from process start
    double outsideMs = -1; // from the spawn to the line read here
};

// Runs the app until it quits by itself after the milestone (trace mode exit or busy).
Started runToMilestone(const AppHome &home, int demoSize, const QString &trace,
                       const QString &milestone)
{
    QProcess app;
    app.setProcessEnvironment(home.environment(demoSize, trace));
    app.setProcessChannelMode(QProcess::SeparateChannels);
    QString log;
    Started started;
    QElapsedTimer clock;
    QObject::connect(&app, &QProcess::readyReadStandardError, &app, [&] {
        log += QString::fromUtf8(app.readAllStandardError());
        if (started.outsideMs < 0 && log.contains(milestone))
            started.outsideMs = double(clock.nsecsElapsed()) / 1e6;
    });
    clock.start();
    app.start(QStringLiteral(LINKUP_INBOX_EXE), {u"--demo"_s});
    if (!app.waitForStarted(10000))
        return started;
    if (!QTest::qWaitFor([&] { return app.state() == QProcess::NotRunning; }, 60000)) {
        app.kill();
        app.waitForFinished(10000);
    }
    log += QString::fromUtf8(app.readAllStandardError());
    started.traceMs = milestoneMs(log, milestone);
    if (started.traceMs < 0)
        qWarning("%s", qPrintable(log));
    return started;
}

void reportRuns(const QByteArray &name, const AppHome &home, int demoSize, const QString &trace,
                const QString &milestone)
{
    QList<double> inside;
    QList<double> outside;
    for (int run = 0; run <= Runs; ++run) {
        const Started started = runToMilestone(home, demoSize, trace, milestone);
        QVERIFY2(started.traceMs >= 0, "the milestone never came");
        if (run == 0)
            continue; // the warm-up
        inside.append(started.traceMs);
        outside.append(started.outsideMs);
    }
    Measure::report(name.constData(), Measure::of(inside), "ms");
    Measure::report(QByteArray(name + "_outside").constData(), Measure::of(outside), "ms");
}

} // namespace

class BenchStartup : public QObject
{
    Q_OBJECT

private slots:
    void toFirstStoredRow_data()
    {
        QTest::addColumn<int>("stored");
        QTest::newRow("stored_1000") << 1000;
        QTest::newRow("stored_10000") << 10000;
        QTest::newRow("stored_100000") << 100000;
    }

    void toFirstStoredRow()
    {
        QFETCH(int, stored);
        AppHome home;
        QVERIFY(home.fill(stored));
        reportRuns("startup.first_stored_row_ms." + QByteArray(QTest::currentDataTag()), home,
                   stored, u"exit"_s, u"first row painted"_s);
    }

    void firstRunToBusyIndicator()
    {
        AppHome home;
        // Each run a first run: a store folder made anew (the warm-up's disk cache stays).
        QList<double> inside;
        QList<double> outside;
        for (int run = 0; run <= Runs; ++run) {
            QVERIFY(home.fill(0));
            const Started started =
                    runToMilestone(home, 20, u"busy"_s, u"busy indicator painted"_s);
            QVERIFY2(started.traceMs >= 0, "no busy indicator was painted");
            if (run == 0)
                continue;
            inside.append(started.traceMs);
            outside.append(started.outsideMs);
        }
        Measure::report("startup.busy_indicator_ms.first_run", Measure::of(inside), "ms");
        Measure::report("startup.busy_indicator_ms.first_run_outside", Measure::of(outside), "ms");
    }

    void appMemory_data()
    {
        QTest::addColumn<int>("stored");
        QTest::newRow("first_run") << 0;
        QTest::newRow("stored_10000") << 10000;
        QTest::newRow("stored_100000") << 100000;
    }

    // The real app from outside, left running: 3 s after its first page, its PSS.
    void appMemory()
    {
        QFETCH(int, stored);
        AppHome home;
        QList<double> pss;
        for (int run = 0; run < 3; ++run) {
            QVERIFY(home.fill(stored));
            QProcess app;
            app.setProcessEnvironment(home.environment(stored, {}));
            QString log;
            QObject::connect(&app, &QProcess::readyReadStandardError, &app,
                             [&] { log += QString::fromUtf8(app.readAllStandardError()); });
            app.start(QStringLiteral(LINKUP_INBOX_EXE), {u"--demo"_s});
            QVERIFY(app.waitForStarted(10000));
            QVERIFY2(QTest::qWaitFor([&] { return log.contains(u"first page arrived"); }, 60000),
                     qPrintable(log));
            QTest::qWait(3000);
            pss.append(double(Pss::kibOfTree(app.processId())));
            app.kill();
            app.waitForFinished(10000);
        }
        const QByteArray name = "memory.app_pss_kib." + QByteArray(QTest::currentDataTag());
        Measure::report(name.constData(), Measure::of(pss), "KiB");
    }
};

QTEST_GUILESS_MAIN(BenchStartup)
#include "bench_startup.moc"
