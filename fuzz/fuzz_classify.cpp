// libFuzzer target: classifyReply and parseRetryAfter on any HTTP status, cut-off flags,
// Retry-After header and body. Input layout and invariants: fuzzchecks.h; how to run: README.md.

#include "fuzztarget.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return runFuzzCheck(&FuzzChecks::classify, data, size);
}
