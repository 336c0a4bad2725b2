#include "apicall.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcApi, "linkup.api")

ApiCall::ApiCall(QNetworkAccessManager *network, const QNetworkRequest &request, QByteArray body,
                 CallPolicy policy, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(request)
    , m_body(std::move(body))
    , m_policy(policy)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(m_policy.timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, &ApiCall::onTimeout);
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &ApiCall::sendAttempt);
}

void ApiCall::start()
{
    sendAttempt();
}

void ApiCall::abort()
{
    m_timeout.stop();
    m_backoff.stop();
    m_body.clear();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    deleteLater();
}

void ApiCall::sendAttempt()
{
    ++m_attempts;
    m_timedOut = false;
    m_reply = m_network->post(m_request, m_body);
    // The body may hold a password or a verification code: keep it only while a retry
    // could still send it again. (The network stack's own copy goes with the reply.)
    if (m_attempts > m_policy.maxRetries)
        m_body.clear();
    // The timeout measures silence, not total time: a slow but steady reply is fine.
    connect(m_reply, &QNetworkReply::downloadProgress, &m_timeout, qOverload<>(&QTimer::start));
    connect(m_reply, &QNetworkReply::uploadProgress, &m_timeout, qOverload<>(&QTimer::start));
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    m_timeout.start();
}

void ApiCall::onTimeout()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort(); // finishes the reply, which classifies it as a timeout
}

void ApiCall::onReplyFinished()
{
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    reply->deleteLater();

    RawReply raw;
    raw.timedOut = m_timedOut;
    raw.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        raw.body = reply->readAll();
    raw.retryAfterHeader = reply->rawHeader("Retry-After");
    raw.transportFailed = reply->error() != QNetworkReply::NoError && raw.httpStatus == 0;
    raw.transportError = reply->errorString();

    m_result = classifyReply(raw);
    qCDebug(lcApi) << "attempt" << m_attempts << "of" << m_request.url().path() << "->"
                   << raw.httpStatus << ApiError::kindName(m_result.error.kind);
    emit attemptFinished(m_result);

    if (m_result.worthRetrying && m_attempts <= m_policy.maxRetries) {
        m_backoff.start(m_policy.retryBackoffMs * (1 << (m_attempts - 1)));
        return;
    }
    m_body.clear();
    emit finished();
    deleteLater();
}
