#include "sentmessages.h"

#include "samplethreads.h"

QJsonObject SentMessages::owner()
{
    return {{QStringLiteral("name"),
             QString(SampleThreads::ownerFirstName() + u' ' + SampleThreads::ownerLastName())},
            {QStringLiteral("headline"), QStringLiteral("Founder at Linkup Labs")},
            {QStringLiteral("profile_url"),
             QStringLiteral("https://www.linkedin.com/in/alex-morgan-linkup")},
            {QStringLiteral("profile_picture"), QStringLiteral("/avatars/me.png")}};
}

QJsonObject SentMessages::append(const QString &conversationId, const QString &text, qint64 timeMs)
{
    const QJsonObject message{
            {QStringLiteral("text"), text},
            {QStringLiteral("timestamp"), double(timeMs)},
            {QStringLiteral("sender"), SampleThreads::ownerUrn()},
            {QStringLiteral("sender_info"),
             QJsonObject{{QStringLiteral("first_name"), SampleThreads::ownerFirstName()},
                         {QStringLiteral("last_name"), SampleThreads::ownerLastName()}}},
            {QStringLiteral("message_type"), QStringLiteral("TEXT")},
            {QStringLiteral("entity_urn"),
             QString(u"urn:li:fsd_message:sent-" + QString::number(++m_lastNumber))}};
    m_byConversation[conversationId].append(message);
    m_order.append(conversationId);
    while (m_order.size() > MaxKept) {
        const QString oldest = m_order.takeFirst();
        QList<QJsonObject> &messages = m_byConversation[oldest];
        messages.removeFirst();
        if (messages.isEmpty())
            m_byConversation.remove(oldest);
    }
    return message;
}

QList<QJsonObject> SentMessages::thread(const QString &conversationId) const
{
    const QList<QJsonObject> oldestFirst = m_byConversation.value(conversationId);
    return {oldestFirst.crbegin(), oldestFirst.crend()};
}

QJsonObject SentMessages::applyTo(QJsonObject conversation, const QUrl &serverBase) const
{
    const auto sent = m_byConversation.constFind(conversation.value(u"conversation_id").toString());
    if (sent == m_byConversation.cend() || sent->isEmpty())
        return conversation;
    const QJsonObject &newest = sent->last();
    QJsonObject sender = owner();
    sender.insert(
            u"profile_picture",
            serverBase.resolved(QUrl(sender.value(u"profile_picture").toString())).toString());
    conversation.insert(u"last_message",
                        QJsonObject{{QStringLiteral("text"), newest.value(u"text")},
                                    {QStringLiteral("time"), newest.value(u"timestamp")},
                                    {QStringLiteral("sender"), sender}});
    return conversation;
}
