#include "scripteddemoserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

ScriptedReply ScriptedReply::redirect(const QUrl &target)
{
    ScriptedReply reply = raw(302, "{}");
    reply.headers.append({QByteArray("Location"), target.toEncoded()});
    return reply;
}

void ScriptedDemoServer::scriptInboxCall(int callNumber, const ScriptedReply &reply)
{
    m_inbox.scripts.insert(callNumber, reply);
}

void ScriptedDemoServer::scriptConversationCall(int callNumber, const ScriptedReply &reply)
{
    m_conversation.scripts.insert(callNumber, reply);
}

void ScriptedDemoServer::scriptAuthCall(int callNumber, const ScriptedReply &reply)
{
    m_auth.scripts.insert(callNumber, reply);
}

void ScriptedDemoServer::scriptSendCall(int callNumber, const ScriptedReply &reply)
{
    m_send.scripts.insert(callNumber, reply);
}

void ScriptedDemoServer::scriptAvatar(const QString &path, const ScriptedReply &reply)
{
    m_scriptedAvatars.insert(path, reply);
}

bool ScriptedDemoServer::repeatsCursor(Endpoint endpoint) const
{
    return endpoint == Endpoint::Inbox           ? m_repeatCursor
            : endpoint == Endpoint::Conversation ? m_repeatConversationCursor
                                                 : false;
}

int ScriptedDemoServer::record(Log &log, const HttpRequest &request)
{
    RecordedRequest recorded;
    recorded.path = request.path();
    recorded.headers = request.headers;
    recorded.body = request.body;
    if (log.recorded.size() >= MaxRecorded)
        log.recorded.removeFirst();
    log.recorded.append(recorded);
    return ++log.count;
}

void ScriptedDemoServer::apply(const ScriptedReply &script, HttpAnswer &answer, Delivery &delivery)
{
    if (!script.body.isEmpty()) {
        answer.status = script.httpStatus;
        answer.body = script.body;
    }
    answer.headers.append(script.headers);
    delivery.delayMs = qMax(delivery.delayMs, script.delayMs);
    delivery.truncate = script.truncateNormalBody;
    delivery.drop = script.closeWithoutAnswer;
    delivery.never = script.neverAnswer;
    delivery.streamBytes = script.streamBytes;
    delivery.declareLength = script.declareLength;
    delivery.chunkBytes = script.chunkBytes;
    delivery.chunkIntervalMs = script.chunkIntervalMs;
}

int ScriptedDemoServer::creditsFor(const HttpAnswer &answer, const Delivery &delivery)
{
    // Counted from what goes out, not from the app's Billing, so a test can hold one
    // against the other.
    if (delivery.drop || delivery.never || (answer.status >= 500 && answer.status <= 599))
        return 0;
    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    if (answer.status >= 400 || body.value(u"status").toString() != u"success")
        return 1;
    const QJsonObject data = body.value(u"data").toObject();
    for (const QStringView list : {u"conversations", u"messages"}) {
        if (data.contains(list)) {
            const qsizetype results = data.value(list).toArray().size();
            return int(qMax<qsizetype>(1, (results + 9) / 10));
        }
    }
    return 1;
}

void ScriptedDemoServer::review(Endpoint endpoint, const HttpRequest &request, HttpAnswer &answer,
                                Delivery &delivery)
{
    Log *log = nullptr;
    switch (endpoint) {
    case Endpoint::Inbox:
        log = &m_inbox;
        delivery.delayMs = m_inboxDelayMs;
        break;
    case Endpoint::Conversation:
        log = &m_conversation;
        delivery.delayMs = m_conversationDelayMs;
        break;
    case Endpoint::Send:
        log = &m_send;
        delivery.delayMs = m_sendDelayMs;
        break;
    case Endpoint::Auth: log = &m_auth; break;
    case Endpoint::Avatar: {
        const QString path = QString::fromLatin1(request.path());
        ++m_avatarRequests;
        ++m_avatarRequestsByPath[path];
        if (const auto scripted = m_scriptedAvatars.constFind(path);
            scripted != m_scriptedAvatars.cend()) {
            answer.status = scripted->httpStatus;
            answer.body = scripted->body;
            apply(*scripted, answer, delivery);
        }
        return;
    }
    case Endpoint::Other: ++m_otherRequests; return;
    }
    const int callNumber = record(*log, request);
    if (const auto scripted = log->scripts.constFind(callNumber); scripted != log->scripts.cend())
        apply(*scripted, answer, delivery);
    m_billedCredits += creditsFor(answer, delivery);
    if (endpoint == Endpoint::Inbox)
        emit inboxRequestServed(callNumber);
    else if (endpoint == Endpoint::Conversation)
        emit conversationRequestServed(callNumber);
    else if (endpoint == Endpoint::Send)
        emit sendRequestServed(callNumber);
    else
        emit authRequestServed(callNumber);
}
