#include "outgoingmessages.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcThread)

OutgoingMessages::OutgoingMessages(Send send, QObject *parent)
    : QObject(parent)
    , m_send(std::move(send))
{
}

OutgoingMessages::OutgoingMessages(LinkupClient *client, QObject *parent)
    : OutgoingMessages(
            [client](const SendQuery &query, QObject *context, LinkupClient::SendCallback onDone) {
                return client->sendMessage(query, context, std::move(onDone));
            },
            parent)
{
}

OutgoingMessages::~OutgoingMessages()
{
    clear();
}

bool OutgoingMessages::isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

OutgoingMessages::Refusal OutgoingMessages::refusal(const QString &conversationId,
                                                    const QUrl &recipient,
                                                    const QString &text) const
{
    if (isBlank(text))
        return Refusal::Blank;
    if (length(text) > MaxChars)
        return Refusal::TooLong;
    if (conversationId.isEmpty() || recipient.isEmpty() || !recipient.isValid())
        return Refusal::NoRecipient;
    if (isSending(conversationId))
        return Refusal::Busy;
    return Refusal::None;
}

QString OutgoingMessages::send(const QString &conversationId, const QUrl &recipient,
                               const QString &country, const QString &text)
{
    if (refusal(conversationId, recipient, text) != Refusal::None)
        return {};
    OutgoingMessage message;
    message.localKey = QStringLiteral("local:%1").arg(++m_lastKey);
    message.conversationId = conversationId;
    message.recipient = recipient;
    message.country = country;
    message.text = text;
    message.time = QDateTime::currentDateTimeUtc();
    m_messages.append(message);
    emit added(message);
    start(message.localKey);
    trim();
    return message.localKey;
}

bool OutgoingMessages::retry(const QString &key)
{
    const QString localKey = key; // the caller's may change while the signals run
    const int at = indexOf(localKey);
    if (at < 0 || m_messages.at(at).state != OutgoingMessage::State::NotSent
        || isSending(m_messages.at(at).conversationId))
        return false;
    OutgoingMessage &message = m_messages[at];
    message.state = OutgoingMessage::State::Sending;
    message.error = {};
    emit changed(message);
    start(localKey);
    return true;
}

QString OutgoingMessages::takeBack(const QString &localKey)
{
    const int at = indexOf(localKey);
    if (at < 0 || m_messages.at(at).state != OutgoingMessage::State::NotSent)
        return {};
    const OutgoingMessage message = m_messages.takeAt(at);
    emit removed(message.conversationId, message.localKey);
    return message.text;
}

void OutgoingMessages::settle(const QString &localKey)
{
    const int at = indexOf(localKey);
    if (at < 0 || m_messages.at(at).state != OutgoingMessage::State::Sent)
        return;
    const OutgoingMessage message = m_messages.takeAt(at);
    emit removed(message.conversationId, message.localKey);
}

void OutgoingMessages::start(const QString &localKey)
{
    const OutgoingMessage &message = m_messages.at(indexOf(localKey));
    SendQuery query;
    query.recipient = message.recipient;
    query.text = message.text;
    query.country = message.country;
    // In flight from before the request starts: a sender that answers at once (a test's)
    // finds it there.
    m_calls.insert(localKey, nullptr);
    emit sendingCountChanged(sendingCount());
    ApiCall *call = m_send(query, this, [this, localKey](const SendResult &result) {
        onFinished(localKey, result);
    });
    if (const auto waiting = m_calls.find(localKey); waiting != m_calls.end())
        *waiting = call;
}

void OutgoingMessages::onFinished(const QString &localKey, const SendResult &result)
{
    if (!m_calls.remove(localKey))
        return; // abandoned by clear()
    const int at = indexOf(localKey);
    if (at >= 0) {
        OutgoingMessage &message = m_messages[at];
        message.state = result.error.isError() ? OutgoingMessage::State::NotSent
                                               : OutgoingMessage::State::Sent;
        message.error = result.error;
        if (result.error.isError())
            qCInfo(lcThread) << "a message was not sent:" << ApiError::kindName(result.error.kind);
        const OutgoingMessage copy = message; // the slots may change the list
        emit changed(copy);
        if (!result.error.isError())
            emit sent(copy);
    }
    emit sendingCountChanged(sendingCount());
    trim();
}

QList<OutgoingMessage> OutgoingMessages::messages(const QString &conversationId) const
{
    QList<OutgoingMessage> found;
    for (const OutgoingMessage &message : m_messages) {
        if (message.conversationId == conversationId)
            found.append(message);
    }
    return found;
}

std::optional<OutgoingMessage> OutgoingMessages::message(const QString &localKey) const
{
    const int at = indexOf(localKey);
    return at >= 0 ? std::optional<OutgoingMessage>(m_messages.at(at)) : std::nullopt;
}

bool OutgoingMessages::isSending(const QString &conversationId) const
{
    for (auto it = m_calls.cbegin(); it != m_calls.cend(); ++it) {
        const int at = indexOf(it.key());
        if (at >= 0 && m_messages.at(at).conversationId == conversationId)
            return true;
    }
    return false;
}

QHash<QString, QStringList> OutgoingMessages::unsentTexts() const
{
    QHash<QString, QStringList> texts;
    for (const OutgoingMessage &message : m_messages) {
        if (message.state != OutgoingMessage::State::Sent)
            texts[message.conversationId].append(message.text);
    }
    return texts;
}

void OutgoingMessages::clear()
{
    const bool wasSending = !m_calls.isEmpty();
    const auto calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->abort();
    }
    m_messages.clear();
    if (wasSending)
        emit sendingCountChanged(0);
}

int OutgoingMessages::indexOf(const QString &localKey) const
{
    for (int i = 0; i < m_messages.size(); ++i) {
        if (m_messages.at(i).localKey == localKey)
            return i;
    }
    return -1;
}

void OutgoingMessages::trim()
{
    // Sent ones go first (their server copies come with the next refresh), then the
    // oldest failed ones; a message on its way is never dropped.
    for (const auto state : {OutgoingMessage::State::Sent, OutgoingMessage::State::NotSent}) {
        for (int i = 0; i < m_messages.size() && m_messages.size() > MaxKept;) {
            if (m_messages.at(i).state != state) {
                ++i;
                continue;
            }
            const OutgoingMessage message = m_messages.takeAt(i);
            emit removed(message.conversationId, message.localKey);
        }
    }
}
