#include "replyclassifier.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>

#include <algorithm>

namespace {

using Kind = ApiError::Kind;

constexpr int MaxRetryAfterSeconds = 600;

QString serverMessageOf(const QJsonObject &root)
{
    const QJsonValue message = root.value(u"message");
    if (message.isString() && !message.toString().isEmpty())
        return message.toString();
    const QJsonValue data = root.value(u"data");
    if (data.isString())
        return data.toString();
    const QJsonValue error = root.value(u"error");
    if (error.isString())
        return error.toString();
    return {};
}

// Known v1 texts first (they arrive with HTTP 200 too), then the HTTP code.
Kind kindFor(int httpStatus, const QString &serverMessage)
{
    const QString text = serverMessage.toLower();
    if (text.contains(u"rate limit"))
        return Kind::RateLimited;
    if (text.contains(u"session expired") || text.contains(u"token expired")
        || text.contains(u"login token"))
        return Kind::LoginExpired;
    if (text.contains(u"api key") || text.contains(u"credit"))
        return Kind::InvalidApiKey;
    if (text.contains(u"username or password") || text.contains(u"verification failed")
        || text.contains(u"verification code"))
        return Kind::LoginFailed;
    if (text.contains(u"bad parameter") || text.contains(u"required field")
        || text.contains(u"must be greater"))
        return Kind::BadRequest;

    switch (httpStatus) {
    case 401:
    case 402: return Kind::InvalidApiKey;
    case 403: return Kind::LoginExpired;
    case 429: return Kind::RateLimited;
    default: break;
    }
    if (httpStatus >= 500)
        return Kind::ServerError;
    if (httpStatus >= 400)
        return Kind::BadRequest;
    // An error body with HTTP 200 and a text we do not know.
    return Kind::ServerError;
}

} // namespace

int parseRetryAfter(const QByteArray &header, const QDateTime &now)
{
    const QByteArray trimmed = header.trimmed();
    if (trimmed.isEmpty())
        return -1;
    // delta-seconds: digits only; a number too big for any integer type still means "long".
    if (std::all_of(trimmed.cbegin(), trimmed.cend(),
                    [](char c) { return c >= '0' && c <= '9'; })) {
        bool ok = false;
        const qint64 seconds = trimmed.toLongLong(&ok);
        return ok ? int(qMin(seconds, qint64(MaxRetryAfterSeconds))) : MaxRetryAfterSeconds;
    }
    // HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT"): Qt's RFC 2822 parser refuses the
    // "GMT" zone name but reads a date without zone as UTC, which GMT is.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(u" GMT"))
        text.chop(4);
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qBound<qint64>(0, now.secsTo(when), qint64(MaxRetryAfterSeconds)));
}

ClassifiedReply classifyReply(const RawReply &reply)
{
    ClassifiedReply result;
    result.httpStatus = reply.httpStatus;
    // Cut off by the app: what arrived is not the whole answer, whatever it says.
    if (reply.tooLarge) {
        result.error = ApiError::make(Kind::ReplyTooLarge, {}, reply.httpStatus);
        return result;
    }
    if (reply.deadlinePassed) {
        result.error = ApiError::make(Kind::DeadlinePassed, {}, reply.httpStatus);
        return result;
    }
    if (reply.timedOut) {
        result.error = ApiError::make(Kind::Timeout, {}, reply.httpStatus);
        return result;
    }
    if (reply.httpStatus == 0) {
        result.error = ApiError::make(Kind::NetworkError, reply.transportError);
        result.worthRetrying = true;
        return result;
    }

    if (reply.httpStatus >= 300 && reply.httpStatus < 400) {
        // Redirects are not followed (one could carry the API key to another host) and
        // LinkupAPI does not send them: not an answer.
        result.error = ApiError::make(Kind::MalformedReply, {}, reply.httpStatus);
        result.error.message = ApiError::tr("The server sent Linkup Inbox elsewhere (HTTP %1); "
                                            "it does not follow such redirects.")
                                       .arg(reply.httpStatus);
        return result;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && document.isObject();
    if (isObject)
        result.root = document.object();

    const bool httpOk = reply.httpStatus >= 200 && reply.httpStatus < 300;
    const bool statusSuccess = result.root.value(u"status").toString() == u"success";
    if (httpOk && statusSuccess)
        return result;

    if (httpOk && !isObject) {
        result.error = ApiError::make(Kind::MalformedReply, {}, reply.httpStatus);
        return result;
    }

    const QString serverMessage = serverMessageOf(result.root);
    if (httpOk && result.root.value(u"status").toString() != u"error") {
        // A JSON object that is neither success nor error: not the contract.
        result.error = ApiError::make(Kind::MalformedReply, serverMessage, reply.httpStatus);
        return result;
    }
    result.error = ApiError::make(kindFor(reply.httpStatus, serverMessage), serverMessage,
                                  reply.httpStatus);
    if (result.error.kind == Kind::RateLimited)
        result.error.retryAfterSeconds =
                parseRetryAfter(reply.retryAfterHeader, QDateTime::currentDateTimeUtc());
    // 5xx only: a code past 599 is no HTTP status (a broken proxy, or worse), and v1 may
    // bill whatever it is.
    result.worthRetrying = reply.httpStatus >= 500 && reply.httpStatus <= 599;
    return result;
}
