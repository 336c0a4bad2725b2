#pragma once

// Work beside the window (the built-in server, fetching and decoding pictures) runs on
// threads that yield to the window's: on a machine of two cores they otherwise take the
// core that the GUI thread, or Qt's own painting helpers it waits for, need next.
namespace ThreadPriority {

// Lowers the calling thread's priority for good: nice 10 on Linux (a tenth of a normal
// thread's share of a busy core; the nice value is per thread there, and SCHED_IDLE, the
// only policy QThread offers, would starve it behind any busy program);
// QThread::LowPriority elsewhere.
void yieldToTheWindow();

} // namespace ThreadPriority
