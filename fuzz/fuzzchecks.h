#pragma once

#include <QByteArray>
#include <QString>

// The bodies of the fuzz targets: each runs one input through the reply code the way
// the client does (classifyReply, then the parser of that call) and checks what must
// hold whatever the server sent. Shared by the libFuzzer executables in fuzz/ and by
// tests/tst_fuzzregressions.cpp, so every input a fuzzer ever found keeps being run
// through the same code and the same checks in the normal test suite.
//
// Each returns an empty string when every invariant holds, else a description of the
// first one violated. A crash or a sanitizer report is a failure of its own.
//
// Input layouts (see fuzz/README.md; fuzz/make_corpus.py writes them):
//   classify           [status: 2 bytes, big endian][flags: 1 byte][n: 1 byte]
//                      [Retry-After header: n bytes][body: the rest]
//                      flags: 1 too large, 2 deadline passed, 4 timed out, 8 transport failed
//   inbox-page,        [maxEntries: 1 byte, signed][body: the rest], HTTP 200
//   conversation-page
//   auth               [status: 2 bytes, big endian][body: the rest], parsed for both
//                      /auth/login and /auth/verify
// Missing bytes read as zero (status 0 is "no HTTP answer").
namespace FuzzChecks {

QString classify(const QByteArray &input);
QString inboxPage(const QByteArray &input);
QString conversationPage(const QByteArray &input);
QString auth(const QByteArray &input);

// The same layouts, built: for hand-made inputs in the regression test.
QByteArray classifyInput(int httpStatus, const QByteArray &body, const QByteArray &retryAfter = {},
                         int flags = 0);
QByteArray pageInput(int maxEntries, const QByteArray &body);
QByteArray authInput(int httpStatus, const QByteArray &body);

} // namespace FuzzChecks
