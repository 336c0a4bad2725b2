#pragma once

#include <QList>
#include <QString>

// The four inbox categories of /messages/inbox.
enum class InboxCategory { Inbox, InMail, Job, Unread };

namespace InboxCategories {

QList<InboxCategory> all();
QString apiName(InboxCategory category); // "INBOX", ...
bool fromApiName(const QString &name, InboxCategory *category); // case-insensitive
QString displayName(InboxCategory category); // translated tab label

} // namespace InboxCategories
