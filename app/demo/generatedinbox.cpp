#include "generatedinbox.h"

#include "samplethreads.h"
#include "sentmessages.h"

#include <QStringList>

namespace {

// Minutes between two conversations; each gets up to half of it again, so the order
// stays strict and 100 000 conversations span about three years.
constexpr qint64 StepMs = qint64(17) * 60 * 1000;

const QStringList FirstNames = {
        QStringLiteral("Amelia"), QStringLiteral("Noah"),    QStringLiteral("Priya"),
        QStringLiteral("Lucas"),  QStringLiteral("Chen"),    QStringLiteral("Fatima"),
        QStringLiteral("Mateo"),  QStringLiteral("Ingrid"),  QStringLiteral("Kwame"),
        QStringLiteral("Sofia"),  QStringLiteral("Hiroshi"), QStringLiteral("Elena"),
        QStringLiteral("Omar"),   QStringLiteral("Chloé"),   QStringLiteral("Rafael"),
        QStringLiteral("Yara"),   QStringLiteral("Tomasz"),  QStringLiteral("Aisha"),
        QStringLiteral("Liam"),   QStringLiteral("Zoë"),     QStringLiteral("Arjun"),
        QStringLiteral("Maja"),   QStringLiteral("Diego"),   QStringLiteral("Nora")};
const QStringList LastNames = {
        QStringLiteral("Okafor"), QStringLiteral("Lindqvist"), QStringLiteral("Moreau"),
        QStringLiteral("Tanaka"), QStringLiteral("Haddad"),    QStringLiteral("Kowalski"),
        QStringLiteral("Rossi"),  QStringLiteral("Nguyen"),    QStringLiteral("Fischer"),
        QStringLiteral("Patel"),  QStringLiteral("García"),    QStringLiteral("O'Brien"),
        QStringLiteral("Mensah"), QStringLiteral("Van Dijk"),  QStringLiteral("Silva"),
        QStringLiteral("Cohen"),  QStringLiteral("Müller"),    QStringLiteral("Sato"),
        QStringLiteral("Dubois")};
const QStringList Roles = {QStringLiteral("Talent Acquisition Partner"),
                           QStringLiteral("Head of Partnerships"),
                           QStringLiteral("Senior Software Engineer"),
                           QStringLiteral("Account Executive"),
                           QStringLiteral("Founder & CEO"),
                           QStringLiteral("Product Designer"),
                           QStringLiteral("VP Sales EMEA"),
                           QStringLiteral("Data Scientist"),
                           QStringLiteral("Recruiter")};
const QStringList Companies = {
        QStringLiteral("Helio Health"),       QStringLiteral("Northwind"),
        QStringLiteral("Brightline Capital"), QStringLiteral("Quantix"),
        QStringLiteral("Atlas Robotics"),     QStringLiteral("Verdant Foods"),
        QStringLiteral("Lumen Analytics"),    QStringLiteral("Kestrel AI"),
        QStringLiteral("Bluefin Logistics"),  QStringLiteral("Oakridge")};
const QStringList Openings = {QStringLiteral("Thanks for getting back to me so quickly."),
                              QStringLiteral("Great to connect after the conference last week!"),
                              QStringLiteral("I came across your profile and wanted to reach out."),
                              QStringLiteral("Following up on my last message."),
                              QStringLiteral("Appreciate the intro from our mutual friend."),
                              QStringLiteral("Hope you had a good weekend.")};
const QStringList Closings = {QStringLiteral("Would you have 20 minutes for a call on Thursday?"),
                              QStringLiteral("Let me know what works for you."),
                              QStringLiteral("Happy to send over the deck if that helps."),
                              QStringLiteral("Let's reconnect in a few months."),
                              QStringLiteral("Looking forward to hearing your thoughts."),
                              QStringLiteral("Talk soon, and thanks again.")};

// A small fixed mix of the index (a 32-bit finalizer), the same on every platform.
quint32 mix(quint32 x)
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

const QString &pick(const QStringList &list, quint32 value)
{
    return list.at(int(value % quint32(list.size())));
}

} // namespace

GeneratedInbox::GeneratedInbox(int size, qint64 newestTimeMs)
    : m_size(qBound(0, size, MaxSize))
    , m_newestTimeMs(newestTimeMs)
{
}

QString GeneratedInbox::idAt(int index) const
{
    // LinkedIn's thread part is base64 of a UUID and a suffix; ours names the index.
    const quint32 h = mix(quint32(index) + 0x9e3779b9U);
    const QString thread = QStringLiteral("%1-%2-4%3-%4_%5")
                                   .arg(h, 8, 16, QLatin1Char('0'))
                                   .arg(mix(h) & 0xffff, 4, 16, QLatin1Char('0'))
                                   .arg(mix(h + 1) & 0xfff, 3, 16, QLatin1Char('0'))
                                   .arg(mix(h + 2), 8, 16, QLatin1Char('0'))
                                   .arg(index);
    return QString(u"urn:li:msg_conversation:(" + SampleThreads::ownerUrn() + u",2-"
                   + QString::fromLatin1(thread.toLatin1().toBase64()) + u')');
}

int GeneratedInbox::indexOf(const QString &conversationId) const
{
    const qsizetype start = conversationId.indexOf(u",2-");
    if (start < 0 || !conversationId.endsWith(u')'))
        return -1;
    const QByteArray thread = QByteArray::fromBase64(
            conversationId.mid(start + 3, conversationId.size() - start - 4).toLatin1());
    bool ok = false;
    const int index = thread.mid(thread.lastIndexOf('_') + 1).toInt(&ok);
    return ok && index >= 0 && index < m_size && idAt(index) == conversationId ? index : -1;
}

QJsonObject GeneratedInbox::conversation(int index) const
{
    if (index < 0 || index >= m_size)
        return {};
    const quint32 h = mix(quint32(index));
    const QString first = pick(FirstNames, h);
    const QString last = pick(LastNames, h >> 8);
    const QString name = QString(first + u' ' + last);
    const QJsonObject participant{
            {QStringLiteral("name"), name},
            {QStringLiteral("headline"),
             QString(pick(Roles, h >> 4) + u" · " + pick(Companies, h >> 12))},
            {QStringLiteral("profile_url"),
             QString(u"https://www.linkedin.com/in/" + first.toLower() + u'-' + last.toLower()
                     + u'-' + QString::number(h, 16))
                     .remove(u' ')
                     .remove(u'\'')},
            {QStringLiteral("profile_picture"), QStringLiteral("/avatars/g%1.png").arg(index)}};
    // Unread conversations are the ones where the other person wrote last.
    const bool unread = index % UnreadEvery == 0;
    const bool fromMe = !unread && h % 3 == 0;
    const QString text = fromMe ? QString(pick(Openings, h >> 16) + u' ' + pick(Closings, h >> 20))
                                : QString(u"Hi Alex, " + pick(Openings, h >> 16).toLower() + u' '
                                          + pick(Closings, h >> 20));
    const qint64 jitter = qint64(h % quint32(StepMs / 2));
    const QJsonObject lastMessage{
            {QStringLiteral("text"), text},
            {QStringLiteral("time"), double(m_newestTimeMs - qint64(index) * StepMs - jitter)},
            {QStringLiteral("sender"), fromMe ? SentMessages::owner() : participant}};
    return {{QStringLiteral("conversation_id"), idAt(index)},
            {QStringLiteral("participant"), participant},
            {QStringLiteral("last_message"), lastMessage},
            {QStringLiteral("unread"), unread ? int(1 + h % 3) : 0},
            {QStringLiteral("type"), QStringLiteral("normal")}};
}
