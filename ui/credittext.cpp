#include "credittext.h"

#include "api/apiusage.h"
#include "session/creditledger.h"

QString CreditText::statusLine(const CreditLedger &credits)
{
    // One plural each, so every number gets its own grammatical form.
    QString line = tr("about %n credit(s) this session", nullptr, credits.sessionCredits()) + u" · "
            + tr("%n since connected", nullptr, credits.totalCredits());
    if (credits.dailyBudget() > 0)
        line += u" · "
                + tr("%1 of %n today", nullptr, credits.dailyBudget()).arg(credits.todayCredits());
    return line;
}

QString CreditText::explanation(const ApiUsage &usage, const CreditLedger &credits)
{
    QString text = tr("%n request(s) to LinkupAPI this session.", nullptr, usage.requests()) + u"\n"
            + tr("LinkupAPI bills 1 credit for every 10 conversations or messages a list "
                 "brings (a page of 20 costs 2), 1 for a message sent and 1 for a login step. "
                 "Error answers cost 1 credit too; server errors and calls that got no answer "
                 "cost nothing.")
            + u"\n" + tr("These are the app's estimates; LinkupAPI's dashboard has the bill.");
    if (credits.dailyBudget() > 0)
        text += u"\n"
                + tr("Daily budget: %n credit(s). A call that would pass it asks first.", nullptr,
                     credits.dailyBudget());
    return text;
}
