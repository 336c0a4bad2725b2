#pragma once

#include "sampleinbox.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QUrl>

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

// The built-in LinkupAPI server: serves /v1/messages/inbox over the bundled sample inbox
// with the real request checks and reply shapes, and generated avatars under /avatars/.
// Runs in-process for --demo and the tests (loopback only) and can be told to misbehave.
class DemoServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static QString apiKey() { return QStringLiteral("demo-key"); }
    static QString loginToken() { return QStringLiteral("demo-token"); }
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
    // Serves this instead of the generated picture for an /avatars/... path.
    void scriptAvatar(const QString &path, const ScriptedReply &reply);
    int avatarRequestCount() const { return m_avatarRequests; }
    // How often each /avatars/... path was asked for.
    const QHash<QString, int> &avatarRequestsByPath() const { return m_avatarRequestsByPath; }
    int sampleCount(const QString &category) const { return m_sample.count(category); }

signals:
    void inboxRequestServed(int callNumber);

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

    Answer inboxAnswer(const QJsonObject &body, const QHash<QByteArray, QByteArray> &headers) const;
    Answer avatarAnswer(const QString &path);
    void serveAvatar(const QString &path, QTcpSocket *socket);
    void serveInbox(const QHttpServerRequest &request, QTcpSocket *socket);
    void send(QTcpSocket *socket, const Answer &answer, int delayMs, bool truncate = false,
              bool dropConnection = false);

    static Answer jsonError(int status, const QString &message);

    SampleInbox m_sample;
    quint16 m_port = 0;
    QList<RecordedRequest> m_inboxRequests;
    QMap<int, ScriptedReply> m_scripted;
    int m_inboxDelayMs = 0;
    bool m_repeatCursor = false;
    int m_avatarRequests = 0;
    QHash<QString, int> m_avatarRequestsByPath;
    QHash<QString, ScriptedReply> m_scriptedAvatars;
    QHash<QString, QByteArray> m_avatarCache;
};
