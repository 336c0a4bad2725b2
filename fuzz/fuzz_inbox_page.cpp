// libFuzzer target: a /messages/inbox reply through classifyReply and, on success,
// InboxParser::parsePage. Input layout and invariants: fuzzchecks.h; how to run: README.md.

#include "fuzztarget.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return runFuzzCheck(&FuzzChecks::inboxPage, data, size);
}
