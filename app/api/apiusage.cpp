#include "apiusage.h"

#include "billing.h"

int ApiUsage::estimatedCredits(const ApiUsageRecord &record)
{
    return Billing::creditsForAttempt(record.httpStatus, record.errorKind != ApiError::Kind::None,
                                      record.resultsReturned);
}

void ApiUsage::record(const ApiUsageRecord &record)
{
    ++m_requests;
    const int credits = estimatedCredits(record);
    m_credits += credits;
    emit counted(credits);
    emit changed();
}
