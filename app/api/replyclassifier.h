#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QJsonObject>

// What came back from one HTTP attempt, reduced to what classification needs.
struct RawReply
{
    int httpStatus = 0; // 0: no HTTP answer at all
    QByteArray body;
    QByteArray retryAfterHeader;
    bool transportFailed = false; // connection refused, reset, DNS, TLS, ...
    QString transportError; // Qt's description of that failure
    bool timedOut = false; // silence: no byte for the silence timeout
    bool deadlinePassed = false; // the whole attempt took too long
    bool tooLarge = false; // the body passed the cap and was cut off
};

struct ClassifiedReply
{
    ApiError error; // kind None on success
    QJsonObject root; // the parsed body, when it was a JSON object
    int httpStatus = 0;
    bool worthRetrying = false; // only 5xx and transport failures: v1 bills 4xx answers
};

// Maps HTTP status and body to an ApiError. v1 answers many errors with HTTP 200 and
// {"status":"error"}, v2 uses proper codes: the pair decides, never the code alone.
ClassifiedReply classifyReply(const RawReply &reply);

// Seconds from a Retry-After header (delta-seconds or HTTP-date); -1 when absent or bad.
int parseRetryAfter(const QByteArray &header, const QDateTime &now);
