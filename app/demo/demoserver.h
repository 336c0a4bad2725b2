#pragma once

#include "sampleinbox.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QUrl>

#include <functional>
#include <optional>

class QTcpSocket;

// An answer the test wants instead of the normal one.
struct ScriptedReply
{
    int httpStatus = 200;
    QByteArray body; // used when not empty
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    bool truncateNormalBody = false; // the real page, cut in the middle
    bool closeWithoutAnswer = false; // the connection drops before any byte

    static ScriptedReply error(int httpStatus, const QString &message);
    static ScriptedReply errorWithHttp200(const QString &message);
    static ScriptedReply raw(int httpStatus, const QByteArray &body);
};

struct RecordedRequest
{
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

// The built-in LinkupAPI server: serves /v1/messages/inbox over the bundled sample inbox,
// /v1/messages/conversation over threads made up for each sample conversation (SampleThreads)
// and /v1/auth/login and /v1/auth/verify for two demo accounts, with the real request
// checks and reply shapes, and generated avatars under /avatars/.
// Runs in-process for --demo and the tests (loopback only) and can be told to misbehave.
class DemoServer : public QAbstractHttpServer
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
    // --demo tries this port first so avatar URLs, and so the disk cache, stay the same
    // from one run to the next.
    static constexpr quint16 PreferredDemoPort = 47630;

    explicit DemoServer(QObject *parent = nullptr);

    // Listens on 127.0.0.1 (0: any free port). False when the port is taken.
    bool listenOnLoopback(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:port/
    QUrl apiBase() const; // http://127.0.0.1:port/v1

    // Misbehaviour, for tests and manual checks. Call numbers count from 1.
    void scriptInboxCall(int callNumber, const ScriptedReply &reply);
    void setInboxDelay(int ms) { m_inboxDelayMs = ms; }
    void setRepeatCursor(bool repeat) { m_repeatCursor = repeat; }

    int inboxCallCount() const { return int(m_inboxRequests.size()); }
    const QList<RecordedRequest> &inboxRequests() const { return m_inboxRequests; }
    // The same for /messages/conversation, with its own call numbers from 1.
    void scriptConversationCall(int callNumber, const ScriptedReply &reply);
    void setConversationDelay(int ms) { m_conversationDelayMs = ms; }
    void setRepeatConversationCursor(bool repeat) { m_repeatConversationCursor = repeat; }
    int conversationCallCount() const { return int(m_conversationRequests.size()); }
    const QList<RecordedRequest> &conversationRequests() const { return m_conversationRequests; }
    // /auth/login and /auth/verify share one count; call numbers count from 1.
    void scriptAuthCall(int callNumber, const ScriptedReply &reply);
    int authCallCount() const { return int(m_authRequests.size()); }
    const QList<RecordedRequest> &authRequests() const { return m_authRequests; }
    // The token that logins hand out and the inbox accepts from now on. The tokens
    // before it get 403 "LinkedIn token expired", as a lapsed LinkedIn login does.
    void setLoginToken(const QString &token);
    QString currentLoginToken() const { return m_loginToken; }
    // Serves this instead of the generated picture for an /avatars/... path.
    void scriptAvatar(const QString &path, const ScriptedReply &reply);
    int avatarRequestCount() const { return m_avatarRequests; }
    // How often each /avatars/... path was asked for.
    const QHash<QString, int> &avatarRequestsByPath() const { return m_avatarRequestsByPath; }
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

signals:
    void inboxRequestServed(int callNumber);
    void authRequestServed(int callNumber);
    void conversationRequestServed(int callNumber);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    using AnswerFor = std::function<Answer(const QJsonObject &body,
                                           const QHash<QByteArray, QByteArray> &headers)>;

    // The checks every call that carries a login_token shares, in one order: API key,
    // required fields (login_token, requiredField, total_results when totalRequired),
    // token, country, total_results. The refusal to send, or nothing when all pass.
    std::optional<Answer> refusal(const QJsonObject &body,
                                  const QHash<QByteArray, QByteArray> &headers,
                                  QStringView requiredField, bool totalRequired) const;
    // Records the request, answers it (as scripted for its call number, if it is) and
    // returns the call number.
    int serveApiCall(const QHttpServerRequest &request, QTcpSocket *socket,
                     QList<RecordedRequest> &log, const QMap<int, ScriptedReply> &scripts,
                     int delayMs, const AnswerFor &answerFor);
    Answer inboxAnswer(const QJsonObject &body, const QHash<QByteArray, QByteArray> &headers) const;
    Answer conversationAnswer(const QJsonObject &body,
                              const QHash<QByteArray, QByteArray> &headers) const;
    void serveConversation(const QHttpServerRequest &request, QTcpSocket *socket);
    Answer avatarAnswer(const QString &path);
    void serveAvatar(const QString &path, QTcpSocket *socket);
    void serveInbox(const QHttpServerRequest &request, QTcpSocket *socket);
    Answer authAnswer(const QString &path, const QJsonObject &body,
                      const QHash<QByteArray, QByteArray> &headers) const;
    void serveAuth(const QHttpServerRequest &request, QTcpSocket *socket);
    void send(QTcpSocket *socket, const Answer &answer, int delayMs, bool truncate = false,
              bool dropConnection = false);

    static Answer jsonError(int status, const QString &message);

    SampleInbox m_sample;
    quint16 m_port = 0;
    QList<RecordedRequest> m_inboxRequests;
    QMap<int, ScriptedReply> m_scripted;
    QList<RecordedRequest> m_authRequests;
    QMap<int, ScriptedReply> m_scriptedAuth;
    QString m_loginToken = loginToken();
    QStringList m_expiredTokens;
    int m_inboxDelayMs = 0;
    bool m_repeatCursor = false;
    QList<RecordedRequest> m_conversationRequests;
    QMap<int, ScriptedReply> m_scriptedConversation;
    int m_conversationDelayMs = 0;
    bool m_repeatConversationCursor = false;
    int m_avatarRequests = 0;
    QHash<QString, int> m_avatarRequestsByPath;
    QHash<QString, ScriptedReply> m_scriptedAvatars;
    QHash<QString, QByteArray> m_avatarCache;
};
