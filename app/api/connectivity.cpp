#include "connectivity.h"

void Connectivity::record(const ApiUsageRecord &attempt)
{
    const bool offline = attempt.httpStatus == 0
            && (attempt.errorKind == ApiError::Kind::NetworkError
                || attempt.errorKind == ApiError::Kind::Timeout);
    if (offline == m_offline)
        return;
    m_offline = offline;
    m_since = offline ? QDateTime::currentDateTimeUtc() : QDateTime();
    emit offlineChanged(offline);
}
