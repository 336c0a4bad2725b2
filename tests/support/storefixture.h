#pragma once

#include "store/conversationstore.h"
#include "store/storedatabase.h"
#include "store/threadstore.h"

#include <QTemporaryDir>

// A real SQLite store in a temporary folder, as the app keeps one per account.
struct StoreFixture
{
    QTemporaryDir folder;
    StoreDatabase database;
    ConversationStore conversations{&database};
    ThreadStore threads{&database};

    QString path() const { return folder.filePath(QStringLiteral("inbox.sqlite")); }
    bool open() { return folder.isValid() && database.open(path()); }
};
