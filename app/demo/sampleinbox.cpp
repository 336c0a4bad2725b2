#include "sampleinbox.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

constexpr qint64 NewestMessageAgeMs = qint64(4) * 60 * 1000;

QJsonObject withAbsolutePicture(QJsonObject person, const QUrl &serverBase)
{
    const QString picture = person.value(u"profile_picture").toString();
    if (picture.startsWith(u'/'))
        person.insert(u"profile_picture", serverBase.resolved(QUrl(picture)).toString());
    return person;
}

} // namespace

SampleInbox SampleInbox::load(const QString &path)
{
    SampleInbox inbox;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return inbox;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();

    qint64 newest = 0;
    for (auto it = root.begin(); it != root.end(); ++it) {
        for (const QJsonValue entry : it->toArray())
            newest = qMax(newest, qint64(entry[u"last_message"][u"time"].toDouble()));
    }
    const qint64 shift = QDateTime::currentMSecsSinceEpoch() - NewestMessageAgeMs - newest;

    for (auto it = root.begin(); it != root.end(); ++it) {
        QList<QJsonObject> list;
        for (const QJsonValue entry : it->toArray()) {
            QJsonObject conversation = entry.toObject();
            QJsonObject last = conversation.value(u"last_message").toObject();
            last.insert(u"time", double(qint64(last.value(u"time").toDouble()) + shift));
            conversation.insert(u"last_message", last);
            inbox.m_byId.insert(conversation.value(u"conversation_id").toString(), conversation);
            list.append(conversation);
        }
        inbox.m_byCategory.insert(it.key(), list);
    }
    QList<QJsonObject> unread;
    for (const QJsonObject &conversation : inbox.m_byCategory.value(QStringLiteral("INBOX"))) {
        if (conversation.value(u"unread").toInt() > 0)
            unread.append(conversation);
    }
    inbox.m_byCategory.insert(QStringLiteral("UNREAD"), unread);
    return inbox;
}

QList<QJsonObject> SampleInbox::conversations(const QString &category, const QUrl &serverBase) const
{
    QList<QJsonObject> list = m_byCategory.value(category);
    for (QJsonObject &conversation : list) {
        conversation.insert(
                u"participant",
                withAbsolutePicture(conversation.value(u"participant").toObject(), serverBase));
        QJsonObject last = conversation.value(u"last_message").toObject();
        last.insert(u"sender", withAbsolutePicture(last.value(u"sender").toObject(), serverBase));
        conversation.insert(u"last_message", last);
    }
    return list;
}

QJsonObject SampleInbox::conversation(const QString &conversationId) const
{
    return m_byId.value(conversationId);
}

int SampleInbox::count(const QString &category) const
{
    return int(m_byCategory.value(category).size());
}
