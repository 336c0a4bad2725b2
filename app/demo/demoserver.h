#pragma once

#include "httpmessage.h"
#include "sampleinbox.h"
#include "sentmessages.h"

#include <QCache>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

#include <optional>

class QTcpSocket;

// The built-in LinkupAPI server: /v1/messages/inbox over the bundled sample inbox,
// /v1/messages/conversation over threads made up for each sample conversation
// (SampleThreads), /v1/messages/send-message to a sample participant (the message joins
// that thread and becomes the conversation's last message, newest first in the inbox),
// /v1/auth/login and /v1/auth/verify for two demo accounts, with the real request checks
// and reply shapes, and generated avatars under /avatars/.
//
// It listens on loopback only and answers only requests addressed to its own address
// and port (a page in a browser cannot reach it through DNS rebinding); requests are
// bounded (HttpRequestReader) and nothing of them is kept but the messages sent (at most
// SentMessages::MaxKept). Tests and the stand-alone
// server make it misbehave through the review() hook (ScriptedDemoServer).
class DemoServer : public QObject
{
    Q_OBJECT

public:
    static QString apiKey() { return QStringLiteral("demo-key"); }
    static QString loginToken() { return QStringLiteral("demo-token"); }
    // The demo LinkedIn accounts of /auth/login: one logs in at once, one asks for a code.
    static QString demoEmail() { return QStringLiteral("demo@linkup.example"); }
    static QString codeEmail() { return QStringLiteral("code@linkup.example"); }
    static QString demoPassword() { return QStringLiteral("demo-password"); }
    static QString verificationCode() { return QStringLiteral("123456"); }
    static constexpr int MaxPageSize = 25; // what the real API returns at most
    static constexpr int MaxMessageChars = 8000; // LinkedIn's limit for one message
    // --demo tries this port first so avatar URLs, and so the disk cache, stay the same
    // from one run to the next.
    static constexpr quint16 PreferredDemoPort = 47630;
    // The app keeps what it fetched in its disk cache, so the same picture is rarely
    // asked for twice: a small cache, not megabytes the demo's memory figures carry.
    static constexpr qint64 AvatarCacheBytes = 1024 * 1024;

    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Listens on 127.0.0.1 (0: any free port). False when the port is taken.
    bool listenOnLoopback(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:port/
    QUrl apiBase() const; // http://127.0.0.1:port/v1

    QString currentLoginToken() const { return m_loginToken; }
    // The served pictures kept in memory (avatars: the benchmarks count them apart).
    qint64 avatarCacheBytes() const { return m_avatarCache.totalCost(); }
    int sampleCount(const QString &category) const { return m_sample.count(category); }
    // Every sample conversation id (all categories), one conversation as stored (picture
    // paths relative), and the whole thread the server pages through for one (newest
    // first; empty for an unknown id).
    QStringList sampleConversationIds() const { return m_sample.conversationIds(); }
    QJsonObject sampleConversation(const QString &conversationId) const
    {
        return m_sample.conversation(conversationId);
    }
    QList<QJsonObject> sampleThread(const QString &conversationId) const;
    // The conversation whose participant has this profile URL (empty: none).
    QString conversationWith(const QString &profileUrl) const;

protected:
    enum class Endpoint { Inbox, Conversation, Send, Auth, Avatar, Other };

    // Each request once its answer is known, before it goes out: a subclass may record
    // it, answer otherwise or deliver it otherwise. The default does nothing.
    virtual void review(Endpoint endpoint, const HttpRequest &request, HttpAnswer &answer,
                        Delivery &delivery);
    // A broken server: list pages answer with the very cursor they were asked for.
    virtual bool repeatsCursor(Endpoint endpoint) const;
    // The token that logins hand out and the inbox accepts from now on; the tokens before
    // it get 403 "LinkedIn token expired", as a lapsed LinkedIn login does.
    void setCurrentLoginToken(const QString &token);

    static HttpAnswer jsonError(int status, const QString &message);

private:
    void onNewConnection();
    void dispatch(const HttpRequest &request, QTcpSocket *socket);
    bool isOwnHost(const QByteArray &host) const;
    HttpAnswer answerFor(Endpoint endpoint, const HttpRequest &request);

    // The checks every call that carries a login_token shares, in one order: API key,
    // required fields (login_token, requiredField, total_results when totalRequired),
    // token, country, total_results. The refusal to send, or nothing when all pass.
    std::optional<HttpAnswer> refusal(const QJsonObject &body,
                                      const QHash<QByteArray, QByteArray> &headers,
                                      QStringView requiredField, bool totalRequired) const;
    HttpAnswer inboxAnswer(const QJsonObject &body,
                           const QHash<QByteArray, QByteArray> &headers) const;
    HttpAnswer conversationAnswer(const QJsonObject &body,
                                  const QHash<QByteArray, QByteArray> &headers) const;
    // Checks a send and notes what it would keep (m_pendingSend); dispatch() keeps it only
    // when the answer that goes out is still the success.
    HttpAnswer sendAnswer(const QJsonObject &body, const QHash<QByteArray, QByteArray> &headers);
    HttpAnswer authAnswer(const QByteArray &path, const QJsonObject &body,
                          const QHash<QByteArray, QByteArray> &headers) const;
    HttpAnswer avatarAnswer(const QByteArray &path);

    QTcpServer m_tcp;
    SampleInbox m_sample;
    quint16 m_port = 0;
    QString m_loginToken = loginToken();
    QStringList m_expiredTokens;
    SentMessages m_sent;
    QString m_pendingConversation; // of the send being answered
    QString m_pendingText;
    QCache<QString, QByteArray> m_avatarCache{AvatarCacheBytes};
};
