#include "billing.h"

#include <QtGlobal>

namespace Billing {

int normalizedPageSize(int requested)
{
    const int clamped = qBound(10, requested, 25);
    return clamped < 15 ? 10 : 20;
}

int creditsForResults(int results)
{
    return qMax(1, (results + ResultsPerCredit - 1) / ResultsPerCredit);
}

int creditsForAttempt(int httpStatus, bool isError, int resultsReturned)
{
    // Only a real server error is free; a code past 599 is no HTTP status (a broken
    // proxy) and bills like any other error.
    if (httpStatus == 0 || (httpStatus >= 500 && httpStatus <= 599))
        return 0;
    if (isError)
        return 1;
    return creditsForResults(resultsReturned);
}

} // namespace Billing
