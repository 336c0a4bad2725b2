#include "apicall.h"

#include "oneshotbody.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtConcurrent/QtConcurrentRun>

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
    connect(&m_timeout, &QTimer::timeout, this, [this] { cutOff(&m_timedOut); });
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(m_policy.deadlineMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] { cutOff(&m_deadlinePassed); });
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &ApiCall::sendAttempt);
}

void ApiCall::start()
{
    if (m_refusal.isError())
        refuse();
    else
        sendAttempt();
}

void ApiCall::refuse()
{
    m_body.clear();
    // Queued, as an answer would be: the caller is not yet out of start().
    QTimer::singleShot(0, this, [this] {
        if (m_aborted)
            return;
        m_result = {};
        m_result.error = m_refusal;
        emit finished();
        deleteLater();
    });
}

void ApiCall::abort()
{
    m_timeout.stop();
    m_deadline.stop();
    m_backoff.stop();
    m_body.clear();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_aborted = true; // a decode still running finds no one to tell
    deleteLater();
}

void ApiCall::sendAttempt()
{
    ++m_attempts;
    m_timedOut = m_deadlinePassed = m_tooLarge = false;
    if (m_policy.maxRetries == 0) {
        // A call that must not be sent twice (a message, a login) is not sent twice by Qt
        // either: see OneShotBody.
        QNetworkRequest request = m_request;
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(m_body);
        m_reply = m_network->post(request, body);
        body->setParent(m_reply);
    } else {
        m_reply = m_network->post(m_request, m_body);
    }
    // The body may hold a password or a verification code: keep it only while a retry
    // could still send it again. (The network stack's own copy goes with the reply.)
    if (m_attempts > m_policy.maxRetries)
        m_body.clear();
    // The timeout measures silence; the deadline bounds the whole attempt, so a slow
    // drip cannot hold the call (and the list waiting on it) forever.
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        m_timeout.start();
        checkSize(received);
    });
    connect(m_reply, &QNetworkReply::uploadProgress, &m_timeout, qOverload<>(&QTimer::start));
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_reply)
            checkSize(m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    m_timeout.start();
    m_deadline.start();
}

void ApiCall::checkSize(qint64 bytes)
{
    // Checked as the bytes arrive (and when the headers announce them), so an endless
    // body is cut off at the cap instead of growing the app until it dies.
    if (bytes > m_policy.maxReplyBytes && !m_tooLarge)
        cutOff(&m_tooLarge);
}

void ApiCall::cutOff(bool *reason)
{
    *reason = true;
    if (m_reply)
        m_reply->abort(); // finishes the reply, which classifies it by the reason
}

void ApiCall::onReplyFinished()
{
    m_timeout.stop();
    m_deadline.stop();
    QNetworkReply *reply = m_reply;
    reply->deleteLater();

    RawReply raw;
    raw.timedOut = m_timedOut;
    raw.deadlinePassed = m_deadlinePassed;
    raw.tooLarge = m_tooLarge;
    raw.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen() && !m_tooLarge)
        raw.body = reply->readAll();
    raw.retryAfterHeader = reply->rawHeader("Retry-After");
    raw.transportFailed = reply->error() != QNetworkReply::NoError && raw.httpStatus == 0;
    raw.transportError = reply->errorString();

    // JSON parsing and decoding of up to the cap run off the GUI thread.
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        onDecoded(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([raw = std::move(raw), decoder = m_decoder] {
        Outcome outcome;
        outcome.reply = classifyReply(raw);
        if (decoder && !outcome.reply.error.isError())
            outcome.decoded = decoder(outcome.reply);
        if (outcome.reply.error.isError())
            outcome.decoded.reset();
        return outcome;
    }));
}

void ApiCall::onDecoded(const Outcome &outcome)
{
    if (m_aborted)
        return;
    m_result = outcome.reply;
    m_decoded = outcome.decoded;
    qCDebug(lcApi) << "attempt" << m_attempts << "of" << m_request.url().path() << "->"
                   << m_result.httpStatus << ApiError::kindName(m_result.error.kind);
    emit attemptFinished(m_result);

    if (m_result.worthRetrying && m_attempts <= m_policy.maxRetries) {
        m_backoff.start(m_policy.retryBackoffMs * (1 << (m_attempts - 1)));
        return;
    }
    m_body.clear();
    emit finished();
    deleteLater();
}
