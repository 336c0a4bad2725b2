#pragma once

#include "api/apierror.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

// A message the user wrote in the app, from the press of Send until the thread holds the
// server's copy of it. The text is the user's own, exactly as typed.
struct OutgoingMessage
{
    enum class State {
        Sending, // the request is on its way: nothing may send it again
        Sent, // LinkupAPI said success
        NotSent, // refused or failed; waits for Retry or Edit, never retried by itself
    };

    QString localKey; // "local:<n>": unique for the session, never a server id
    QString conversationId;
    QUrl recipient; // the participant's profile URL (linkedin_url)
    QString country;
    QString text;
    QDateTime time; // when Send was pressed (UTC): where the thread shows it
    State state = State::Sending;
    ApiError error; // NotSent: why (translated; may quote the server)
};
