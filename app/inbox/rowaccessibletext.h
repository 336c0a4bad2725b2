#pragma once

#include <QDateTime>
#include <QString>

// What a screen reader says for a conversation row: what the delegate paints, in the
// order a sighted user reads it (name, marker, unread, time, headline, draft, last message).
// All text is already made safe to show (DisplayText); none of it is read as markup.
struct RowSpeech
{
    QString name;
    QString type; // the API's conversation type: "INMAIL", "SPONSORED", "JOB", ...
    int unread = 0;
    bool readHere = false; // LinkedIn still counts it unread; read in the app
    QDateTime time; // of the last message
    bool waiting = false; // a waiting view: the time slot says how long it has waited
    QString headline;
    QString preview; // the last message
    bool sentByMe = false;
    bool hasDraft = false; // a reply being written: a Draft pill before the message
};

namespace RowAccessibleText {

QString compose(const RowSpeech &row, const QDateTime &now, const QLocale &locale);
// The marker's words ("InMail"), empty for an ordinary conversation; an unknown type
// is the server's text, bounded. The painted pill shows the same words.
QString markerName(const QString &type);

} // namespace RowAccessibleText
