#pragma once

#include <QList>
#include <QStringList>
#include <QUrl>

class QSettings;

// The account's settings that are not secret (proxy country, page size, API base URL,
// how the reply box sends), kept in QSettings. Every setter checks its value, and load() replaces
// anything invalid (a hand-edited file, an older version) with the default instead of failing.
class AccountSettings
{
public:
    static constexpr int DefaultPageSize = 20;
    static QString defaultCountry() { return QStringLiteral("FR"); } // the API's own default
    static QStringList countries();
    // Multiples of 10 only: the API bills per 10 results.
    static QList<int> pageSizes() { return {10, 20}; }

    QString country() const { return m_country; }
    bool setCountry(const QString &country); // false, and unchanged, for an unknown code

    int pageSize() const { return m_pageSize; }
    bool setPageSize(int size); // false, and unchanged, unless one of pageSizes()

    // Minutes after which a list refreshes by itself when shown or when the window comes
    // back; 0: never by itself. One refresh is the first page (2 credits at 20 a page).
    static constexpr int DefaultFreshnessMinutes = 15;
    static QList<int> freshnessChoices() { return {0, 5, 15, 60}; }
    int freshnessMinutes() const { return m_freshnessMinutes; }
    bool setFreshnessMinutes(int minutes); // false, and unchanged, unless a choice

    // The desktop: a tray icon (with the unread count), closing the window to it instead
    // of quitting, and notifications of new messages a refresh found.
    bool trayIcon() const { return m_trayIcon; }
    void setTrayIcon(bool shown) { m_trayIcon = shown; }
    bool closeToTray() const { return m_closeToTray; }
    void setCloseToTray(bool close) { m_closeToTray = close; }
    bool notifications() const { return m_notifications; }
    void setNotifications(bool shown) { m_notifications = shown; }

    // Credits a day past which a call asks first; 0: no budget.
    static QList<int> budgetChoices() { return {0, 50, 100, 250, 500, 1000}; }
    int dailyCreditBudget() const { return m_dailyBudget; }
    bool setDailyCreditBudget(int credits); // false, and unchanged, unless a choice
    // Return sends a reply (Shift+Return starts a new line); off: Ctrl+Return sends and
    // Return starts a new line, so a message cannot go out (and cost a credit) by mistake.
    bool returnSends() const { return m_returnSends; }
    void setReturnSends(bool on) { m_returnSends = on; }

    // Empty: LinkupAPI's own address.
    QUrl apiBase() const { return m_apiBase; }
    QUrl effectiveApiBase() const;
    // An empty URL goes back to the default. Returns a translated reason, and keeps the
    // previous value, when the URL breaks the https rule; an empty string when accepted.
    QString setApiBase(const QUrl &base);

    static AccountSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const AccountSettings &a, const AccountSettings &b)
    {
        return a.m_country == b.m_country && a.m_pageSize == b.m_pageSize
                && a.m_apiBase == b.m_apiBase && a.m_freshnessMinutes == b.m_freshnessMinutes
                && a.m_trayIcon == b.m_trayIcon && a.m_closeToTray == b.m_closeToTray
                && a.m_notifications == b.m_notifications && a.m_dailyBudget == b.m_dailyBudget
                && a.m_returnSends == b.m_returnSends;
    }
    friend bool operator!=(const AccountSettings &a, const AccountSettings &b) { return !(a == b); }

private:
    QString m_country = defaultCountry();
    int m_pageSize = DefaultPageSize;
    int m_freshnessMinutes = DefaultFreshnessMinutes;
    bool m_trayIcon = true;
    bool m_closeToTray = false;
    bool m_notifications = true;
    int m_dailyBudget = 0;
    bool m_returnSends = false;
    QUrl m_apiBase;
};
