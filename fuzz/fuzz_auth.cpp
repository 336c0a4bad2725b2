// libFuzzer target: an /auth/login or /auth/verify reply through classifyReply and
// AuthParser::parse (both endpoints). Input layout and invariants: fuzzchecks.h; how to run:
// README.md.

#include "fuzztarget.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return runFuzzCheck(&FuzzChecks::auth, data, size);
}
