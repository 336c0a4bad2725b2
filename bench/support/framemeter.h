#pragma once

#include "measure.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QWidget>

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
// thread waits for when the raster engine splits a large fill across them.
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
        const double waitStartMs = threadWaitMs(); // before the clock: a file read
        QElapsedTimer timer;
        timer.start();
        const double cpuStartMs = threadCpuMs();
        input();
        QCoreApplication::processEvents();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        m_frames.append(ms);
        if (cpuStartMs >= 0)
            m_cpu.append(threadCpuMs() - cpuStartMs);
        if (waitStartMs >= 0)
            m_wait.append(threadWaitMs() - waitStartMs);
        if (pooledStartMs >= 0)
            m_pooled.append(pooledThreadsMs() - pooledStartMs);
        if (m_slowMs > 0 && ms > m_slowMs) {
            // For a profiler's time filter (perf record -k CLOCK_MONOTONIC, perf script
            // --time): when the slow frame started, in seconds of the monotonic clock.
            std::fprintf(stderr,
                         "SLOW FRAME %d: %.1f ms (%.1f ms CPU, %.1f ms waiting for a core, %.1f ms "
                         "on pooled threads) from %.6f s\n",
                         int(m_frames.size()), ms, m_cpu.isEmpty() ? -1.0 : m_cpu.last(),
                         m_wait.isEmpty() ? -1.0 : m_wait.last(),
                         m_pooled.isEmpty() ? -1.0 : m_pooled.last(),
                         double(timer.msecsSinceReference()) / 1e3);
        }
    }

    int frames() const { return int(m_frames.size()); }
    int paints() const { return m_paints; }
    Measure::Figures figures() const { return Measure::of(m_frames); }
    // name, and name with "_cpu", "_wait" and "_pooled" before its tag
    // (frames.keyboard_cpu_ms.stored_100000).
    void report(const char *name) const
    {
        Measure::report(name, figures(), "ms");
        reportPart(name, "_cpu", m_cpu);
        reportPart(name, "_wait", m_wait);
        reportPart(name, "_pooled", m_pooled);
    }
    void clear()
    {
        m_frames.clear();
        m_cpu.clear();
        m_wait.clear();
        m_pooled.clear();
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

    static void reportPart(const char *name, const char *part, const QList<double> &values)
    {
        if (values.isEmpty())
            return;
        QByteArray partName(name);
        const int tagAt = partName.indexOf("_ms");
        partName.insert(tagAt < 0 ? partName.size() : tagAt, part);
        Measure::report(partName.constData(), Measure::of(values), "ms");
    }

    QWidget *m_painted;
    QList<double> m_frames;
    QList<double> m_cpu;
    QList<double> m_wait;
    QList<double> m_pooled;
    int m_paints = 0;
    // BENCH_SLOW_FRAME_MS=N names every frame over N ms on stderr.
    const double m_slowMs = qEnvironmentVariableIntValue("BENCH_SLOW_FRAME_MS");
};
