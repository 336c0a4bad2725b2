#include "api/inboxcategory.h"

#include <QCoreApplication>

namespace InboxCategories {

QList<InboxCategory> all()
{
    return {InboxCategory::Inbox, InboxCategory::InMail, InboxCategory::Job, InboxCategory::Unread};
}

QString apiName(InboxCategory category)
{
    switch (category) {
    case InboxCategory::Inbox: return QStringLiteral("INBOX");
    case InboxCategory::InMail: return QStringLiteral("INMAIL");
    case InboxCategory::Job: return QStringLiteral("JOB");
    case InboxCategory::Unread: return QStringLiteral("UNREAD");
    }
    return {};
}

bool fromApiName(const QString &name, InboxCategory *category)
{
    for (InboxCategory candidate : all()) {
        if (apiName(candidate).compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            *category = candidate;
            return true;
        }
    }
    return false;
}

QString displayName(InboxCategory category)
{
    switch (category) {
    case InboxCategory::Inbox: return QCoreApplication::translate("InboxCategory", "Inbox");
    case InboxCategory::InMail: return QCoreApplication::translate("InboxCategory", "InMail");
    case InboxCategory::Job: return QCoreApplication::translate("InboxCategory", "Jobs");
    case InboxCategory::Unread: return QCoreApplication::translate("InboxCategory", "Unread");
    }
    return {};
}

} // namespace InboxCategories
