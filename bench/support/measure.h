#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QtDebug>

#include <algorithm>
#include <functional>

// Figures for shared, noisy machines: a measurement repeated, reported as its median with
// the spread (min, 90th and 99th percentile, max), in lines bench/run.sh collects:
//   BENCH <name> median=<v> min=<v> p90=<v> p99=<v> max=<v> unit=<unit> runs=<n>
namespace Measure {

struct Figures
{
    double median = 0;
    double min = 0;
    double p90 = 0;
    double p99 = 0;
    double max = 0;
    int runs = 0;
};

inline Figures of(QList<double> values)
{
    Figures figures;
    if (values.isEmpty())
        return figures;
    std::sort(values.begin(), values.end());
    figures.runs = int(values.size());
    figures.min = values.first();
    figures.max = values.last();
    figures.median = values.at(values.size() / 2);
    figures.p90 = values.at(qMin(values.size() - 1, qsizetype(values.size() * 0.9)));
    figures.p99 = values.at(qMin(values.size() - 1, qsizetype(values.size() * 0.99)));
    return figures;
}

inline void report(const char *name, const Figures &f, const char *unit)
{
    qInfo("BENCH %s median=%.3f min=%.3f p90=%.3f p99=%.3f max=%.3f unit=%s runs=%d", name,
          f.median, f.min, f.p90, f.p99, f.max, unit, f.runs);
}

// One figure measured once (a total, a memory reading).
inline void reportOne(const char *name, double value, const char *unit)
{
    report(name, of({value}), unit);
}

// Runs work `runs` times and reports how long each took, in milliseconds.
inline Figures timeMs(const char *name, int runs, const std::function<void()> &work)
{
    QList<double> values;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        values.append(double(timer.nsecsElapsed()) / 1e6);
    }
    const Figures figures = of(values);
    report(name, figures, "ms");
    return figures;
}

} // namespace Measure
