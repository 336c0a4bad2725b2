#include "conversationlistmodel.h"

#include "avatars/avatarstore.h"
#include "store/draftstore.h"
#include "text/displaytext.h"
#include "text/timeformat.h"

#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcInbox, "linkup.inbox")

namespace {

// What the painting code bounds itself to anyway; sanitized once here.
constexpr int NameChars = 200;
constexpr int HeadlineChars = 300;

} // namespace

ConversationListModel::ConversationListModel(ConversationStore *store, InboxCategory category,
                                             QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_category(category)
{
}

ConversationListModel::~ConversationListModel() = default;

void ConversationListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_keys = m_store ? m_store->keys(m_category) : QList<ConversationKey>();
    endResetModel();
}

int ConversationListModel::insertionPoint(const ConversationKey &key) const
{
    return int(std::lower_bound(m_keys.cbegin(), m_keys.cend(), key, comesBefore)
               - m_keys.cbegin());
}

int ConversationListModel::rowOfKey(const ConversationKey &key) const
{
    const int row = insertionPoint(key);
    return row < m_keys.size() && m_keys.at(row).key == key.key ? row : -1;
}

int ConversationListModel::rowOf(const QString &conversationId) const
{
    if (conversationId.isEmpty() || !m_store)
        return -1;
    const std::optional<ConversationRecord> record = m_store->record(conversationId);
    if (!record)
        return -1;
    const QDateTime time = record->conversation.lastMessage.time;
    return rowOfKey({record->key, time.isValid() ? time.toMSecsSinceEpoch() : 0});
}

void ConversationListModel::moveRow(int from, const ConversationKey &to)
{
    const ConversationKey old = m_keys.at(from);
    m_keys.removeAt(from);
    const int target = insertionPoint(to);
    m_keys.insert(from, old);
    if (target == from) {
        m_keys[from] = to;
        return;
    }
    // The destination as beginMoveRows counts it: before the move.
    const int destination = target > from ? target + 1 : target;
    beginMoveRows({}, from, from, {}, destination);
    m_keys.removeAt(from);
    m_keys.insert(target, to);
    endMoveRows();
}

void ConversationListModel::merge(const QList<ConversationWrite> &writes, bool addNew)
{
    for (const ConversationWrite &write : writes) {
        const int row = write.before.key != 0 ? rowOfKey(write.before) : -1;
        if (row < 0) {
            if (!addNew || rowOfKey(write.after) >= 0)
                continue;
            const int at = insertionPoint(write.after);
            beginInsertRows({}, at, at);
            m_keys.insert(at, write.after);
            endInsertRows();
            continue;
        }
        if (!write.changed)
            continue;
        m_rows.remove(write.after.key);
        if (write.after.time != write.before.time)
            moveRow(row, write.after);
        const int now = rowOfKey(write.after);
        emit dataChanged(index(now), index(now));
    }
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

bool ConversationListModel::canFetchMore(const QModelIndex &) const
{
    return false;
}

void ConversationListModel::fetchMore(const QModelIndex &) { }

void ConversationListModel::readAround(int row) const
{
    // Rows are painted a screen at a time: one read brings the neighbours in too, most
    // of them below (the direction lists are read in).
    const int first = qMax(0, row - ReadWindow / 4);
    const int last = qMin(int(m_keys.size()) - 1, first + ReadWindow - 1);
    QList<qint64> wanted;
    wanted.reserve(last - first + 1);
    for (int i = first; i <= last; ++i) {
        if (!m_rows.contains(m_keys.at(i).key))
            wanted.append(m_keys.at(i).key);
    }
    const QHash<qint64, ConversationRecord> records = m_store->records(wanted);
    const QSet<qint64> drafted = m_drafts ? m_drafts->withDrafts(wanted) : QSet<qint64>();
    for (auto it = records.cbegin(); it != records.cend(); ++it) {
        auto *shown = new Row;
        const Conversation &c = it->conversation;
        shown->conversation = c;
        shown->displayName = DisplayText::singleLine(c.participant.name, NameChars);
        shown->displayHeadline = DisplayText::singleLine(c.participant.headline, HeadlineChars);
        shown->displayText = DisplayText::singleLine(c.lastMessage.text);
        shown->displaySender = DisplayText::singleLine(c.lastMessage.sender.name, NameChars);
        shown->sentByMe = it->sentByMe;
        shown->hasDraft = drafted.contains(it.key());
        m_rows.insert(it.key(), shown);
    }
}

const ConversationListModel::Row *ConversationListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_keys.size() || !m_store)
        return nullptr;
    const qint64 key = m_keys.at(row).key;
    if (const Row *cached = m_rows.object(key))
        return cached;
    readAround(row);
    return m_rows.object(key);
}

Conversation ConversationListModel::conversationAt(int row) const
{
    const Row *shown = rowAt(row);
    return shown ? shown->conversation : Conversation();
}

QString ConversationListModel::idAt(int row) const
{
    const Row *shown = rowAt(row);
    return shown ? shown->conversation.id : QString();
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *row = rowAt(index.row());
    if (!row)
        return {};
    const Conversation &conversation = row->conversation;
    switch (role) {
    case Qt::DisplayRole:
    case ParticipantNameRole: return row->displayName;
    case Qt::ToolTipRole: // plain text: the views show it through RichTextGuard
        return row->displayHeadline.isEmpty() ? row->displayName
                                              : row->displayName + u'\n' + row->displayHeadline;
    case Qt::AccessibleTextRole: return accessibleText(*row);
    case IdRole: return conversation.id;
    case KeyRole: return m_keys.at(index.row()).key;
    case HeadlineRole: return row->displayHeadline;
    case ProfileUrlRole: return conversation.participant.profileUrl;
    case AvatarUrlRole: return conversation.participant.pictureUrl;
    case LastMessageTextRole: return row->displayText;
    case LastMessageTimeRole: return conversation.lastMessage.time;
    case SenderNameRole: return row->displaySender;
    case SentByMeRole: return row->sentByMe;
    case UnreadCountRole: return conversation.unreadCount;
    case TypeRole: return conversation.type;
    case HasDraftRole: return row->hasDraft;
    default: return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({
            {IdRole, "conversationId"},
            {ParticipantNameRole, "participantName"},
            {HeadlineRole, "headline"},
            {ProfileUrlRole, "profileUrl"},
            {AvatarUrlRole, "avatarUrl"},
            {LastMessageTextRole, "lastMessageText"},
            {LastMessageTimeRole, "lastMessageTime"},
            {SenderNameRole, "senderName"},
            {SentByMeRole, "sentByMe"},
            {UnreadCountRole, "unreadCount"},
            {TypeRole, "type"},
            {KeyRole, "key"},
            {HasDraftRole, "hasDraft"},
    });
    return names;
}

void ConversationListModel::setAvatarStore(AvatarStore *store)
{
    connect(store, &AvatarStore::avatarReady, this, &ConversationListModel::onAvatarReady);
}

void ConversationListModel::draftChanged(const QString &conversationId)
{
    const int row = rowOf(conversationId);
    if (row < 0)
        return;
    m_rows.remove(m_keys.at(row).key); // read again, flag and all, when next painted
    emit dataChanged(index(row), index(row), {HasDraftRole});
}

void ConversationListModel::onAvatarReady(const QUrl &url)
{
    // Only rows read lately can be on screen; each is found again by its key.
    const QList<qint64> cached = m_rows.keys();
    for (const qint64 key : cached) {
        const Row *row = m_rows.object(key);
        if (!row || row->conversation.participant.pictureUrl != url)
            continue;
        const QDateTime time = row->conversation.lastMessage.time;
        const int at = rowOfKey({key, time.isValid() ? time.toMSecsSinceEpoch() : 0});
        if (at >= 0)
            emit dataChanged(index(at), index(at), {Qt::DecorationRole});
    }
}

QString ConversationListModel::accessibleText(const Row &row) const
{
    // Read as "Name, N unread, headline, last message, time", the same time as painted.
    const QString time = TimeFormat::conversationTime(row.conversation.lastMessage.time,
                                                      QDateTime::currentDateTime(), QLocale());
    const QString text = tr("%1, %n unread, %2, %3, %4", nullptr, row.conversation.unreadCount)
                                 .arg(row.displayName, row.displayHeadline, row.displayText, time);
    return row.hasDraft ? tr("%1, reply draft").arg(text) : text;
}
