#pragma once

#include "fuzzchecks.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// The body of every LLVMFuzzerTestOneInput: run one check, and make a violated invariant
// a crash, so libFuzzer stops and keeps the input (crash-<sha1>) like any other crash.
inline int runFuzzCheck(QString (*check)(const QByteArray &), const std::uint8_t *data,
                        std::size_t size)
{
    // A copy, not QByteArray::fromRawData: the code under test may rely on the
    // terminating NUL a QByteArray always has.
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString violation = check(input);
    if (!violation.isEmpty()) {
        std::fprintf(stderr, "invariant violated: %s\n", violation.toUtf8().constData());
        std::abort();
    }
    return 0;
}
