#pragma once

#include "api/inboxcategory.h"
#include "api/inboxparser.h"
#include "demo/demoserver.h"
#include "demo/sampleinbox.h"
#include "store/conversationstore.h"
#include "store/storedatabase.h"

#include <QDateTime>

// A demo store holding the first `count` conversations of the generated inbox, as the app
// would have written them page by page (pictures on the demo's preferred port), with the
// chain complete: the app opens it as an inbox it already knows. False on a store error.
inline bool fillGeneratedStore(const QString &file, int count)
{
    StoreDatabase database;
    if (!database.open(file))
        return false;
    ConversationStore store(&database);
    const SampleInbox inbox = SampleInbox::generated(count);
    QUrl base(QStringLiteral("http://127.0.0.1/"));
    base.setPort(DemoServer::PreferredDemoPort);
    const SampleInbox::Listing listing = inbox.conversations(QStringLiteral("INBOX"), base);
    constexpr int Batch = 500; // one transaction each: the figure is the result, not the fill
    for (int first = 0; first < count; first += Batch) {
        QList<Conversation> page;
        for (int i = first; i < qMin(count, first + Batch); ++i)
            page.append(InboxParser::parseConversation(listing.at(i)));
        if (!store.writePage(InboxCategory::Inbox, page))
            return false;
    }
    CategoryChain chain;
    chain.atEnd = true;
    chain.syncedAt = QDateTime::currentDateTimeUtc();
    return store.setChain(InboxCategory::Inbox, chain);
}
