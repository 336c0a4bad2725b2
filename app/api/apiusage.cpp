#include "apiusage.h"

int ApiUsage::estimatedCredits(const ApiUsageRecord &record)
{
    if (record.httpStatus == 0 || record.httpStatus >= 500)
        return 0;
    if (record.errorKind != ApiError::Kind::None)
        return 1;
    return qMax(1, (record.resultsReturned + 9) / 10);
}

void ApiUsage::record(const ApiUsageRecord &record)
{
    ++m_requests;
    m_credits += estimatedCredits(record);
    emit changed();
}
