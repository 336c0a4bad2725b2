#pragma once

#include "replyclassifier.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <any>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

struct CallPolicy
{
    int timeoutMs = 30000; // no byte for this long ends the attempt
    int deadlineMs = 90000; // no attempt lasts longer than this, however steady its bytes
    qint64 maxReplyBytes = qint64(4) * 1024 * 1024; // cut off while it streams, not after
    int maxRetries = 2; // for 5xx and transport failures only; 0: sent once, Qt's resend too
    int retryBackoffMs = 1000; // doubled for each further retry
};

// One POST to LinkupAPI, with its silence timeout, total deadline, body cap and
// bounded retries. The reply is classified, and decoded by the caller's decoder, on a
// worker thread, so the worst reply the cap allows never stalls the GUI. Emits
// attemptFinished for every HTTP attempt (so usage can be counted) and finished once at
// the end, unless abort() was called. Deletes itself after finishing or aborting.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    // Turns a classified success into the caller's value (an InboxPage, ...). Runs on a
    // worker thread: it must touch nothing but its argument. May turn the reply into an
    // error by setting reply.error (a success of the wrong shape).
    using Decoder = std::function<std::any(ClassifiedReply &reply)>;

    ApiCall(QNetworkAccessManager *network, const QNetworkRequest &request, QByteArray body,
            CallPolicy policy, QObject *parent = nullptr);

    void setDecoder(Decoder decoder) { m_decoder = std::move(decoder); }
    // Makes the call finish with this error when started, without any attempt (nothing is
    // sent, nothing billed): the client's spending rule said no.
    void setRefusal(const ApiError &error) { m_refusal = error; }
    void start();
    void abort();

    const ClassifiedReply &reply() const { return m_result; }
    // What the decoder made of a success (empty without a decoder or on error).
    const std::any &decoded() const { return m_decoded; }
    int attempts() const { return m_attempts; }

signals:
    void attemptFinished(const ClassifiedReply &reply);
    void finished();

private:
    struct Outcome
    {
        ClassifiedReply reply;
        std::any decoded;
    };

    void refuse();
    void sendAttempt();
    void onReplyFinished();
    void onDecoded(const Outcome &outcome);
    void cutOff(bool *reason);
    void checkSize(qint64 bytes);

    QNetworkAccessManager *m_network;
    QNetworkRequest m_request;
    QByteArray m_body;
    CallPolicy m_policy;
    Decoder m_decoder;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_deadline;
    QTimer m_backoff;
    ApiError m_refusal;
    ClassifiedReply m_result;
    std::any m_decoded;
    int m_attempts = 0;
    bool m_timedOut = false;
    bool m_deadlinePassed = false;
    bool m_tooLarge = false;
    bool m_aborted = false;
};
