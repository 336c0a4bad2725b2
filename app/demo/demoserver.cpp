#include "demoserver.h"

#include "avatarpainter.h"
#include "samplethreads.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {

const QStringList Countries = {QStringLiteral("US"), QStringLiteral("UK"), QStringLiteral("FR"),
                               QStringLiteral("DE"), QStringLiteral("NL"), QStringLiteral("IT"),
                               QStringLiteral("IL"), QStringLiteral("CA"), QStringLiteral("BR"),
                               QStringLiteral("ES"), QStringLiteral("IN")};
const QStringList Categories = {QStringLiteral("INBOX"), QStringLiteral("INMAIL"),
                                QStringLiteral("JOB"), QStringLiteral("UNREAD")};

QByteArray encodeCursor(const QString &category, int offset)
{
    return (category + u':' + QString::number(offset))
            .toUtf8()
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// The offset a cursor points at, or -1 when it is not one of ours for this category.
int decodeCursor(const QString &cursor, const QString &category)
{
    const auto decoded = QByteArray::fromBase64Encoding(
            cursor.toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return -1;
    const QString text = QString::fromUtf8(*decoded);
    if (!text.startsWith(category + u':'))
        return -1;
    bool ok = false;
    const int offset = text.mid(category.size() + 1).toInt(&ok);
    return ok && offset >= 0 ? offset : -1;
}

// One page of a list served by cursor: the entries from offset on, and the cursor of
// what follows (null at the end; the cursor asked for when the server is told to repeat).
struct Slice
{
    QJsonArray entries;
    QJsonValue nextCursor = QJsonValue::Null;
};

Slice sliceOf(const QList<QJsonObject> &all, int offset, int count, const QString &cursorKey,
              const QJsonValue &askedCursor, bool repeatCursor)
{
    Slice slice;
    for (int i = offset; i < qMin(offset + count, int(all.size())); ++i)
        slice.entries.append(all.at(i));
    const int next = offset + int(slice.entries.size());
    if (repeatCursor && askedCursor.isString())
        slice.nextCursor = askedCursor;
    else if (next < all.size())
        slice.nextCursor = QString::fromLatin1(encodeCursor(cursorKey, next));
    return slice;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 402: return "Payment Required";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace

ScriptedReply ScriptedReply::error(int httpStatus, const QString &message)
{
    return raw(httpStatus,
               QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                         {QStringLiteral("message"), message}})
                       .toJson(QJsonDocument::Compact));
}

ScriptedReply ScriptedReply::errorWithHttp200(const QString &message)
{
    return error(200, message);
}

ScriptedReply ScriptedReply::raw(int httpStatus, const QByteArray &body)
{
    ScriptedReply reply;
    reply.httpStatus = httpStatus;
    reply.body = body;
    return reply;
}

DemoServer::DemoServer(QObject *parent)
    : QAbstractHttpServer(parent)
    , m_sample(SampleInbox::load())
{
}

bool DemoServer::listenOnLoopback(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port != 0;
}

QUrl DemoServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    return url;
}

QUrl DemoServer::apiBase() const
{
    return baseUrl().resolved(QUrl(QStringLiteral("v1")));
}

void DemoServer::scriptInboxCall(int callNumber, const ScriptedReply &reply)
{
    m_scripted.insert(callNumber, reply);
}

void DemoServer::scriptConversationCall(int callNumber, const ScriptedReply &reply)
{
    m_scriptedConversation.insert(callNumber, reply);
}

QList<QJsonObject> DemoServer::sampleThread(const QString &conversationId) const
{
    return SampleThreads::thread(m_sample.conversation(conversationId));
}

void DemoServer::scriptAuthCall(int callNumber, const ScriptedReply &reply)
{
    m_scriptedAuth.insert(callNumber, reply);
}

void DemoServer::setLoginToken(const QString &token)
{
    if (token == m_loginToken)
        return;
    m_expiredTokens.append(m_loginToken);
    m_expiredTokens.removeAll(token);
    m_loginToken = token;
}

bool DemoServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    if (path == u"/v1/messages/inbox") {
        if (request.method() != QHttpServerRequest::Method::Post) {
            send(socket, jsonError(405, QStringLiteral("Method not allowed")), 0);
            return true;
        }
        serveInbox(request, socket);
        return true;
    }
    if (path == u"/v1/messages/conversation") {
        if (request.method() != QHttpServerRequest::Method::Post) {
            send(socket, jsonError(405, QStringLiteral("Method not allowed")), 0);
            return true;
        }
        serveConversation(request, socket);
        return true;
    }
    if (path == u"/v1/auth/login" || path == u"/v1/auth/verify") {
        if (request.method() != QHttpServerRequest::Method::Post) {
            send(socket, jsonError(405, QStringLiteral("Method not allowed")), 0);
            return true;
        }
        serveAuth(request, socket);
        return true;
    }
    if (path.startsWith(u"/avatars/") && request.method() == QHttpServerRequest::Method::Get) {
        serveAvatar(path, socket);
        return true;
    }
    return false;
}

void DemoServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    send(socket, jsonError(404, QStringLiteral("Not found")), 0);
}

int DemoServer::serveApiCall(const QHttpServerRequest &request, QTcpSocket *socket,
                             QList<RecordedRequest> &log, const QMap<int, ScriptedReply> &scripts,
                             int delayMs, const AnswerFor &answerFor)
{
    RecordedRequest recorded;
    recorded.path = request.url().path().toUtf8();
    recorded.body = request.body();
    for (const auto &[name, value] : request.headers())
        recorded.headers.insert(name.toLower(), value);
    log.append(recorded);
    const int callNumber = int(log.size());

    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    Answer answer = answerFor(body, recorded.headers);
    int delay = delayMs;
    bool truncate = false;
    bool drop = false;
    if (const auto scripted = scripts.constFind(callNumber); scripted != scripts.cend()) {
        if (!scripted->body.isEmpty()) {
            answer.status = scripted->httpStatus;
            answer.body = scripted->body;
        }
        answer.headers.append(scripted->headers);
        delay = qMax(delay, scripted->delayMs);
        truncate = scripted->truncateNormalBody;
        drop = scripted->closeWithoutAnswer;
    }
    send(socket, answer, delay, truncate, drop);
    return callNumber;
}

void DemoServer::serveInbox(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const int callNumber = serveApiCall(
            request, socket, m_inboxRequests, m_scripted, m_inboxDelayMs,
            [this](const QJsonObject &body, const QHash<QByteArray, QByteArray> &headers) {
                return inboxAnswer(body, headers);
            });
    emit inboxRequestServed(callNumber);
}

void DemoServer::serveConversation(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const int callNumber = serveApiCall(
            request, socket, m_conversationRequests, m_scriptedConversation, m_conversationDelayMs,
            [this](const QJsonObject &body, const QHash<QByteArray, QByteArray> &headers) {
                return conversationAnswer(body, headers);
            });
    emit conversationRequestServed(callNumber);
}

std::optional<DemoServer::Answer> DemoServer::refusal(const QJsonObject &body,
                                                      const QHash<QByteArray, QByteArray> &headers,
                                                      QStringView requiredField,
                                                      bool totalRequired) const
{
    if (headers.value("x-api-key") != apiKey().toUtf8())
        return jsonError(401, QStringLiteral("Invalid API key or insufficient credits"));
    const QJsonValue token = body.value(u"login_token");
    const QJsonValue total = body.value(u"total_results");
    if (!token.isString() || !body.value(requiredField).isString()
        || (totalRequired && total.isUndefined()))
        return jsonError(400, QStringLiteral("Required fields are missing"));
    if (m_expiredTokens.contains(token.toString()))
        return jsonError(403, QStringLiteral("LinkedIn token expired"));
    if (token.toString() != m_loginToken)
        return jsonError(401, QStringLiteral("Session expired"));
    const QJsonValue country = body.value(u"country");
    if (!country.isUndefined() && !Countries.contains(country.toString()))
        return jsonError(400, QStringLiteral("Bad parameter"));
    if (!total.isUndefined() && (!total.isDouble() || total.toDouble() <= 0))
        return jsonError(400, QStringLiteral("total_results must be greater than 0"));
    return std::nullopt;
}

DemoServer::Answer DemoServer::inboxAnswer(const QJsonObject &body,
                                           const QHash<QByteArray, QByteArray> &headers) const
{
    if (const std::optional<Answer> refused = refusal(body, headers, u"category", true))
        return *refused;
    const QString categoryName = body.value(u"category").toString();
    if (!Categories.contains(categoryName))
        return jsonError(400, QStringLiteral("Bad parameter"));

    int offset = 0;
    const QJsonValue cursor = body.value(u"next_cursor");
    if (!cursor.isUndefined() && !cursor.isNull()) {
        offset = decodeCursor(cursor.toString(), categoryName);
        if (offset < 0)
            return jsonError(400, QStringLiteral("Bad parameter"));
    }

    const QList<QJsonObject> all = m_sample.conversations(categoryName, baseUrl());
    const int count = int(qMin(body.value(u"total_results").toDouble(), double(MaxPageSize)));
    const Slice page = sliceOf(all, offset, count, categoryName, cursor, m_repeatCursor);

    const QJsonObject data{{QStringLiteral("conversations"), page.entries},
                           {QStringLiteral("total_results"), page.entries.size()},
                           {QStringLiteral("next_cursor"), page.nextCursor}};
    Answer answer;
    answer.body = QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("success")},
                                            {QStringLiteral("data"), data}})
                          .toJson(QJsonDocument::Compact);
    return answer;
}

DemoServer::Answer
DemoServer::conversationAnswer(const QJsonObject &body,
                               const QHash<QByteArray, QByteArray> &headers) const
{
    // total_results is optional here: the API defaults it to 10.
    if (const std::optional<Answer> refused = refusal(body, headers, u"conversation_id", false))
        return *refused;
    const QString conversationId = body.value(u"conversation_id").toString();
    const QJsonObject conversation = m_sample.conversation(conversationId);
    // What the real API answers for an unknown conversation is not documented.
    if (conversation.isEmpty())
        return jsonError(400, QStringLiteral("Bad parameter"));

    int offset = 0;
    const QJsonValue cursor = body.value(u"cursor");
    if (!cursor.isUndefined() && !cursor.isNull()) {
        offset = decodeCursor(cursor.toString(), conversationId);
        if (offset < 0)
            return jsonError(400, QStringLiteral("Bad parameter"));
    }

    const QJsonValue total = body.value(u"total_results");
    const int count = total.isUndefined() ? 10 : int(qMin(total.toDouble(), double(MaxPageSize)));
    const Slice page = sliceOf(SampleThreads::thread(conversation), offset, count, conversationId,
                               cursor, m_repeatConversationCursor);

    const QJsonObject data{{QStringLiteral("conversation_id"), conversationId},
                           {QStringLiteral("messages"), page.entries},
                           {QStringLiteral("next_cursor"), page.nextCursor}};
    Answer answer;
    answer.body = QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("success")},
                                            {QStringLiteral("data"), data}})
                          .toJson(QJsonDocument::Compact);
    return answer;
}

void DemoServer::serveAuth(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const int callNumber = serveApiCall(
            request, socket, m_authRequests, m_scriptedAuth, 0,
            [this, path](const QJsonObject &body, const QHash<QByteArray, QByteArray> &headers) {
                return authAnswer(path, body, headers);
            });
    emit authRequestServed(callNumber);
}

DemoServer::Answer DemoServer::authAnswer(const QString &path, const QJsonObject &body,
                                          const QHash<QByteArray, QByteArray> &headers) const
{
    if (headers.value("x-api-key") != apiKey().toUtf8())
        return jsonError(401, QStringLiteral("Invalid API key or insufficient credits"));
    const bool verifying = path.endsWith(u"/verify");
    const QString secretField = verifying ? QStringLiteral("code") : QStringLiteral("password");
    const QString email = body.value(u"email").toString().trimmed();
    const QString secret = body.value(secretField).toString();
    if (email.isEmpty() || secret.isEmpty())
        return jsonError(400, QStringLiteral("Required fields are missing"));
    const QJsonValue country = body.value(u"country");
    if (!country.isUndefined() && !Countries.contains(country.toString()))
        return jsonError(400, QStringLiteral("Bad parameter"));

    const auto sameEmail = [&email](const QString &account) {
        return email.compare(account, Qt::CaseInsensitive) == 0;
    };
    const QJsonObject loggedIn{{QStringLiteral("status"), QStringLiteral("success")},
                               {QStringLiteral("login_token"), m_loginToken},
                               {QStringLiteral("message"), QStringLiteral("Login successful")}};
    Answer answer;
    if (verifying) {
        if (!sameEmail(codeEmail()) || secret != verificationCode())
            return jsonError(401, QStringLiteral("Verification failed"));
        answer.body = QJsonDocument(loggedIn).toJson(QJsonDocument::Compact);
        return answer;
    }
    if (secret != demoPassword() || !(sameEmail(demoEmail()) || sameEmail(codeEmail())))
        return jsonError(401, QStringLiteral("Bad username or password"));
    if (sameEmail(demoEmail())) {
        answer.body = QJsonDocument(loggedIn).toJson(QJsonDocument::Compact);
        return answer;
    }
    answer.body =
            QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("success")},
                                      {QStringLiteral("message"),
                                       QStringLiteral("Check your email for verification code")},
                                      {QStringLiteral("email"), codeEmail()}})
                    .toJson(QJsonDocument::Compact);
    return answer;
}

void DemoServer::scriptAvatar(const QString &path, const ScriptedReply &reply)
{
    m_scriptedAvatars.insert(path, reply);
}

void DemoServer::serveAvatar(const QString &path, QTcpSocket *socket)
{
    ++m_avatarRequests;
    ++m_avatarRequestsByPath[path];
    const auto scripted = m_scriptedAvatars.constFind(path);
    if (scripted == m_scriptedAvatars.cend()) {
        send(socket, avatarAnswer(path), 0);
        return;
    }
    Answer answer;
    answer.status = scripted->httpStatus;
    answer.body = scripted->body;
    answer.contentType = "image/png";
    answer.headers = scripted->headers;
    send(socket, answer, scripted->delayMs, scripted->truncateNormalBody,
         scripted->closeWithoutAnswer);
}

DemoServer::Answer DemoServer::avatarAnswer(const QString &path)
{
    QString key = path.mid(int(qstrlen("/avatars/")));
    if (!key.endsWith(u".png") || key.size() > 64)
        return jsonError(404, QStringLiteral("Not found"));
    key.chop(4);
    auto cached = m_avatarCache.find(key);
    if (cached == m_avatarCache.end())
        cached = m_avatarCache.insert(key, AvatarPainter::png(key));
    Answer answer;
    answer.body = *cached;
    answer.contentType = "image/png";
    answer.headers.append(
            qMakePair(QByteArray("Cache-Control"), QByteArray("public, max-age=86400")));
    return answer;
}

DemoServer::Answer DemoServer::jsonError(int status, const QString &message)
{
    const ScriptedReply reply = ScriptedReply::error(status, message);
    Answer answer;
    answer.status = reply.httpStatus;
    answer.body = reply.body;
    return answer;
}

void DemoServer::send(QTcpSocket *socket, const Answer &answer, int delayMs, bool truncate,
                      bool dropConnection)
{
    // Written by hand rather than through QHttpServerResponder so that a reply can be
    // delayed safely (the socket may be gone by then) or cut short on purpose.
    QPointer<QTcpSocket> target(socket);
    auto write = [target, answer, truncate, dropConnection] {
        if (!target)
            return;
        if (dropConnection) {
            target->abort();
            return;
        }
        QByteArray body = answer.body;
        if (truncate)
            body.truncate(body.size() / 2);
        QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' '
                + reasonPhrase(answer.status) + "\r\nContent-Type: " + answer.contentType
                + "\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\nConnection: close\r\n";
        for (const auto &[name, value] : answer.headers)
            head += name + ": " + value + "\r\n";
        target->write(head + "\r\n" + body);
        target->disconnectFromHost();
    };
    if (delayMs > 0)
        QTimer::singleShot(delayMs, this, write);
    else
        write();
}
