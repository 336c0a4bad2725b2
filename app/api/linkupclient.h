#pragma once

#include "apicall.h"
#include "apierror.h"
#include "apiusage.h"
#include "linkuptypes.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

struct InboxQuery
{
    QString category; // INBOX, INMAIL, JOB, UNREAD
    QString country; // proxy country, e.g. FR
    int totalResults = 20;
    QString cursor; // empty for the first page
};

struct InboxResult
{
    ApiError error; // kind None on success
    InboxPage page;
};

// The one object that talks to LinkupAPI: builds requests exactly as the contract says,
// runs them through ApiCall (timeout, bounded retries), parses replies into values and
// reports every attempt for usage accounting. Holds the session's credentials in memory.
class LinkupClient : public QObject
{
    Q_OBJECT

public:
    using InboxCallback = std::function<void(const InboxResult &)>;

    explicit LinkupClient(QObject *parent = nullptr);

    static QUrl defaultApiBase();

    // Returns a translated reason and keeps the previous base when the URL breaks the
    // https rule; an empty string when accepted.
    QString setApiBase(const QUrl &base);
    QUrl apiBase() const { return m_apiBase; }

    void setCredentials(const QString &apiKey, const QString &loginToken);
    bool hasCredentials() const;

    void setCallPolicy(const CallPolicy &policy) { m_policy = policy; }
    CallPolicy callPolicy() const { return m_policy; }

    // Starts POST /messages/inbox. onDone runs once, in context's thread, unless the
    // returned call is aborted or context is destroyed first.
    ApiCall *fetchInbox(const InboxQuery &query, QObject *context, InboxCallback onDone);

    static QByteArray inboxRequestBody(const InboxQuery &query, const QString &loginToken);

signals:
    void attemptFinished(const ApiUsageRecord &record);

private:
    ApiCall *post(const QString &endpoint, const QByteArray &body, int resultsRequested);

    QNetworkAccessManager *m_network;
    QUrl m_apiBase;
    QString m_apiKey;
    QString m_loginToken;
    CallPolicy m_policy;
};
