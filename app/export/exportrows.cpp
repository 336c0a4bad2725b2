#include "exportrows.h"

#include "inbox/conversationlistmodel.h"
#include "store/conversationstore.h"

#include <QAbstractItemModel>
#include <QCoreApplication>

namespace ExportRows {

namespace {

// Records are read this many at a time: SQLite takes a bounded number of parameters.
constexpr int ReadChunk = 500;

CsvExport::Row rowOf(const ConversationRecord &record, const QList<InboxCategory> &categories)
{
    const Conversation &c = record.conversation;
    CsvExport::Row row;
    row.name = c.participant.name;
    row.headline = c.participant.headline;
    row.profileUrl = c.participant.profileUrl;
    row.lastMessage = c.lastMessage.text;
    row.lastMessageTime = c.lastMessage.time;
    row.wroteLast = record.sentByMe                ? QCoreApplication::translate("CsvExport", "You")
            : !c.lastMessage.sender.name.isEmpty() ? c.lastMessage.sender.name
                                                   : c.participant.name;
    row.unread = c.unreadCount;
    row.categories = categories;
    // Somebody waits since the last message, unless it was marked done (or is an ad).
    if (!record.isDone() && c.type.compare(u"sponsored", Qt::CaseInsensitive) != 0)
        row.waitingSince = c.lastMessage.time;
    return row;
}

} // namespace

QList<CsvExport::Row> of(const QAbstractItemModel *shown, const ConversationStore *store)
{
    QList<qint64> keys;
    keys.reserve(shown->rowCount());
    for (int row = 0; row < shown->rowCount(); ++row)
        keys.append(shown->index(row, 0).data(ConversationListModel::KeyRole).toLongLong());
    const QHash<qint64, QList<InboxCategory>> categories = store->categoriesOf(keys);
    QList<CsvExport::Row> rows;
    rows.reserve(keys.size());
    for (qsizetype start = 0; start < keys.size(); start += ReadChunk) {
        const QList<qint64> chunk = keys.mid(start, ReadChunk);
        const QHash<qint64, ConversationRecord> records = store->records(chunk);
        for (const qint64 key : chunk) {
            if (const auto found = records.constFind(key); found != records.cend())
                rows.append(rowOf(*found, categories.value(key)));
        }
    }
    return rows;
}

} // namespace ExportRows
