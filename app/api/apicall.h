#pragma once

#include "replyclassifier.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

struct CallPolicy
{
    int timeoutMs = 30000; // no byte for this long ends the attempt
    int maxRetries = 2; // for 5xx and transport failures only
    int retryBackoffMs = 1000; // doubled for each further retry
};

// One POST to LinkupAPI, with its timeout and bounded retries. Emits attemptFinished
// for every HTTP attempt (so usage can be counted) and finished once at the end,
// unless abort() was called. Deletes itself after finishing or aborting.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ApiCall(QNetworkAccessManager *network, const QNetworkRequest &request, QByteArray body,
            CallPolicy policy, QObject *parent = nullptr);

    void start();
    void abort();

    const ClassifiedReply &reply() const { return m_result; }
    int attempts() const { return m_attempts; }

signals:
    void attemptFinished(const ClassifiedReply &reply);
    void finished();

private:
    void sendAttempt();
    void onReplyFinished();
    void onTimeout();

    QNetworkAccessManager *m_network;
    QNetworkRequest m_request;
    QByteArray m_body;
    CallPolicy m_policy;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_backoff;
    ClassifiedReply m_result;
    int m_attempts = 0;
    bool m_timedOut = false;
};
