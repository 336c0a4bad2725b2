#include "apierror.h"

ApiError ApiError::make(Kind kind, const QString &serverMessage, int httpStatus)
{
    ApiError error;
    error.kind = kind;
    // Server text is untrusted and can be huge; keep enough to be useful, without
    // cutting a surrogate pair in two (a lone half is not text).
    qsizetype kept = qMin(serverMessage.size(), qsizetype(300));
    if (kept < serverMessage.size() && serverMessage.at(kept - 1).isHighSurrogate()
        && serverMessage.at(kept).isLowSurrogate())
        --kept;
    error.serverMessage = serverMessage.left(kept);
    error.httpStatus = httpStatus;
    error.message = describe(kind, error.serverMessage);
    return error;
}

QString ApiError::describe(Kind kind, const QString &serverMessage)
{
    switch (kind) {
    case Kind::None: return {};
    case Kind::InvalidApiKey:
        return tr("The API key was not accepted or has no credits left. Check your API key.");
    case Kind::LoginExpired: return tr("Your LinkedIn login has expired. Log in again.");
    case Kind::LoginFailed:
        return serverMessage.isEmpty()
                ? tr("LinkedIn did not accept the login.")
                : tr("LinkedIn did not accept the login: %1").arg(serverMessage);
    case Kind::RateLimited: return tr("Too many requests for now. Wait a minute, then try again.");
    case Kind::BadRequest:
        return serverMessage.isEmpty()
                ? tr("The server refused the request. This is a bug in Linkup Inbox; please report "
                     "it.")
                : tr("The server refused the request (%1). This is a bug in Linkup Inbox; please "
                     "report it.")
                          .arg(serverMessage);
    case Kind::ServerError: return tr("The LinkupAPI server had a problem. Try again in a moment.");
    case Kind::NetworkError:
        return serverMessage.isEmpty() ? tr("Could not reach the server.")
                                       : tr("Could not reach the server: %1").arg(serverMessage);
    case Kind::Timeout:
        return tr("The server did not answer in time. Check your connection and try again.");
    case Kind::DeadlinePassed:
        return tr("The server took too long to send its answer, so Linkup Inbox stopped "
                  "waiting. Try again later.");
    case Kind::ReplyTooLarge:
        return tr("The server sent far more data than an answer can hold, so Linkup Inbox "
                  "stopped reading it.");
    case Kind::MalformedReply:
        return tr("The server sent a reply that Linkup Inbox could not read.");
    case Kind::NothingNew:
        return tr("The server keeps sending what is already shown; stopped to save credits.");
    case Kind::OverBudget: return tr("Not sent: this would pass your daily credit budget.");
    }
    return {};
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::InvalidApiKey: return QStringLiteral("invalid-api-key");
    case Kind::LoginExpired: return QStringLiteral("login-expired");
    case Kind::LoginFailed: return QStringLiteral("login-failed");
    case Kind::RateLimited: return QStringLiteral("rate-limited");
    case Kind::BadRequest: return QStringLiteral("bad-request");
    case Kind::ServerError: return QStringLiteral("server-error");
    case Kind::NetworkError: return QStringLiteral("network-error");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::DeadlinePassed: return QStringLiteral("deadline-passed");
    case Kind::ReplyTooLarge: return QStringLiteral("reply-too-large");
    case Kind::MalformedReply: return QStringLiteral("malformed-reply");
    case Kind::NothingNew: return QStringLiteral("nothing-new");
    case Kind::OverBudget: return QStringLiteral("over-budget");
    }
    return {};
}
