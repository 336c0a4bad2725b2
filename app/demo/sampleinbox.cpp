#include "sampleinbox.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtGlobal>

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

SampleInbox SampleInbox::generated(int size, qint64 newestTimeMs)
{
    SampleInbox inbox = load();
    if (newestTimeMs <= 0)
        newestTimeMs = QDateTime::currentMSecsSinceEpoch() - NewestMessageAgeMs;
    inbox.m_generated = GeneratedInbox(size, newestTimeMs);
    for (const QString &category : {QStringLiteral("INBOX"), QStringLiteral("UNREAD")}) {
        for (const QJsonObject &conversation : inbox.m_byCategory.take(category))
            inbox.m_byId.remove(conversation.value(u"conversation_id").toString());
    }
    return inbox;
}

SampleInbox SampleInbox::forDemo()
{
    bool ok = false;
    const int size = qEnvironmentVariableIntValue("LINKUP_DEMO_SIZE", &ok);
    return ok && size > 0 ? generated(qMin(size, GeneratedInbox::MaxSize)) : load();
}

bool SampleInbox::isGenerated(const QString &category) const
{
    return m_generated.size() > 0 && (category == u"INBOX" || category == u"UNREAD");
}

SampleInbox::Listing SampleInbox::conversations(const QString &category,
                                                const QUrl &serverBase) const
{
    Listing listing;
    listing.m_inbox = this;
    listing.m_category = category;
    listing.m_serverBase = serverBase;
    return listing;
}

QJsonObject SampleInbox::stored(const QString &category, qsizetype index) const
{
    if (!isGenerated(category))
        return m_byCategory.value(category).value(index);
    const int step = category == u"UNREAD" ? GeneratedInbox::UnreadEvery : 1;
    return m_generated.conversation(int(index) * step);
}

qsizetype SampleInbox::Listing::size() const
{
    return m_inbox ? m_inbox->count(m_category) : 0;
}

QJsonObject SampleInbox::Listing::at(qsizetype index) const
{
    QJsonObject conversation = m_inbox->stored(m_category, index);
    conversation.insert(
            u"participant",
            withAbsolutePicture(conversation.value(u"participant").toObject(), m_serverBase));
    QJsonObject last = conversation.value(u"last_message").toObject();
    last.insert(u"sender", withAbsolutePicture(last.value(u"sender").toObject(), m_serverBase));
    conversation.insert(u"last_message", last);
    return conversation;
}

QJsonObject SampleInbox::conversation(const QString &conversationId) const
{
    const int generated = m_generated.indexOf(conversationId);
    return generated >= 0 ? m_generated.conversation(generated) : m_byId.value(conversationId);
}

QStringList SampleInbox::conversationIds() const
{
    QStringList ids = m_byId.keys();
    for (int i = 0; i < m_generated.size(); ++i)
        ids.append(m_generated.idAt(i));
    return ids;
}

int SampleInbox::count(const QString &category) const
{
    if (!isGenerated(category))
        return int(m_byCategory.value(category).size());
    return category == u"UNREAD" ? m_generated.unreadSize() : m_generated.size();
}
