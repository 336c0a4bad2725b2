#pragma once

#include "replyclassifier.h"

#include <QString>

// The answer of /auth/login or /auth/verify: a token, a request for a code, or an error.
struct AuthResult
{
    ApiError error; // kind None on success
    QString loginToken; // set on a completed login
    bool codeRequired = false; // LinkedIn mailed a code: send it with /auth/verify
    QString email; // the address the code went to (from the reply when it names one)
};

// Reads a classified /auth/login or /auth/verify reply. The classifier knows the error
// kind, but only the endpoint tells whether the password or the code was wrong, so the
// auth errors are worded here. Never throws, never asserts on input.
namespace AuthParser {

enum class Endpoint { Login, Verify };

// A token longer than this is not a token but a broken or hostile reply.
constexpr int MaxLoginTokenLength = 8192;
constexpr int MaxEmailLength = 320;

AuthResult parse(Endpoint endpoint, const ClassifiedReply &reply, const QString &sentEmail);

} // namespace AuthParser
