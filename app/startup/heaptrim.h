#pragma once

// The C heap's hold on freed memory (glibc; elsewhere all of it does nothing). Parsing a
// page makes many short-lived blocks on the thread pool; glibc keeps the pages they
// freed in per-thread arenas, so the process grows with every page although nothing of
// them is kept. configure() caps the arenas before any thread starts; trimSoon(), called
// after a page is written, gives the freed pages back once the pages stop coming.
namespace HeapTrim {

// First thing in main() (and in whatever hosts the app in a test or benchmark).
void configure();
// A trim after this long without another call; cheap to call for every page.
void trimSoon();
// At once (tests and benchmarks).
void trimNow();

inline constexpr int QuietMs = 750;

} // namespace HeapTrim
