#pragma once

#include "api/linkuptypes.h"

#include <QDateTime>
#include <QList>
#include <QUrl>

// Conversations as LinkedIn sends them, realistic in size, for filling a store.
namespace StoredPages {

inline constexpr qint64 Newest = 1748629426457;

// A page of 20 conversations as LinkedIn sends them, realistic in size.
inline QList<Conversation> page(int first, int count = 20)
{
    QList<Conversation> list;
    for (int i = first; i < first + count; ++i) {
        Conversation c;
        c.id = QStringLiteral("urn:li:msg_conversation:(urn:li:fsd_profile:ACoAABx9QmK3vT1sWz8Yd2LpNc5RfGh7uJe4,"
               "2-YjM0MWUyY2UtNjA4Zi00NmFlLTk3YmUtODFkMjU0YzJiMDkyXzAxMA==%1)")
                       .arg(i);
        c.participant.name = QStringLiteral("Person Number %1").arg(i);
        c.participant.headline = QStringLiteral("Head of Partnerships at Example Corporation %1").arg(i % 97);
        c.participant.profileUrl = QStringLiteral("https://www.linkedin.com/in/person-%1").arg(i);
        c.participant.pictureUrl =
                QStringLiteral("https://media.licdn.com/dms/image/v2/D4E03AQ/profile-displayphoto-shrink_100_100/"
                "0/1700000000000?e=1760000000&v=beta&t=abcdefghijklmnop%1")
                        .arg(i);
        c.lastMessage.text = QStringLiteral("Thanks for reaching out! Happy to talk next week about the role "
                             "and the team. Message %1").arg(i);
        c.lastMessage.time = QDateTime::fromMSecsSinceEpoch(Newest - qint64(i) * 60000, Qt::UTC);
        c.lastMessage.sender = i % 2 ? c.participant : Person{QStringLiteral("Alex Morgan"), {}, {}, {}};
        c.unreadCount = i % 5 == 0 ? 1 : 0;
        c.type = QStringLiteral("normal");
        list.append(c);
    }
    return list;
}

} // namespace StoredPages
