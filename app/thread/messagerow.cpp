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

MessageRow MessageRow::from(const OutgoingMessage &outgoing)
{
    MessageRow row;
    row.message.text = outgoing.text;
    row.message.time = outgoing.time;
    row.displayText = DisplayText::multiLine(outgoing.text);
    row.localDay = outgoing.time.toLocalTime().date();
    row.sentByMe = true; // no sender name: the delegate shows the owner's
    row.localKey = outgoing.localKey;
    row.delivery = deliveryOf(outgoing.state);
    row.deliveryError = outgoing.error.message;
    return row;
}

MessageRow::Delivery MessageRow::deliveryOf(OutgoingMessage::State state)
{
    switch (state) {
    case OutgoingMessage::State::Sending: return Delivery::Sending;
    case OutgoingMessage::State::Sent: return Delivery::Sent;
    case OutgoingMessage::State::NotSent: return Delivery::NotSent;
    }
    return Delivery::None;
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
    // A message written in the app has no sender of its own: it goes on the owner's run.
    if (sentByMe && (isOutgoing() || previous->isOutgoing()))
        return false;
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
    switch (delivery) {
    case Delivery::None: break;
    case Delivery::Sending: return tr("%1, %2, %3, sending").arg(sender, time, displayText);
    case Delivery::Sent: return tr("%1, %2, %3, sent").arg(sender, time, displayText);
    case Delivery::NotSent: return tr("%1, %2, %3, not sent").arg(sender, time, displayText);
    }
    return tr("%1, %2, %3").arg(sender, time, displayText);
}
