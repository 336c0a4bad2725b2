// libFuzzer target: a /messages/conversation reply through classifyReply and, on success,
// MessageParser::parsePage. Input layout and invariants: fuzzchecks.h; how to run: README.md.

#include "fuzztarget.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return runFuzzCheck(&FuzzChecks::conversationPage, data, size);
}
