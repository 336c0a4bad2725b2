#pragma once

#include <QString>

// Milestones of start-up, timed from the start of main() (and, on Linux, how long the
// process had run before main: loading the libraries), printed by the logging category
// linkup.startup at info level. With LINKUP_STARTUP_TRACE=exit in the environment the
// app quits once the first conversation row has been painted, with
// LINKUP_STARTUP_TRACE=busy once the busy indicator of a first run has: the benchmarks
// time start-up that way.
namespace StartupTrace {

void begin(); // first thing in main()
void mark(const char *milestone);
// After the application exists: marks the first frame and the first busy indicator
// (a progress bar) painted. Does nothing unless tracing, so costs nothing otherwise.
void watchFirstFrames();
// The first conversation row painted: marked once, and the end when asked to exit.
void firstRowPainted();
qint64 elapsedMs();

} // namespace StartupTrace
