#include "linkuptypes.h"

#include "urltext.h"

namespace {

QString profileKey(const QUrl &url)
{
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    QString host = url.host().toLower();
    if (host.startsWith(u"www."))
        host = host.mid(4);
    // Vanity slugs are case-insensitive on LinkedIn (/in/Anna-Smith is /in/anna-smith).
    return host + path.toLower();
}

} // namespace

bool sameProfile(const QString &a, const QString &b)
{
    // The same text is the same URL: no QUrl needed for a sender who is the participant.
    return a == b || profileKey(UrlText::toUrl(a)) == profileKey(UrlText::toUrl(b));
}

bool Conversation::lastMessageSentByMe() const
{
    const Person &sender = lastMessage.sender;
    if (!sender.profileUrl.isEmpty() && !participant.profileUrl.isEmpty())
        return !sameProfile(sender.profileUrl, participant.profileUrl);
    if (!sender.name.isEmpty() && !participant.name.isEmpty())
        return sender.name != participant.name;
    return false;
}

bool Conversation::isNormalType() const
{
    return type.isEmpty() || type.compare(u"normal", Qt::CaseInsensitive) == 0;
}

QString ownerUrnOf(const QString &conversationId)
{
    static const QString Prefix = QStringLiteral("urn:li:msg_conversation:(");
    if (!conversationId.startsWith(Prefix))
        return {};
    const qsizetype comma = conversationId.indexOf(u',', Prefix.size());
    const QString owner = conversationId.mid(Prefix.size(), comma - Prefix.size());
    return comma > 0 && owner.startsWith(u"urn:li:fsd_profile:") ? owner : QString();
}
