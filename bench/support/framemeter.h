#pragma once

#include "measure.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QWidget>

#include <cstdio>
#include <ctime>
#include <functional>

// Frames as the user gets them: one input event handled and everything it posted
// (the repaint included) done, timed together. Counts the paints of the watched widget
// so a run that painted nothing does not pass for a fast one. Beside the wall-clock frame,
// the GUI thread's own CPU time in it: on a shared machine of two cores a frame also waits
// for a core (other programs, the built-in server's thread), and the CPU time tells the
// app's own work from that wait.
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
        QElapsedTimer timer;
        timer.start();
        const double cpuStartMs = threadCpuMs();
        input();
        QCoreApplication::processEvents();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        m_frames.append(ms);
        if (cpuStartMs >= 0)
            m_cpu.append(threadCpuMs() - cpuStartMs);
        if (m_slowMs > 0 && ms > m_slowMs) {
            // For a profiler's time filter (perf record -k CLOCK_MONOTONIC, perf script
            // --time): when the slow frame started, in seconds of the monotonic clock.
            std::fprintf(stderr, "SLOW FRAME %d: %.1f ms (%.1f ms CPU) from %.6f s\n",
                         int(m_frames.size()), ms, m_cpu.isEmpty() ? -1.0 : m_cpu.last(),
                         double(timer.msecsSinceReference()) / 1e3);
        }
    }

    int frames() const { return int(m_frames.size()); }
    int paints() const { return m_paints; }
    Measure::Figures figures() const { return Measure::of(m_frames); }
    // name, and name with "_cpu" before its tag (frames.keyboard_cpu_ms.stored_100000).
    void report(const char *name) const
    {
        Measure::report(name, figures(), "ms");
        if (m_cpu.isEmpty())
            return;
        QByteArray cpuName(name);
        const int tagAt = cpuName.indexOf("_ms");
        cpuName.insert(tagAt < 0 ? cpuName.size() : tagAt, "_cpu");
        Measure::report(cpuName.constData(), Measure::of(m_cpu), "ms");
    }
    void clear()
    {
        m_frames.clear();
        m_cpu.clear();
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

    QWidget *m_painted;
    QList<double> m_frames;
    QList<double> m_cpu;
    int m_paints = 0;
    // BENCH_SLOW_FRAME_MS=N names every frame over N ms on stderr.
    const double m_slowMs = qEnvironmentVariableIntValue("BENCH_SLOW_FRAME_MS");
};
