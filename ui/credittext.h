#pragma once

#include <QCoreApplication>
#include <QString>

class ApiUsage;
class CreditLedger;

// The credit meter's words in the status bar: this run's credits and the total since the
// account was connected (and today's against the budget, when there is one), with a
// tooltip that says how LinkupAPI bills and that the figures are the app's estimate.
class CreditText
{
    Q_DECLARE_TR_FUNCTIONS(CreditText)

public:
    static QString statusLine(const CreditLedger &credits);
    static QString explanation(const ApiUsage &usage, const CreditLedger &credits);
};
