#include "samplethreads.h"

#include <QJsonValue>

namespace {

const QString OwnerProfileId = QStringLiteral("ACoAABx9QmK3vT1sWz8Yd2LpNc5RfGh7uJe4");

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

// FNV-1a over the UTF-8 bytes: stable across runs and platforms, unlike qHash (seeded
// per process) or QRandomGenerator::global().
quint64 stableHash(const QString &text)
{
    quint64 hash = 14695981039346656037ULL;
    for (const char byte : text.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 1099511628211ULL;
    }
    return hash;
}

// SplitMix64: tiny, fast and good enough to make sample data look random.
class Prng
{
public:
    explicit Prng(quint64 seed)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int bound) { return bound <= 0 ? 0 : int(next() % quint64(bound)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    qint64 between(qint64 low, qint64 high)
    {
        return low + qint64(next() % quint64(high - low + 1));
    }
    bool chance(int percent) { return below(100) < percent; }

private:
    quint64 m_state;
};

struct Sender
{
    QString urn;
    QString firstName;
    QString lastName;
};

enum class Side { Them, Me };

// Text pools. {first} is the participant's first name (or "there"), {me} Alex's.
const char16_t *const TheirOpenings[] = {
        u"Hi Alex, thanks for connecting!",
        u"Hello Alex, great to e-meet you. I saw your post about Linkup Labs and had to reach "
        u"out.",
        u"Hi Alex! We met briefly at the SaaS meetup in Lisbon, I was the one asking about "
        u"pricing pages 🙂",
        u"Hey Alex, a mutual friend suggested we talk.",
        u"Hi Alex,\nI hope this finds you well. Do you have 15 minutes this week?",
};

const char16_t *const MyOpenings[] = {
        u"Hi {first}, thanks for accepting my invitation!",
        u"Hi {first}, I came across your profile and thought it was worth saying hello.",
        u"Hello {first}, great meeting you yesterday. As promised, here is my note.",
        u"Hi {first} 👋 quick question about your team's setup, if you have a minute.",
};

const char16_t *const TheirReplies[] = {
        u"Sounds good!",
        u"Thanks, that's helpful.",
        u"Makes sense. Let me check with the team and come back to you.",
        u"Sure, Thursday works for me.",
        u"Could you send the deck over?",
        u"Haha, fair enough 😄",
        u"I'm travelling this week, can we push to Monday?",
        u"Yes, we're still interested. Budget is the open question.",
        u"Just saw this, sorry for the delay!",
        u"Perfect, talk then.",
        u"What does the pricing look like for a team of 12?",
        u"Agreed 👍",
        u"I forwarded it to our Head of Ops, she'll reach out directly.",
        u"Great call today, thank you for your time.",
        u"Is there a trial we could start with?",
        u"Honestly not a priority this quarter, but let's stay in touch.",
};

const char16_t *const MyReplies[] = {
        u"Great, thanks {first}!",
        u"Here it is: https://linkup.example/deck.pdf",
        u"Happy to. Does 30 minutes on Thursday at 10 work?",
        u"No worries at all.",
        u"Booked, you should have the invite: https://cal.com/alex-morgan/30min",
        u"Totally understand.",
        u"For 12 seats it would be the Team plan, I can send a quote.",
        u"Yes, 14 days, no card needed.",
        u"Thanks for the intro!",
        u"Let me know if anything is unclear.",
        u"Ha, same here 😅",
        u"Following up on this one, any news on your side?",
        u"Sounds good, talk soon.",
        u"I'll send a short recap after the call.",
};

const char16_t *const MultiLineTexts[] = {
        u"Quick recap of today:\n- pilot with 5 seats from the 15th\n- weekly check-in on "
        u"Tuesdays\n- decision by the end of the month\n\nAnything I missed?",
        u"Thanks!\n\nTwo questions before we start:\n1. Can we export to CSV?\n2. Who owns the "
        u"data if we leave?",
        u"Here's what I can share for now:\n\nRevenue: +42% YoY\nTeam: 11 people\nRunway: 20 "
        u"months\n\nThe full numbers come with the data room.",
        u"Works for me.\nSee you Thursday!",
        u"Address for Thursday:\nRua Augusta 27, 3rd floor\n1100-048 Lisboa\n\nRing \"Linkup\".",
};

const char16_t *const TheirLongTexts[] = {
        u"Hi Alex,\n\nSorry for the slow reply, the last two weeks were a blur. I finally sat "
        u"down with the team and went through everything you sent. Short version: we like it, "
        u"and we think it could save our sales people a couple of hours a week each, which is "
        u"exactly the kind of thing our VP keeps asking for.\n\nLonger version: there are three "
        u"things we need to understand before we can move forward. First, how you handle "
        u"accounts that hit LinkedIn's limits, because two of our reps are very active and "
        u"have been throttled before. Second, where the data lives and for how long, since our "
        u"legal team will ask on day one. Third, whether there is a way to plug this into our "
        u"CRM without someone copying things by hand.\n\nIf you can answer those, I'm fairly "
        u"confident we can start a pilot next month. Thanks again for your patience!",
        u"Long story short: the board liked the numbers, disliked the timeline, and asked us to "
        u"come back with a plan that gets to the same place in nine months instead of twelve. "
        u"That means hiring two people earlier than planned and cutting one of the three "
        u"projects we had lined up for the spring. I think it's doable, but I'd love a second "
        u"pair of eyes on the plan before I send it, since you went through exactly this last "
        u"year. Would you have an hour next week? Coffee's on me, obviously. ☕",
};

const char16_t *const MyLongTexts[] = {
        u"Thanks for the detailed questions, {first}. Taking them in order. Rate limits: the "
        u"app never sends more than LinkedIn allows, it reads your inbox at the pace of a "
        u"person scrolling, and when LinkedIn asks to slow down it waits and says so instead "
        u"of retrying. Data: nothing leaves your machine except the calls to the API itself; "
        u"your messages are cached locally and encrypted at rest by the operating system. CRM: "
        u"not yet, but it's the most requested feature and it's on the plan for next quarter. "
        u"I'd be glad to hear which CRM you use so we can put it first in line.",
        u"Congratulations on the round, {first}, that's great news and well deserved. To your "
        u"question about hiring: what worked for us was writing the job description as a list "
        u"of problems the person will own in their first six months rather than a list of "
        u"skills, and sharing it in the three or four communities where the people we wanted "
        u"already spent their time. We got fewer applications, but almost every one of them "
        u"was worth a call. Happy to look at a draft if you send it over.",
};

QString fill(QString text, const QString &first)
{
    return text.replace(QStringLiteral("{first}"), first);
}

QString greetingName(const QString &firstName)
{
    // "Hi 山田" reads oddly in an English sentence; Latin-script names only.
    if (firstName.isEmpty())
        return QStringLiteral("there");
    for (const QChar ch : firstName) {
        if (ch.isLetter() && ch.script() != QChar::Script_Latin)
            return QStringLiteral("there");
    }
    return firstName;
}

template <size_t N>
QString pick(Prng &random, const char16_t *const (&pool)[N], int *previous)
{
    int index = random.below(int(N));
    if (index == *previous)
        index = (index + 1) % int(N);
    *previous = index;
    return QString::fromUtf16(pool[index]);
}

Sender senderFrom(const QJsonObject &person)
{
    const QString name = person.value(u"name").toString().simplified();
    const qsizetype space = name.indexOf(u' ');
    Sender sender;
    sender.urn = SampleThreads::senderUrnFor(person);
    sender.firstName = space > 0 ? name.left(space) : name;
    sender.lastName = space > 0 ? name.mid(space + 1) : QString();
    return sender;
}

Sender owner()
{
    return {SampleThreads::ownerUrn(), SampleThreads::ownerFirstName(),
            SampleThreads::ownerLastName()};
}

QJsonObject messageJson(const QString &text, qint64 time, const Sender &sender, bool system,
                        const QString &urn)
{
    return {{QStringLiteral("text"), text},
            {QStringLiteral("timestamp"), double(time)},
            {QStringLiteral("sender"), sender.urn},
            {QStringLiteral("sender_info"),
             QJsonObject{{QStringLiteral("first_name"), sender.firstName},
                         {QStringLiteral("last_name"), sender.lastName}}},
            {QStringLiteral("message_type"),
             system ? QStringLiteral("SYSTEM") : QStringLiteral("TEXT")},
            {QStringLiteral("entity_urn"), urn}};
}

QString openingEvent(const QString &type, const QString &first, Prng &random)
{
    if (type == u"job")
        return QStringLiteral("This conversation was started from a job posting");
    if (type == u"inmail")
        return QStringLiteral("This conversation started as an InMail");
    if (type == u"sponsored")
        return QStringLiteral("Sponsored message");
    return random.chance(50) ? QString(first + u" accepted your invitation")
                             : QString(u"You accepted " + first + u"'s invitation");
}

QString middleEvent(const QString &first, Prng &random)
{
    switch (random.below(3)) {
    case 0: return QStringLiteral("You started a video meeting");
    case 1: return QString(first + u" joined the video meeting");
    default: return QStringLiteral("Video meeting ended · 24 min");
    }
}

} // namespace

QString SampleThreads::ownerUrn()
{
    return QString(u"urn:li:fsd_profile:" + OwnerProfileId);
}

QString SampleThreads::senderUrnFor(const QJsonObject &person)
{
    const QString name = person.value(u"name").toString();
    const QString url = person.value(u"profile_url").toString();
    if (name == ownerFirstName() + u' ' + ownerLastName())
        return ownerUrn();
    static const QString Alphabet =
            QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    Prng random(stableHash(url.isEmpty() ? name : url));
    QString id = QStringLiteral("urn:li:fsd_profile:ACoAA");
    for (int i = 0; i < 31; ++i)
        id.append(Alphabet.at(random.below(int(Alphabet.size()))));
    return id;
}

int SampleThreads::lengthFor(const QString &conversationId)
{
    Prng random(stableHash(conversationId) ^ 0x5EEDULL);
    const int roll = random.below(100);
    if (roll < 10)
        return 1;
    if (roll < 35)
        return random.between(2, 6);
    if (roll < 70)
        return random.between(7, 16);
    if (roll < 86)
        return random.between(17, 36);
    if (roll < 96)
        return random.between(37, MaxLength - 1);
    return MaxLength; // a few full ones, to page through to the end
}

QList<QJsonObject> SampleThreads::thread(const QJsonObject &conversation)
{
    const QString id = conversation.value(u"conversation_id").toString();
    if (id.isEmpty())
        return {};
    const int length = lengthFor(id);
    const QString type = conversation.value(u"type").toString();
    const QJsonObject participantJson = conversation.value(u"participant").toObject();
    const QJsonObject last = conversation.value(u"last_message").toObject();
    const Sender participant = senderFrom(participantJson);
    const Sender me = owner();
    const QString first = greetingName(participant.firstName);

    Prng random(stableHash(id));
    const QString urnBase =
            QString(u"urn:li:fsd_message:2-" + QString::number(stableHash(id), 36) + u'-');
    int messageNumber = 0;
    const auto nextUrn = [&] { return QString(urnBase + QString::number(++messageNumber)); };

    QList<QJsonObject> messages;
    messages.reserve(length);

    // The newest message is the conversation's last message, whoever sent it.
    const QJsonObject lastSender = last.value(u"sender").toObject();
    const QString lastSenderName = lastSender.value(u"name").toString().simplified();
    const bool newestFromThem =
            lastSenderName == participantJson.value(u"name").toString().simplified();
    const Sender newestSender = newestFromThem                    ? participant
            : lastSenderName == me.firstName + u' ' + me.lastName ? me
                                                                  : senderFrom(lastSender);
    qint64 time = qint64(last.value(u"time").toDouble());
    messages.append(
            messageJson(last.value(u"text").toString(), time, newestSender, false, nextUrn()));

    // Older messages, going back in time. Unread messages are the participant's latest.
    const int unread = qMin(3, conversation.value(u"unread").toInt());
    const bool openingEventWanted =
            length >= 2 && (type != u"normal" || (length >= 4 && random.chance(45)));
    const int middleEventAt =
            length >= 12 && random.chance(30) ? random.between(3, length - 4) : -1;
    Side side = newestFromThem ? Side::Them : Side::Me;
    int previousPick = -1;
    for (int i = 1; i < length; ++i) {
        const bool oldest = i == length - 1;
        if (oldest && openingEventWanted) {
            time -= random.between(2 * Minute, 5 * Hour);
            messages.append(messageJson(openingEvent(type, participant.firstName, random), time,
                                        participant, true, nextUrn()));
            continue;
        }
        if (i == middleEventAt) {
            time -= random.between(Minute, 50 * Minute);
            messages.append(messageJson(middleEvent(participant.firstName, random), time,
                                        participant, true, nextUrn()));
            continue;
        }
        const Side before = side;
        if (i < unread && newestFromThem)
            side = Side::Them;
        else if (random.chance(60))
            side = side == Side::Them ? Side::Me : Side::Them;
        // Within a run seconds to minutes apart; between turns minutes, hours or days.
        if (side == before) {
            time -= random.between(20 * Second, 6 * Minute);
        } else {
            const int roll = random.below(100);
            time -= roll < 45   ? random.between(2 * Minute, 59 * Minute)
                    : roll < 80 ? random.between(Hour, 20 * Hour)
                                : random.between(Day, 9 * Day);
        }
        const bool firstWords = oldest || (i == length - 2 && openingEventWanted);
        const bool mine = side == Side::Me;
        QString text;
        const int roll = random.below(100);
        if (firstWords)
            text = mine ? pick(random, MyOpenings, &previousPick)
                        : pick(random, TheirOpenings, &previousPick);
        else if (roll < 7)
            text = mine ? pick(random, MyLongTexts, &previousPick)
                        : pick(random, TheirLongTexts, &previousPick);
        else if (roll < 20)
            text = pick(random, MultiLineTexts, &previousPick);
        else
            text = mine ? pick(random, MyReplies, &previousPick)
                        : pick(random, TheirReplies, &previousPick);
        messages.append(
                messageJson(fill(text, first), time, mine ? me : participant, false, nextUrn()));
    }
    return messages;
}
