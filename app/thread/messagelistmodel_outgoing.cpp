// MessageListModel's rows for the messages written in the app (OutgoingMessages), apart
// from the paging in messagelistmodel.cpp: adding them at their time, following their
// delivery, and letting the server's copy of a sent one take its row.

#include "messagelistmodel.h"
#include "outgoingmessages.h"

namespace {

qint64 msOf(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

// The server's copy of a message sent from here: the owner's, the same text (white space
// aside: a server may trim or fold it), close in time.
bool isCopyOf(const ThreadMessage &server, bool serverIsMine, const MessageRow &local)
{
    if (!serverIsMine || !server.time.isValid() || !local.message.time.isValid())
        return false;
    return qAbs(msOf(server.time) - msOf(local.message.time)) <= MessageListModel::MatchWindowMs
            && server.text.simplified() == local.message.text.simplified();
}

} // namespace

void MessageListModel::setOutgoing(OutgoingMessages *outgoing)
{
    if (m_outgoing)
        m_outgoing->disconnect(this);
    m_outgoing = outgoing;
    if (!outgoing)
        return;
    connect(outgoing, &OutgoingMessages::added, this, &MessageListModel::onOutgoingAdded);
    connect(outgoing, &OutgoingMessages::changed, this, &MessageListModel::onOutgoingChanged);
    connect(outgoing, &OutgoingMessages::removed, this, &MessageListModel::onOutgoingRemoved);
}

int MessageListModel::rowOfLocalKey(const QString &localKey) const
{
    // From the bottom: messages written here are nearly always the newest.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).localKey == localKey)
            return row;
    }
    return -1;
}

void MessageListModel::addOutgoingRows()
{
    // Inside restart()'s reset: no row signals. A sent message whose server copy the
    // store already brought is settled instead of shown twice.
    if (!m_outgoing || m_conversationId.isEmpty())
        return;
    QStringList settled;
    const QList<OutgoingMessage> outgoing = m_outgoing->messages(m_conversationId);
    for (const OutgoingMessage &message : outgoing) {
        const MessageRow local = MessageRow::from(message);
        bool copied = false;
        for (const MessageRow &row : std::as_const(m_rows)) {
            const QString key = messageKey(row.message);
            if (local.delivery == MessageRow::Delivery::Sent && !row.isOutgoing()
                && !m_claimed.contains(key) && isCopyOf(row.message, row.sentByMe, local)) {
                m_claimed.insert(key);
                copied = true;
                break;
            }
        }
        if (copied) {
            settled.append(message.localKey);
            continue;
        }
        m_rows.insert(placeFor(msOf(local.message.time)), local);
        ++m_outgoingRows;
    }
    for (const QString &key : std::as_const(settled))
        m_outgoing->settle(key);
}

bool MessageListModel::absorbIntoSent(const ThreadMessage &server)
{
    if (m_outgoingRows == 0)
        return false;
    const bool mine = MessageRow::isSentByMe(server, m_participant, m_conversationId);
    for (int row = 0; row < m_rows.size(); ++row) {
        const MessageRow &local = m_rows.at(row);
        if (local.delivery != MessageRow::Delivery::Sent || !isCopyOf(server, mine, local))
            continue;
        const QString localKey = local.localKey;
        const QString key = messageKey(server);
        m_rows[row] = MessageRow::from(server, m_participant, m_conversationId);
        --m_outgoingRows;
        m_keys.insert(key);
        m_claimed.insert(key);
        emit dataChanged(index(row), index(row));
        keepInOrder(row);
        if (m_outgoing)
            m_outgoing->settle(localKey); // its removed() finds no row of that key now
        return true;
    }
    return false;
}

void MessageListModel::onOutgoingAdded(const OutgoingMessage &outgoing)
{
    if (outgoing.conversationId != m_conversationId || rowOfLocalKey(outgoing.localKey) >= 0)
        return;
    const MessageRow local = MessageRow::from(outgoing);
    const int at = placeFor(msOf(local.message.time));
    beginInsertRows({}, at, at);
    m_rows.insert(at, local);
    ++m_outgoingRows;
    endInsertRows();
    if (at + 1 < m_rows.size())
        emit dataChanged(index(at + 1), index(at + 1), {StartsRunRole, StartsDayRole});
}

void MessageListModel::onOutgoingChanged(const OutgoingMessage &outgoing)
{
    if (outgoing.conversationId != m_conversationId)
        return;
    const int at = rowOfLocalKey(outgoing.localKey);
    if (at < 0)
        return;
    MessageRow &row = m_rows[at];
    row.delivery = MessageRow::deliveryOf(outgoing.state);
    row.deliveryError = outgoing.error.message;
    emit dataChanged(index(at), index(at),
                     {DeliveryRole, DeliveryErrorRole, Qt::AccessibleTextRole});
    if (row.delivery != MessageRow::Delivery::Sent)
        return;
    // A refresh while it was on its way may have brought the server's copy already.
    for (int other = 0; other < m_rows.size(); ++other) {
        const MessageRow &server = m_rows.at(other);
        const QString key = messageKey(server.message);
        if (server.isOutgoing() || m_claimed.contains(key)
            || !isCopyOf(server.message, server.sentByMe, m_rows.at(at)))
            continue;
        m_claimed.insert(key);
        removeOutgoingRow(at);
        if (m_outgoing)
            m_outgoing->settle(outgoing.localKey);
        return;
    }
}

void MessageListModel::onOutgoingRemoved(const QString &conversationId, const QString &localKey)
{
    if (conversationId != m_conversationId)
        return;
    const int at = rowOfLocalKey(localKey);
    if (at >= 0)
        removeOutgoingRow(at);
}

void MessageListModel::removeOutgoingRow(int at)
{
    beginRemoveRows({}, at, at);
    m_rows.removeAt(at);
    --m_outgoingRows;
    endRemoveRows();
    // The message after it may now start a run or a day.
    if (at < m_rows.size())
        emit dataChanged(index(at), index(at), {StartsRunRole, StartsDayRole});
}
