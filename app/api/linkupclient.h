#pragma once

#include "apicall.h"
#include "apierror.h"
#include "apiusage.h"
#include "authparser.h"
#include "linkuptypes.h"
#include "threadtypes.h"

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

struct ConversationQuery
{
    QString conversationId;
    QString country; // proxy country, e.g. FR
    int totalResults = 10; // billed per started 10
    QString cursor; // empty for the newest page
};

struct ConversationResult
{
    ApiError error; // kind None on success
    MessagePage page;
};

struct SendQuery
{
    QUrl recipient; // linkedin_url: the participant's profile URL, as the inbox gave it
    QString text; // sent exactly as typed
    QString country; // proxy country, e.g. FR
};

// v1 documents nothing of a send's success body beyond its status: success is all.
struct SendResult
{
    ApiError error; // kind None: LinkedIn took the message
};

// The one object that talks to LinkupAPI: builds requests exactly as the contract says,
// runs them through ApiCall (timeout, bounded retries), parses replies into values and
// reports every attempt for usage accounting. Holds the session's credentials in memory;
// a login in progress gets a sibling on the same connections.
class LinkupClient : public QObject
{
    Q_OBJECT

public:
    using InboxCallback = std::function<void(const InboxResult &)>;
    using ConversationCallback = std::function<void(const ConversationResult &)>;
    using AuthCallback = std::function<void(const AuthResult &)>;
    using SendCallback = std::function<void(const SendResult &)>;

    explicit LinkupClient(QObject *parent = nullptr);

    // A client for other credentials, such as a login being typed, that must leave this
    // one's alone: the same connections (one pool, one TLS session to the API), base and
    // call policy, and no credentials or spend check of its own. It must not outlive this.
    LinkupClient *sibling(QObject *parent) const;

    static QUrl defaultApiBase();

    // Returns a translated reason and keeps the previous base when the URL breaks the
    // https rule; an empty string when accepted.
    QString setApiBase(const QUrl &base);
    QUrl apiBase() const { return m_apiBase; }

    void setCredentials(const QString &apiKey, const QString &loginToken);
    bool hasCredentials() const;
    // The two halves on their own: the key is needed before a login can get a token.
    void setApiKey(const QString &apiKey) { m_apiKey = apiKey; }
    void setLoginToken(const QString &loginToken) { m_loginToken = loginToken; }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }

    // Asked before every call that costs credits (not the auth calls, which the user makes
    // in a dialog): a reason (translated) refuses it, unsent, with ApiError::Kind::OverBudget
    // and the reason as its message; an empty string lets it go.
    using SpendCheck = std::function<QString(const QString &endpoint, int estimatedCredits)>;
    void setSpendCheck(SpendCheck check) { m_spendCheck = std::move(check); }

    void setCallPolicy(const CallPolicy &policy) { m_policy = policy; }
    CallPolicy callPolicy() const { return m_policy; }

    // Starts POST /messages/inbox. onDone runs once, in context's thread, unless the
    // returned call is aborted or context is destroyed first.
    ApiCall *fetchInbox(const InboxQuery &query, QObject *context, InboxCallback onDone);

    static QByteArray inboxRequestBody(const InboxQuery &query, const QString &loginToken);

    // Starts POST /messages/conversation for one thread (newest messages first); onDone
    // runs as for fetchInbox.
    ApiCall *fetchConversation(const ConversationQuery &query, QObject *context,
                               ConversationCallback onDone);

    static QByteArray conversationRequestBody(const ConversationQuery &query,
                                              const QString &loginToken);

    // Starts POST /messages/send-message (1 credit a message); onDone runs as for
    // fetchInbox. Never retried, not even after a 5xx or a dropped connection: the
    // message may have gone out, and a second attempt could send it twice.
    ApiCall *sendMessage(const SendQuery &query, QObject *context, SendCallback onDone);

    static QByteArray sendRequestBody(const SendQuery &query, const QString &loginToken);

    // Start POST /auth/login and /auth/verify (no login_token in either body). onDone runs
    // as for fetchInbox. These calls are never retried: a repeated login can make LinkedIn
    // mail another code, and the user is there to press the button again.
    ApiCall *login(const QString &email, const QString &password, const QString &country,
                   QObject *context, AuthCallback onDone);
    ApiCall *verify(const QString &email, const QString &code, const QString &country,
                    QObject *context, AuthCallback onDone);

    static QByteArray loginRequestBody(const QString &email, const QString &password,
                                       const QString &country);
    static QByteArray verifyRequestBody(const QString &email, const QString &code,
                                        const QString &country);

signals:
    void attemptFinished(const ApiUsageRecord &record);

private:
    LinkupClient(QNetworkAccessManager *network, QObject *parent);

    enum class Spending { Checked, Unchecked };
    ApiCall *post(const QString &endpoint, const QByteArray &body, int resultsRequested,
                  const CallPolicy &policy, Spending spending = Spending::Checked);
    ApiCall *postAuth(AuthParser::Endpoint endpoint, const QByteArray &body, const QString &email,
                      QObject *context, AuthCallback onDone);

    QNetworkAccessManager *m_network;
    QUrl m_apiBase;
    QString m_apiKey;
    QString m_loginToken;
    CallPolicy m_policy;
    SpendCheck m_spendCheck;
};
