#pragma once

#include "api/inboxcategory.h"

#include <QList>
#include <QString>

#include <optional>

// The lists the window has a tab for: LinkupAPI's four categories, kept in step with the
// server, and two views the store computes at no cost: conversations waiting for the
// user's answer, and those where the user waits for the other person's.
enum class InboxList { Inbox, InMail, Job, Unread, WaitingOnMe, WaitingOnThem };

namespace InboxLists {

QList<InboxList> all();
InboxList of(InboxCategory category);
// The API category a list is, or nothing for a view.
std::optional<InboxCategory> categoryOf(InboxList list);
bool isView(InboxList list);
QString key(InboxList list); // stable, untranslated: "INBOX", "WAITING_ON_ME"
bool fromKey(const QString &key, InboxList *list);
QString displayName(InboxList list); // translated tab label

} // namespace InboxLists
