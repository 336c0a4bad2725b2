#pragma once

#include "measure.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QWidget>

#include <cstdio>
#include <functional>

// Frames as the user gets them: one input event handled and everything it posted
// (the repaint included) done, timed together. Counts the paints of the watched widget
// so a run that painted nothing does not pass for a fast one.
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
        input();
        QCoreApplication::processEvents();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        m_frames.append(ms);
        if (m_slowMs > 0 && ms > m_slowMs) {
            // For a profiler's time filter (perf record -k CLOCK_MONOTONIC, perf script
            // --time): when the slow frame started, in seconds of the monotonic clock.
            std::fprintf(stderr, "SLOW FRAME %d: %.1f ms from %.6f s\n", int(m_frames.size()),
                         ms, double(timer.msecsSinceReference()) / 1e3);
        }
    }

    int frames() const { return int(m_frames.size()); }
    int paints() const { return m_paints; }
    Measure::Figures figures() const { return Measure::of(m_frames); }
    void report(const char *name) const { Measure::report(name, figures(), "ms"); }
    void clear()
    {
        m_frames.clear();
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
    QWidget *m_painted;
    QList<double> m_frames;
    int m_paints = 0;
    // BENCH_SLOW_FRAME_MS=N names every frame over N ms on stderr.
    const double m_slowMs = qEnvironmentVariableIntValue("BENCH_SLOW_FRAME_MS");
};
