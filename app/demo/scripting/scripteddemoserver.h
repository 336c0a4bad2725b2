#pragma once

#include "demo/demoserver.h"

#include <QHash>
#include <QMap>

// An answer a test wants instead of the normal one.
struct ScriptedReply
{
    int httpStatus = 200;
    QByteArray body; // used when not empty
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    bool truncateNormalBody = false; // the real page, cut in the middle
    bool closeWithoutAnswer = false; // the connection drops before any byte
    bool neverAnswer = false; // read, and never answered
    // After the body, this many more bytes (-1: without end), chunkBytes at a time every
    // chunkIntervalMs; with declareLength, announced in Content-Length.
    qint64 streamBytes = 0;
    bool declareLength = true;
    int chunkBytes = 64 * 1024;
    int chunkIntervalMs = 0;

    static ScriptedReply error(int httpStatus, const QString &message);
    static ScriptedReply errorWithHttp200(const QString &message);
    static ScriptedReply raw(int httpStatus, const QByteArray &body);
    static ScriptedReply redirect(const QUrl &target);
};

struct RecordedRequest
{
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

// The built-in server with the hooks only tests and the stand-alone server need: answers
// scripted per call number, delays, a repeating cursor, expiring tokens, and a record of
// the requests (the most recent MaxRecorded per endpoint; counts cover all).
class ScriptedDemoServer : public DemoServer
{
    Q_OBJECT

public:
    static constexpr int MaxRecorded = 1000;

    using DemoServer::DemoServer;

    // Misbehaviour. Call numbers count from 1, per endpoint (login and verify share one).
    void scriptInboxCall(int callNumber, const ScriptedReply &reply);
    void scriptConversationCall(int callNumber, const ScriptedReply &reply);
    void scriptAuthCall(int callNumber, const ScriptedReply &reply);
    // A send the script answers otherwise (a refusal) is not kept: the thread stays as
    // it was. One only delayed, cut or dropped was taken, as by a real server.
    void scriptSendCall(int callNumber, const ScriptedReply &reply);
    // Serves this instead of the generated picture for an /avatars/... path.
    void scriptAvatar(const QString &path, const ScriptedReply &reply);
    void setInboxDelay(int ms) { m_inboxDelayMs = ms; }
    void setConversationDelay(int ms) { m_conversationDelayMs = ms; }
    void setSendDelay(int ms) { m_sendDelayMs = ms; }
    void setRepeatCursor(bool repeat) { m_repeatCursor = repeat; }
    void setRepeatConversationCursor(bool repeat) { m_repeatConversationCursor = repeat; }
    // The token logins hand out from now on; earlier ones expire (403).
    void setLoginToken(const QString &token) { setCurrentLoginToken(token); }

    int inboxCallCount() const { return m_inbox.count; }
    const QList<RecordedRequest> &inboxRequests() const { return m_inbox.recorded; }
    int conversationCallCount() const { return m_conversation.count; }
    const QList<RecordedRequest> &conversationRequests() const { return m_conversation.recorded; }
    int sendCallCount() const { return m_send.count; }
    // The credits LinkupAPI would bill for what this server answered, by its rule: 1 per
    // 10 results (at least 1) for a list, 1 for any other call, errors 1 whatever their
    // HTTP status, server errors (5xx) and calls that got no answer nothing.
    int billedCredits() const { return m_billedCredits; }
    const QList<RecordedRequest> &sendRequests() const { return m_send.recorded; }
    int authCallCount() const { return m_auth.count; }
    const QList<RecordedRequest> &authRequests() const { return m_auth.recorded; }
    int avatarRequestCount() const { return m_avatarRequests; }
    // How often each /avatars/... path was asked for.
    const QHash<QString, int> &avatarRequestsByPath() const { return m_avatarRequestsByPath; }
    // Requests of any kind this server refused for their Host header, or left unrouted.
    int otherRequestCount() const { return m_otherRequests; }

signals:
    void inboxRequestServed(int callNumber);
    void authRequestServed(int callNumber);
    void conversationRequestServed(int callNumber);
    void sendRequestServed(int callNumber);

protected:
    void review(Endpoint endpoint, const HttpRequest &request, HttpAnswer &answer,
                Delivery &delivery) override;
    bool repeatsCursor(Endpoint endpoint) const override;

private:
    struct Log
    {
        int count = 0;
        QList<RecordedRequest> recorded;
        QMap<int, ScriptedReply> scripts;
    };

    int record(Log &log, const HttpRequest &request);
    static void apply(const ScriptedReply &script, HttpAnswer &answer, Delivery &delivery);
    static int creditsFor(const HttpAnswer &answer, const Delivery &delivery);

    Log m_inbox;
    Log m_conversation;
    Log m_auth;
    Log m_send;
    int m_inboxDelayMs = 0;
    int m_conversationDelayMs = 0;
    int m_sendDelayMs = 0;
    bool m_repeatCursor = false;
    bool m_repeatConversationCursor = false;
    int m_avatarRequests = 0;
    int m_otherRequests = 0;
    int m_billedCredits = 0;
    QHash<QString, int> m_avatarRequestsByPath;
    QHash<QString, ScriptedReply> m_scriptedAvatars;
};
