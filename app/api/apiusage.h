#pragma once

#include "apierror.h"

#include <QObject>

// One HTTP attempt as the credit meter sees it.
struct ApiUsageRecord
{
    QString endpoint; // "/messages/inbox"
    int resultsRequested = 0;
    int resultsReturned = 0;
    int httpStatus = 0;
    ApiError::Kind errorKind = ApiError::Kind::None;
};

// Counts every API attempt the client makes and estimates the credits they cost by
// the billing rule (api/billing.h).
class ApiUsage : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    static int estimatedCredits(const ApiUsageRecord &record);

    void record(const ApiUsageRecord &record);
    int requests() const { return m_requests; }
    int credits() const { return m_credits; }

signals:
    void changed();
    // One attempt was counted, estimated at this many credits.
    void counted(int credits);

private:
    int m_requests = 0;
    int m_credits = 0;
};
