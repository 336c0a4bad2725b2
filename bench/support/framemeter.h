#pragma once

#include "measure.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

// Frames as the user gets them: one input event handled and everything it posted
// (the repaint included) done, timed together. Counts the paints of the watched widget
// so a run that painted nothing does not pass for a fast one. Beside the wall-clock frame,
// the GUI thread's own CPU time in it: on a shared machine of two cores a frame also waits
// for a core (other programs, the built-in server's thread): the CPU time tells the
// app's own work from that wait, and where Linux says so, the time the thread waited,
// runnable, for a core is counted too. What is left is time blocked, or the machine's.
// Also where Linux says so: the time Qt's pooled threads ran in the frame, which the GUI
// thread waits for when the raster engine splits a large fill across them. And the time
// the host took: in a frame where the GUI thread never blocked (no voluntary switch),
// wall time beyond its CPU time and its wait for a core is time its virtual CPU was not
// running (steal, which Linux leaves out of a thread's CPU clock). "_own" is each frame
// with that time left out; where the thread blocked, nothing is left out.
class FrameMeter : public QObject
{
public:
    explicit FrameMeter(QWidget *painted)
        : m_painted(painted)
    {
        painted->installEventFilter(this);
    }

    void frame(const std::function<void()> &input)
    {
        const double pooledStartMs = pooledThreadsMs();
        const qint64 blockedStart = voluntarySwitches();
        const double waitStartMs = threadWaitMs(); // before the clock: a file read
        QElapsedTimer timer;
        timer.start();
        const double cpuStartMs = threadCpuMs();
        input();
        QCoreApplication::processEvents();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        m_frames.append(ms);
        const double cpuMs = cpuStartMs >= 0 ? threadCpuMs() - cpuStartMs : -1;
        const double waitMs = waitStartMs >= 0 ? threadWaitMs() - waitStartMs : -1;
        if (cpuMs >= 0)
            m_cpu.append(cpuMs);
        if (waitMs >= 0)
            m_wait.append(waitMs);
        if (pooledStartMs >= 0)
            m_pooled.append(pooledThreadsMs() - pooledStartMs);
        const bool neverBlocked = blockedStart >= 0 && voluntarySwitches() == blockedStart;
        if (cpuMs >= 0 && waitMs >= 0 && blockedStart >= 0) {
            const double stolenMs = neverBlocked ? qMax(0.0, ms - cpuMs - waitMs) : 0.0;
            m_stolen.append(stolenMs);
            m_own.append(ms - stolenMs);
        }
        if (m_slowMs > 0 && ms > m_slowMs) {
            // For a profiler's time filter (perf record -k CLOCK_MONOTONIC, perf script
            // --time): when the slow frame started, in seconds of the monotonic clock.
            std::fprintf(stderr,
                         "SLOW FRAME %d: %.1f ms (%.1f ms CPU, %.1f ms waiting for a core, %.1f ms "
                         "on pooled threads, %.1f ms taken by the host) from %.6f s\n",
                         int(m_frames.size()), ms, m_cpu.isEmpty() ? -1.0 : m_cpu.last(),
                         m_wait.isEmpty() ? -1.0 : m_wait.last(),
                         m_pooled.isEmpty() ? -1.0 : m_pooled.last(),
                         m_stolen.isEmpty() ? -1.0 : m_stolen.last(),
                         double(timer.msecsSinceReference()) / 1e3);
        }
    }

    int frames() const { return int(m_frames.size()); }
    int paints() const { return m_paints; }
    Measure::Figures figures() const { return Measure::of(m_frames); }
    // name, and name with "_cpu", "_wait", "_pooled", "_stolen" and "_own" before its tag
    // (frames.keyboard_cpu_ms.stored_100000).
    void report(const char *name) const
    {
        Measure::report(name, figures(), "ms");
        reportPart(name, "_cpu", m_cpu);
        reportPart(name, "_wait", m_wait);
        reportPart(name, "_pooled", m_pooled);
        reportPart(name, "_stolen", m_stolen);
        reportPart(name, "_own", m_own);
        // What the worst frame's time went to ("_worst_cpu" and so on): the maxima above
        // may come from different frames.
        if (m_frames.isEmpty())
            return;
        const qsizetype worst =
                std::max_element(m_frames.cbegin(), m_frames.cend()) - m_frames.cbegin();
        reportWorst(name, "_worst_cpu", m_cpu, worst);
        reportWorst(name, "_worst_wait", m_wait, worst);
        reportWorst(name, "_worst_stolen", m_stolen, worst);
    }
    void clear()
    {
        m_frames.clear();
        m_cpu.clear();
        m_wait.clear();
        m_pooled.clear();
        m_stolen.clear();
        m_own.clear();
        m_paints = 0;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_painted && event->type() == QEvent::Paint)
            ++m_paints;
        return false;
    }

private:
    // The calling thread's CPU time in ms, or -1 where the clock is missing (Windows).
    static double threadCpuMs()
    {
#ifdef CLOCK_THREAD_CPUTIME_ID
        timespec now{};
        if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0)
            return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
#endif
        return -1;
    }

    // How long the calling thread has waited, runnable, for a core, in ms (the second
    // field of Linux's /proc/thread-self/schedstat), or -1 where there is none.
    static double threadWaitMs()
    {
        QFile stats(QStringLiteral("/proc/thread-self/schedstat"));
        if (!stats.open(QIODevice::ReadOnly))
            return -1;
        const QList<QByteArray> fields = stats.readAll().simplified().split(' ');
        bool ok = false;
        const double ns = fields.size() >= 2 ? fields.at(1).toDouble(&ok) : 0;
        return ok ? ns / 1e6 : -1;
    }

    // How often the calling thread has gone to sleep (Linux's voluntary_ctxt_switches in
    // /proc/thread-self/status), or -1 where there is none.
    static qint64 voluntarySwitches()
    {
        QFile status(QStringLiteral("/proc/thread-self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray key("voluntary_ctxt_switches:");
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith(key))
                return line.mid(key.size()).trimmed().toLongLong();
        }
        return -1;
    }

    // The time on a core of the process's threads named "Thread (pooled)" (QThreadPool's),
    // in ms, or -1 where Linux's /proc does not say.
    static double pooledThreadsMs()
    {
        const QDir tasks(QStringLiteral("/proc/self/task"));
        if (!tasks.exists())
            return -1;
        double ns = 0;
        for (const QString &id : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile name(tasks.filePath(id + QStringLiteral("/comm")));
            if (!name.open(QIODevice::ReadOnly) || name.readAll().trimmed() != "Thread (pooled)")
                continue;
            QFile stats(tasks.filePath(id + QStringLiteral("/schedstat")));
            if (stats.open(QIODevice::ReadOnly))
                ns += stats.readAll().split(' ').value(0).toDouble();
        }
        return ns / 1e6;
    }

    // frames.keyboard_ms.stored_100000 with part: frames.keyboard<part>_ms.stored_100000.
    static QByteArray partName(const char *name, const char *part)
    {
        QByteArray named(name);
        const int tagAt = named.indexOf("_ms");
        named.insert(tagAt < 0 ? named.size() : tagAt, part);
        return named;
    }

    static void reportPart(const char *name, const char *part, const QList<double> &values)
    {
        if (!values.isEmpty())
            Measure::report(partName(name, part).constData(), Measure::of(values), "ms");
    }

    static void reportWorst(const char *name, const char *part, const QList<double> &values,
                            qsizetype worst)
    {
        if (worst < values.size())
            Measure::reportOne(partName(name, part).constData(), values.at(worst), "ms");
    }

    QWidget *m_painted;
    QList<double> m_frames;
    QList<double> m_cpu;
    QList<double> m_wait;
    QList<double> m_pooled;
    QList<double> m_stolen;
    QList<double> m_own;
    int m_paints = 0;
    // BENCH_SLOW_FRAME_MS=N names every frame over N ms on stderr.
    const double m_slowMs = qEnvironmentVariableIntValue("BENCH_SLOW_FRAME_MS");
};
