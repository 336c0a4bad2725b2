#include "inboxlist.h"

#include <QCoreApplication>

namespace InboxLists {

QList<InboxList> all()
{
    return {InboxList::Inbox,  InboxList::InMail,      InboxList::Job,
            InboxList::Unread, InboxList::WaitingOnMe, InboxList::WaitingOnThem};
}

InboxList of(InboxCategory category)
{
    switch (category) {
    case InboxCategory::Inbox: return InboxList::Inbox;
    case InboxCategory::InMail: return InboxList::InMail;
    case InboxCategory::Job: return InboxList::Job;
    case InboxCategory::Unread: return InboxList::Unread;
    }
    return InboxList::Inbox;
}

std::optional<InboxCategory> categoryOf(InboxList list)
{
    switch (list) {
    case InboxList::Inbox: return InboxCategory::Inbox;
    case InboxList::InMail: return InboxCategory::InMail;
    case InboxList::Job: return InboxCategory::Job;
    case InboxList::Unread: return InboxCategory::Unread;
    case InboxList::WaitingOnMe:
    case InboxList::WaitingOnThem: return std::nullopt;
    }
    return std::nullopt;
}

bool isView(InboxList list)
{
    return !categoryOf(list).has_value();
}

QString key(InboxList list)
{
    if (const std::optional<InboxCategory> category = categoryOf(list))
        return InboxCategories::apiName(*category);
    return list == InboxList::WaitingOnMe ? QStringLiteral("WAITING_ON_ME")
                                          : QStringLiteral("WAITING_ON_THEM");
}

bool fromKey(const QString &text, InboxList *list)
{
    for (const InboxList candidate : all()) {
        if (key(candidate).compare(text.trimmed(), Qt::CaseInsensitive) == 0) {
            *list = candidate;
            return true;
        }
    }
    return false;
}

QString displayName(InboxList list)
{
    if (const std::optional<InboxCategory> category = categoryOf(list))
        return InboxCategories::displayName(*category);
    return list == InboxList::WaitingOnMe
            ? QCoreApplication::translate("InboxList", "Waiting on Me")
            : QCoreApplication::translate("InboxList", "Waiting on Them");
}

} // namespace InboxLists
