#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class LinkupClient;
struct AuthResult;

// Drives a LinkedIn login through LinkupAPI: /auth/login with email and password, then,
// when LinkedIn mails a code, /auth/verify with it. Tells the UI what to show next
// through signals. Keeps neither the password nor the code: both go straight into the
// request, which is never retried. The client needs the API key set before start().
class LoginFlow : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    explicit LoginFlow(LinkupClient *client, QObject *parent = nullptr);
    ~LoginFlow() override;

    // Starts over (cancelling a step in flight). Missing input or a missing API key
    // fails at once, without a request: failed() is then emitted before start() returns.
    void start(const QString &email, const QString &password, const QString &country);
    // Only after codeRequired(); spaces in the code are ignored. A wrong code keeps the
    // flow waiting for another one.
    void submitCode(const QString &code);
    // Aborts the request in flight and forgets the flow; nothing is emitted after it
    // except busyChanged(false). The server may or may not have seen the request.
    void cancel();

    bool isBusy() const { return !m_call.isNull(); }
    bool isAwaitingCode() const { return m_awaitingCode; }
    QString email() const { return m_email; } // the address being logged in

signals:
    void busyChanged(bool busy);
    void codeRequired(const QString &email);
    void succeeded(const QString &loginToken);
    void failed(const ApiError &error);

private:
    void setCall(ApiCall *call);
    void finish(const AuthResult &result, bool verifying);
    bool refuseWithoutApiKey();

    LinkupClient *m_client;
    QPointer<ApiCall> m_call;
    QString m_email;
    QString m_country;
    // Which request an answer belongs to: anything older than a cancel is dropped.
    int m_requestNumber = 0;
    bool m_awaitingCode = false;
};
