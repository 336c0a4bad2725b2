#include "loginflow.h"

#include "api/linkupclient.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAccount)

namespace {

// A mistake caught before any request is sent (and so before any credit is spent).
ApiError inputError(ApiError::Kind kind, const QString &message)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    return error;
}

} // namespace

LoginFlow::LoginFlow(LinkupClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

LoginFlow::~LoginFlow()
{
    if (m_call)
        m_call->abort();
}

void LoginFlow::start(const QString &email, const QString &password, const QString &country)
{
    cancel();
    if (email.trimmed().isEmpty() || password.isEmpty()) {
        emit failed(
                inputError(ApiError::Kind::LoginFailed,
                           tr("Enter the email address and password of your LinkedIn account.")));
        return;
    }
    if (refuseWithoutApiKey())
        return;
    m_email = email.trimmed();
    m_country = country;
    const int requestNumber = ++m_requestNumber;
    qCDebug(lcAccount, "login: sending email and password");
    setCall(m_client->login(m_email, password, m_country, this,
                            [this, requestNumber](const AuthResult &result) {
                                if (requestNumber == m_requestNumber)
                                    finish(result, false);
                            }));
}

void LoginFlow::submitCode(const QString &code)
{
    if (!m_awaitingCode || isBusy())
        return;
    QString digits = code;
    digits.remove(u' ');
    digits = digits.trimmed();
    if (digits.isEmpty()) {
        emit failed(inputError(ApiError::Kind::LoginFailed,
                               tr("Enter the code from the email LinkedIn sent you.")));
        return;
    }
    if (refuseWithoutApiKey())
        return;
    const int requestNumber = ++m_requestNumber;
    qCDebug(lcAccount, "login: sending the verification code");
    setCall(m_client->verify(m_email, digits, m_country, this,
                             [this, requestNumber](const AuthResult &result) {
                                 if (requestNumber == m_requestNumber)
                                     finish(result, true);
                             }));
}

void LoginFlow::cancel()
{
    ++m_requestNumber;
    m_awaitingCode = false;
    m_email.clear();
    m_country.clear();
    if (m_call) {
        qCDebug(lcAccount, "login: cancelled");
        m_call->abort();
        setCall(nullptr);
    }
}

bool LoginFlow::refuseWithoutApiKey()
{
    if (m_client->hasApiKey())
        return false;
    // Without a key the server answers 401 anyway, and that answer may cost a credit.
    emit failed(inputError(ApiError::Kind::InvalidApiKey,
                           tr("Enter your LinkupAPI key before logging in to LinkedIn.")));
    return true;
}

void LoginFlow::setCall(ApiCall *call)
{
    const bool wasBusy = isBusy();
    m_call = call;
    if (wasBusy != isBusy())
        emit busyChanged(isBusy());
}

void LoginFlow::finish(const AuthResult &result, bool verifying)
{
    setCall(nullptr);
    if (result.error.isError()) {
        qCDebug(lcAccount, "login: failed with %s",
                qUtf8Printable(ApiError::kindName(result.error.kind)));
        // A wrong code may be typed again; a wrong password starts over.
        m_awaitingCode = verifying;
        emit failed(result.error);
        return;
    }
    if (result.codeRequired && !verifying) {
        qCDebug(lcAccount, "login: LinkedIn asks for a verification code");
        m_awaitingCode = true;
        if (!result.email.isEmpty())
            m_email = result.email;
        emit codeRequired(m_email);
        return;
    }
    qCDebug(lcAccount, "login: succeeded");
    m_awaitingCode = false;
    emit succeeded(result.loginToken);
}
