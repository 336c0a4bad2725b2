#pragma once

#include "demo/scripting/scripteddemoserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Inbox pages in the API's shape, for scripting the built-in server.
namespace Pages {

inline QJsonObject conversation(const QString &id, const QString &name,
                                double timeMs = 1748629426457.0)
{
    const QJsonObject person{{QStringLiteral("name"), name},
                             {QStringLiteral("headline"), QStringLiteral("Headline")},
                             {QStringLiteral("profile_url"),
                              QString(QStringLiteral("https://www.linkedin.com/in/") + id)}};
    return {{QStringLiteral("conversation_id"), id},
            {QStringLiteral("participant"), person},
            {QStringLiteral("last_message"),
             QJsonObject{{QStringLiteral("text"), QStringLiteral("hi")},
                         {QStringLiteral("time"), timeMs},
                         {QStringLiteral("sender"), person}}},
            {QStringLiteral("unread"), 0},
            {QStringLiteral("type"), QStringLiteral("normal")}};
}

// count conversations with ids prefix0 .. prefix(count-1).
inline QJsonArray conversations(const QString &prefix, int count, double newestMs = 1748629426457.0)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i)
        list.append(conversation(prefix + QString::number(i), prefix + QString::number(i),
                                 newestMs - i * 60000.0));
    return list;
}

inline QByteArray body(const QJsonArray &conversations, const QJsonValue &nextCursor)
{
    const QJsonObject data{{QStringLiteral("conversations"), conversations},
                           {QStringLiteral("total_results"), conversations.size()},
                           {QStringLiteral("next_cursor"), nextCursor}};
    return QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("success")},
                                     {QStringLiteral("data"), data}})
            .toJson(QJsonDocument::Compact);
}

inline ScriptedReply reply(const QJsonArray &conversations, const QJsonValue &nextCursor)
{
    return ScriptedReply::raw(200, body(conversations, nextCursor));
}

} // namespace Pages
