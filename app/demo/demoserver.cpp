#include "demoserver.h"

#include "api/linkuptypes.h"
#include "avatarpainter.h"
#include "httpanswerwriter.h"
#include "httprequestreader.h"
#include "samplethreads.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

#include <algorithm>

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

// List: a QList<QJsonObject>, or a SampleInbox::Listing that makes only what is asked for.
template <typename List>
Slice sliceOf(const List &all, int offset, int count, const QString &cursorKey,
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

} // namespace

DemoServer::DemoServer(QObject *parent)
    : QObject(parent)
    , m_sample(SampleInbox::forDemo())
{
    connect(&m_tcp, &QTcpServer::newConnection, this, &DemoServer::onNewConnection);
}

DemoServer::~DemoServer() = default;

bool DemoServer::listenOnLoopback(quint16 port)
{
    if (!m_tcp.listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_tcp.serverPort();
    return true;
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

QList<QJsonObject> DemoServer::sampleThread(const QString &conversationId) const
{
    return SampleThreads::thread(m_sample.conversation(conversationId));
}

QString DemoServer::conversationWith(const QString &profileUrl) const
{
    const QUrl wanted(profileUrl, QUrl::StrictMode);
    if (!wanted.isValid() || wanted.isEmpty())
        return {};
    const QStringList ids = m_sample.conversationIds();
    for (const QString &id : ids) {
        const QString url =
                m_sample.conversation(id).value(u"participant")[u"profile_url"].toString();
        if (!url.isEmpty() && sameProfile(url, profileUrl))
            return id;
    }
    return {};
}

void DemoServer::setCurrentLoginToken(const QString &token)
{
    if (token == m_loginToken)
        return;
    m_expiredTokens.append(m_loginToken);
    m_expiredTokens.removeAll(token);
    m_loginToken = token;
}

void DemoServer::review(Endpoint, const HttpRequest &, HttpAnswer &, Delivery &) { }

bool DemoServer::repeatsCursor(Endpoint) const
{
    return false;
}

void DemoServer::onNewConnection()
{
    while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto *reader = new HttpRequestReader(socket);
        connect(reader, &HttpRequestReader::received, this,
                [this, socket](const HttpRequest &request) { dispatch(request, socket); });
        connect(reader, &HttpRequestReader::refused, this,
                [socket](int status, const QByteArray &message) {
                    HttpAnswerWriter::deliver(socket,
                                              jsonError(status, QString::fromLatin1(message)));
                });
    }
}

bool DemoServer::isOwnHost(const QByteArray &host) const
{
    // Only the names a loopback client uses for this very server: a page whose own
    // name resolves to 127.0.0.1 (DNS rebinding) sends its own name here.
    const QByteArray port = ':' + QByteArray::number(m_port);
    return host == "127.0.0.1" + port || host == "localhost" + port;
}

void DemoServer::dispatch(const HttpRequest &request, QTcpSocket *socket)
{
    Endpoint endpoint = Endpoint::Other;
    HttpAnswer answer;
    const QByteArray path = request.path();
    if (!isOwnHost(request.header("host"))) {
        answer = jsonError(403, QStringLiteral("Forbidden host"));
    } else if (path == "/v1/messages/inbox" || path == "/v1/messages/conversation"
               || path == "/v1/messages/send-message" || path == "/v1/auth/login"
               || path == "/v1/auth/verify") {
        endpoint = path.endsWith("/inbox")       ? Endpoint::Inbox
                : path.endsWith("/conversation") ? Endpoint::Conversation
                : path.endsWith("/send-message") ? Endpoint::Send
                                                 : Endpoint::Auth;
        answer = request.method == "POST" ? answerFor(endpoint, request)
                                          : jsonError(405, QStringLiteral("Method not allowed"));
    } else if (path.startsWith("/avatars/") && request.method == "GET") {
        endpoint = Endpoint::Avatar;
        answer = avatarAnswer(path);
    } else {
        answer = jsonError(404, QStringLiteral("Not found"));
    }
    Delivery delivery;
    const HttpAnswer computed = answer;
    review(endpoint, request, answer, delivery);
    // A message is kept only when the answer going out says it was: a script that
    // refuses the send leaves the thread as it was. (One dropped or delayed after the
    // answer was made is kept, as a real server that took it and then lost the line.)
    if (!m_pendingConversation.isEmpty() && answer.status == computed.status
        && answer.body == computed.body)
        m_sent.append(m_pendingConversation, m_pendingText, QDateTime::currentMSecsSinceEpoch());
    m_pendingConversation.clear();
    m_pendingText.clear();
    HttpAnswerWriter::deliver(socket, answer, delivery);
}

HttpAnswer DemoServer::answerFor(Endpoint endpoint, const HttpRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    switch (endpoint) {
    case Endpoint::Inbox: return inboxAnswer(body, request.headers);
    case Endpoint::Conversation: return conversationAnswer(body, request.headers);
    case Endpoint::Send: return sendAnswer(body, request.headers);
    case Endpoint::Auth: return authAnswer(request.path(), body, request.headers);
    case Endpoint::Avatar:
    case Endpoint::Other: break;
    }
    return jsonError(404, QStringLiteral("Not found"));
}

std::optional<HttpAnswer> DemoServer::refusal(const QJsonObject &body,
                                              const QHash<QByteArray, QByteArray> &headers,
                                              QStringView requiredField, bool totalRequired) const
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

HttpAnswer DemoServer::inboxAnswer(const QJsonObject &body,
                                   const QHash<QByteArray, QByteArray> &headers) const
{
    if (const std::optional<HttpAnswer> refused = refusal(body, headers, u"category", true))
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

    const SampleInbox::Listing listing = m_sample.conversations(categoryName, baseUrl());
    // Made whole only when a reply sent here reorders the list: a generated inbox of
    // 100 000 is otherwise made a page at a time.
    QList<QJsonObject> answered;
    if (!m_sent.isEmpty()) {
        // A conversation answered here moves up to where its new last message puts it.
        answered.reserve(listing.size());
        for (qsizetype i = 0; i < listing.size(); ++i)
            answered.append(m_sent.applyTo(listing.at(i), baseUrl()));
        std::stable_sort(answered.begin(), answered.end(),
                         [](const QJsonObject &a, const QJsonObject &b) {
                             return a.value(u"last_message")[u"time"].toDouble()
                                     > b.value(u"last_message")[u"time"].toDouble();
                         });
    }
    const int count = int(qMin(body.value(u"total_results").toDouble(), double(MaxPageSize)));
    const bool repeat = repeatsCursor(Endpoint::Inbox);
    const Slice page = m_sent.isEmpty()
            ? sliceOf(listing, offset, count, categoryName, cursor, repeat)
            : sliceOf(answered, offset, count, categoryName, cursor, repeat);

    const QJsonObject data{{QStringLiteral("conversations"), page.entries},
                           {QStringLiteral("total_results"), page.entries.size()},
                           {QStringLiteral("next_cursor"), page.nextCursor}};
    HttpAnswer answer;
    answer.body = QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("success")},
                                            {QStringLiteral("data"), data}})
                          .toJson(QJsonDocument::Compact);
    return answer;
}

HttpAnswer DemoServer::conversationAnswer(const QJsonObject &body,
                                          const QHash<QByteArray, QByteArray> &headers) const
{
    // total_results is optional here: the API defaults it to 10.
    if (const std::optional<HttpAnswer> refused = refusal(body, headers, u"conversation_id", false))
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
    const QList<QJsonObject> thread =
            m_sent.thread(conversationId) + SampleThreads::thread(conversation);
    const Slice page = sliceOf(thread, offset, count, conversationId, cursor,
                               repeatsCursor(Endpoint::Conversation));

    const QJsonObject data{{QStringLiteral("conversation_id"), conversationId},
                           {QStringLiteral("messages"), page.entries},
                           {QStringLiteral("next_cursor"), page.nextCursor}};
    HttpAnswer answer;
    answer.body = QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("success")},
                                            {QStringLiteral("data"), data}})
                          .toJson(QJsonDocument::Compact);
    return answer;
}

HttpAnswer DemoServer::sendAnswer(const QJsonObject &body,
                                  const QHash<QByteArray, QByteArray> &headers)
{
    if (const std::optional<HttpAnswer> refused = refusal(body, headers, u"linkedin_url", false))
        return *refused;
    const QJsonValue text = body.value(u"message_text");
    if (!text.isString())
        return jsonError(400, QStringLiteral("Required fields are missing"));
    // What the real API says to a blank or an over-long text is not documented.
    if (text.toString().trimmed().isEmpty() || text.toString().size() > MaxMessageChars)
        return jsonError(400, QStringLiteral("Bad parameter"));
    const QString conversationId = conversationWith(body.value(u"linkedin_url").toString());
    if (conversationId.isEmpty())
        return jsonError(400, QStringLiteral("Bad parameter"));
    m_pendingConversation = conversationId;
    m_pendingText = text.toString();
    HttpAnswer answer;
    answer.body = QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("success")},
                                            {QStringLiteral("message"),
                                             QStringLiteral("Message sent successfully")}})
                          .toJson(QJsonDocument::Compact);
    return answer;
}

HttpAnswer DemoServer::authAnswer(const QByteArray &path, const QJsonObject &body,
                                  const QHash<QByteArray, QByteArray> &headers) const
{
    if (headers.value("x-api-key") != apiKey().toUtf8())
        return jsonError(401, QStringLiteral("Invalid API key or insufficient credits"));
    const bool verifying = path.endsWith("/verify");
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
    HttpAnswer answer;
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

HttpAnswer DemoServer::avatarAnswer(const QByteArray &path)
{
    QString key = QString::fromLatin1(path.mid(int(qstrlen("/avatars/"))));
    if (!key.endsWith(u".png") || key.size() > 64)
        return jsonError(404, QStringLiteral("Not found"));
    key.chop(4);
    HttpAnswer answer;
    if (const QByteArray *cached = m_avatarCache.object(key)) {
        answer.body = *cached;
    } else {
        answer.body = AvatarPainter::png(key);
        m_avatarCache.insert(key, new QByteArray(answer.body), answer.body.size());
    }
    answer.contentType = "image/png";
    answer.headers.append(
            qMakePair(QByteArray("Cache-Control"), QByteArray("public, max-age=86400")));
    return answer;
}

HttpAnswer DemoServer::jsonError(int status, const QString &message)
{
    HttpAnswer answer;
    answer.status = status;
    answer.body = QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                            {QStringLiteral("message"), message}})
                          .toJson(QJsonDocument::Compact);
    return answer;
}
