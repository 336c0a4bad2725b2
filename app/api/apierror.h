#pragma once

#include <QCoreApplication>
#include <QString>

// An error as a value: a kind the UI can act on, and a translated sentence in plain
// words it can show. Travels through signals and callbacks, never as an exception.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        InvalidApiKey, // key refused, or no credits left
        LoginExpired, // the LinkedIn login token is no longer valid
        LoginFailed, // wrong email/password or verification code
        RateLimited,
        BadRequest, // the app sent something the server refused: a bug
        ServerError,
        NetworkError,
        Timeout, // no byte arrived for too long
        DeadlinePassed, // the whole reply took longer than any reply may take
        ReplyTooLarge, // the reply grew past the cap and was cut off
        MalformedReply,
        NothingNew, // pages kept bringing only what was shown already: stopped, not failed
        OverBudget, // not sent: it would pass the user's daily credit budget
    };

    Kind kind = Kind::None;
    QString message; // translated, for the user
    QString serverMessage; // what the server said, if anything (untrusted text)
    int httpStatus = 0; // 0 when no HTTP answer arrived
    int retryAfterSeconds = -1; // from Retry-After, when given

    bool isError() const { return kind != Kind::None; }
    // The user can fix it only by changing credentials (the UI offers that instead of Retry).
    bool needsNewCredentials() const
    {
        return kind == Kind::InvalidApiKey || kind == Kind::LoginExpired;
    }

    static ApiError make(Kind kind, const QString &serverMessage = {}, int httpStatus = 0);
    static QString describe(Kind kind, const QString &serverMessage);
    static QString kindName(Kind kind); // stable, untranslated: for logs and tests
};
