#include "accountsettings.h"

#include "api/linkupclient.h"
#include "api/urlpolicy.h"
#include "startup/commandline.h"

#include <QSettings>

namespace {

const QString CountryKey = QStringLiteral("account/country");
const QString PageSizeKey = QStringLiteral("account/pageSize");
const QString ApiBaseKey = QStringLiteral("account/apiBase");
const QString FreshnessKey = QStringLiteral("account/freshnessMinutes");
const QString TrayKey = QStringLiteral("desktop/trayIcon");
const QString CloseToTrayKey = QStringLiteral("desktop/closeToTray");
const QString NotificationsKey = QStringLiteral("desktop/notifications");
const QString BudgetKey = QStringLiteral("account/dailyCreditBudget");
const QString ReturnSendsKey = QStringLiteral("writing/returnSends");

} // namespace

QStringList AccountSettings::countries()
{
    return CommandLine::knownCountries();
}

bool AccountSettings::setCountry(const QString &country)
{
    if (!countries().contains(country))
        return false;
    m_country = country;
    return true;
}

bool AccountSettings::setPageSize(int size)
{
    if (!pageSizes().contains(size))
        return false;
    m_pageSize = size;
    return true;
}

bool AccountSettings::setFreshnessMinutes(int minutes)
{
    if (!freshnessChoices().contains(minutes))
        return false;
    m_freshnessMinutes = minutes;
    return true;
}

bool AccountSettings::setDailyCreditBudget(int credits)
{
    if (!budgetChoices().contains(credits))
        return false;
    m_dailyBudget = credits;
    return true;
}

QUrl AccountSettings::effectiveApiBase() const
{
    return m_apiBase.isEmpty() ? LinkupClient::defaultApiBase() : m_apiBase;
}

QString AccountSettings::setApiBase(const QUrl &base)
{
    if (base.isEmpty()) {
        m_apiBase.clear();
        return {};
    }
    QString problem = UrlPolicy::apiBaseProblem(base);
    if (problem.isEmpty())
        m_apiBase = base.adjusted(QUrl::StripTrailingSlash);
    return problem;
}

AccountSettings AccountSettings::load(const QSettings &settings)
{
    AccountSettings result;
    result.setCountry(settings.value(CountryKey).toString());
    bool ok = false;
    const int size = settings.value(PageSizeKey).toInt(&ok);
    if (ok)
        result.setPageSize(size);
    const int minutes = settings.value(FreshnessKey).toInt(&ok);
    if (ok)
        result.setFreshnessMinutes(minutes);
    const int budget = settings.value(BudgetKey).toInt(&ok);
    if (ok)
        result.setDailyCreditBudget(budget);
    result.m_trayIcon = settings.value(TrayKey, result.m_trayIcon).toBool();
    result.m_closeToTray = settings.value(CloseToTrayKey, result.m_closeToTray).toBool();
    result.m_notifications = settings.value(NotificationsKey, result.m_notifications).toBool();
    result.setApiBase(QUrl(settings.value(ApiBaseKey).toString(), QUrl::StrictMode));
    // Only a stored "true" turns it on: anything else keeps the safe default.
    result.setReturnSends(settings.value(ReturnSendsKey).toString() == u"true");
    return result;
}

void AccountSettings::save(QSettings &settings) const
{
    settings.setValue(CountryKey, m_country);
    settings.setValue(PageSizeKey, m_pageSize);
    settings.setValue(FreshnessKey, m_freshnessMinutes);
    settings.setValue(BudgetKey, m_dailyBudget);
    settings.setValue(TrayKey, m_trayIcon);
    settings.setValue(CloseToTrayKey, m_closeToTray);
    settings.setValue(NotificationsKey, m_notifications);
    settings.setValue(ReturnSendsKey, m_returnSends);
    if (m_apiBase.isEmpty())
        settings.remove(ApiBaseKey);
    else
        settings.setValue(ApiBaseKey, m_apiBase.toString());
}
