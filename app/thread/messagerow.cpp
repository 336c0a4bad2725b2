#include "messagerow.h"

#include "text/displaytext.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

constexpr int MaxNameChars = 200;

QString fullName(const ThreadMessage &message)
{
    return DisplayText::singleLine(QString(message.senderFirstName + u' ' + message.senderLastName),
                                   MaxNameChars);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("MessageListModel", text);
}

} // namespace

MessageRow MessageRow::from(const ThreadMessage &message, const Person &participant,
                            const QString &conversationId)
{
    MessageRow row;
    row.message = message;
    row.displayText = DisplayText::multiLine(message.text);
    row.displaySender = fullName(message);
    if (message.time.isValid())
        row.localDay = message.time.toLocalTime().date();
    row.sentByMe = isSentByMe(message, participant, conversationId);
    return row;
}

bool MessageRow::isSentByMe(const ThreadMessage &message, const Person &participant,
                            const QString &conversationId)
{
    if (message.isSystem)
        return false;
    const QString sender = fullName(message);
    const QString other = DisplayText::singleLine(participant.name, MaxNameChars);
    if (!sender.isEmpty() && !other.isEmpty())
        return sender.compare(other, Qt::CaseInsensitive) != 0;
    const QString owner = ownerUrnOf(conversationId);
    return !owner.isEmpty() && message.senderId == owner;
}

bool MessageRow::startsDayAfter(const MessageRow *previous) const
{
    if (!localDay.isValid())
        return false;
    return !previous || previous->localDay != localDay;
}

bool MessageRow::startsRunAfter(const MessageRow *previous) const
{
    if (!previous || startsDayAfter(previous))
        return true;
    if (message.isSystem || previous->message.isSystem)
        return true;
    if (sentByMe != previous->sentByMe)
        return true;
    const QString &id = message.senderId;
    const QString &previousId = previous->message.senderId;
    if (!id.isEmpty() && !previousId.isEmpty())
        return id != previousId;
    return displaySender.compare(previous->displaySender, Qt::CaseInsensitive) != 0;
}

QString MessageRow::accessibleText() const
{
    const QString time = message.time.isValid()
            ? QLocale().toString(message.time.toLocalTime(), QLocale::ShortFormat)
            : QString();
    if (message.isSystem)
        return tr("%1, %2").arg(time, displayText);
    QString sender = displaySender;
    if (sender.isEmpty())
        sender = sentByMe ? tr("You") : tr("Unknown sender");
    return tr("%1, %2, %3").arg(sender, time, displayText);
}
