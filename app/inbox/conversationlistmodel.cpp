#include "conversationlistmodel.h"

#include "api/urltext.h"
#include "avatars/avatarstore.h"
#include "rowaccessibletext.h"
#include "store/draftstore.h"
#include "text/displaytext.h"
#include "text/timeformat.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcInbox, "linkup.inbox")

namespace {

// What the painting code bounds itself to anyway; sanitized once here.
constexpr int NameChars = 200;
constexpr int HeadlineChars = 300;

} // namespace

ConversationListModel::ConversationListModel(ConversationStore *store, InboxList list,
                                             QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_list(list)
{
}

ConversationListModel::~ConversationListModel() = default;

InboxCategory ConversationListModel::category() const
{
    return InboxLists::categoryOf(m_list).value_or(InboxCategory::Inbox);
}

bool ConversationListModel::before(const ConversationKey &a, const ConversationKey &b) const
{
    switch (m_order) {
    case Order::NewestFirst: break;
    case Order::UnreadFirst:
        if (a.unread != b.unread)
            return a.unread;
        break;
    case Order::OldestFirst: return a.time != b.time ? a.time < b.time : a.key < b.key;
    }
    return comesBefore(a, b);
}

QList<ConversationKey> ConversationListModel::sourceKeys() const
{
    if (!m_store)
        return {};
    switch (m_list) {
    case InboxList::WaitingOnMe: return m_store->waitingKeys(true);
    case InboxList::WaitingOnThem: return m_store->waitingKeys(false);
    default: return m_store->keys(category());
    }
}

void ConversationListModel::setOrder(Order order)
{
    if (order == m_order)
        return;
    m_order = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> keysBefore;
    keysBefore.reserve(before.size());
    for (const QModelIndex &index : before)
        keysBefore.append(keyAt(index.row()));
    std::stable_sort(m_keys.begin(), m_keys.end(),
                     [this](const ConversationKey &a, const ConversationKey &b) {
                         return this->before(a, b);
                     });
    QHash<qint64, int> rowByKey;
    rowByKey.reserve(m_keys.size());
    for (int row = 0; row < m_keys.size(); ++row)
        rowByKey.insert(m_keys.at(row).key, row);
    QModelIndexList after;
    after.reserve(before.size());
    for (const qint64 key : std::as_const(keysBefore))
        after.append(index(rowByKey.value(key)));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ConversationListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_showingHits = false;
    m_snippets.clear();
    m_keys = sourceKeys();
    if (m_order != Order::NewestFirst)
        std::stable_sort(m_keys.begin(), m_keys.end(),
                         [this](const ConversationKey &a, const ConversationKey &b) {
                             return before(a, b);
                         });
    endResetModel();
}

void ConversationListModel::showHits(const QList<ConversationKey> &keys,
                                     const QHash<qint64, QString> &snippets)
{
    beginResetModel();
    m_rows.clear();
    m_showingHits = true;
    m_keys = keys;
    m_snippets = snippets;
    endResetModel();
}

int ConversationListModel::insertionPoint(const ConversationKey &key) const
{
    return int(std::lower_bound(m_keys.cbegin(), m_keys.cend(), key,
                                [this](const ConversationKey &a, const ConversationKey &b) {
                                    return before(a, b);
                                })
               - m_keys.cbegin());
}

int ConversationListModel::rowOfKey(const ConversationKey &key) const
{
    if (m_showingHits) {
        for (int row = 0; row < m_keys.size(); ++row) {
            if (m_keys.at(row).key == key.key)
                return row;
        }
        return -1;
    }
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
    return rowOfKey({record->key, record->time(), record->conversation.unreadCount > 0});
}

void ConversationListModel::insertRow(const ConversationKey &key)
{
    const int at = insertionPoint(key);
    beginInsertRows({}, at, at);
    m_keys.insert(at, key);
    endInsertRows();
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
    if (m_showingHits)
        return; // search results stay as found until searched again
    if (InboxLists::isView(m_list)) {
        resync();
        return;
    }
    for (const ConversationWrite &write : writes) {
        const int row = write.before.key != 0 ? rowOfKey(write.before) : -1;
        if (row < 0) {
            if (addNew && rowOfKey(write.after) < 0)
                insertRow(write.after);
            continue;
        }
        if (!write.changed)
            continue;
        m_rows.remove(write.after.key);
        if (!(write.after == write.before))
            moveRow(row, write.after);
        const int now = rowOfKey(write.after);
        emit dataChanged(index(now), index(now));
    }
}

void ConversationListModel::resync()
{
    const QList<ConversationKey> wanted = sourceKeys();
    QHash<qint64, ConversationKey> wantedByKey;
    wantedByKey.reserve(wanted.size());
    for (const ConversationKey &key : wanted)
        wantedByKey.insert(key.key, key);
    // Out, from the bottom so rows above keep their numbers.
    for (int row = int(m_keys.size()) - 1; row >= 0; --row) {
        if (wantedByKey.contains(m_keys.at(row).key))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.remove(m_keys.at(row).key);
        m_keys.removeAt(row);
        endRemoveRows();
    }
    // In and moved: each found by its old place (the list is still in order).
    QHash<qint64, ConversationKey> shown;
    shown.reserve(m_keys.size());
    for (const ConversationKey &key : std::as_const(m_keys))
        shown.insert(key.key, key);
    for (const ConversationKey &key : wanted) {
        const auto current = shown.constFind(key.key);
        if (current == shown.cend()) {
            insertRow(key);
            continue;
        }
        if (*current == key)
            continue;
        const int row = rowOfKey(*current);
        if (row < 0)
            continue;
        m_rows.remove(key.key);
        moveRow(row, key);
        const int now = rowOfKey(key);
        emit dataChanged(index(now), index(now));
    }
}

void ConversationListModel::refreshRows(const QList<qint64> &keys)
{
    if (InboxLists::isView(m_list) && !m_showingHits) {
        for (const qint64 key : keys)
            m_rows.remove(key);
        resync(); // a mark may take a row in or out of a view
    }
    for (const qint64 key : keys) {
        m_rows.remove(key);
        for (int row = 0; row < m_keys.size(); ++row) {
            if (m_keys.at(row).key == key)
                emit dataChanged(index(row), index(row));
        }
    }
    emit rowsRefreshed(keys);
}

ConversationListModel *ConversationListModel::companion(QObject *parent) const
{
    auto *model = new ConversationListModel(m_store, m_list, parent);
    model->setDraftStore(m_drafts);
    if (m_avatars)
        model->setAvatarStore(m_avatars);
    connect(this, &ConversationListModel::rowsRefreshed, model,
            &ConversationListModel::refreshRows);
    connect(this, &ConversationListModel::draftRefreshed, model,
            &ConversationListModel::draftChanged);
    return model;
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
    // Rows are painted a screen at a time: one read brings the neighbours in too.
    readRows(readWindow(row, int(m_keys.size())));
}

QList<int> ConversationListModel::readWindow(int row, int count)
{
    const int first = qMax(0, row - ReadWindow / 4);
    const int last = qMin(count - 1, first + ReadWindow - 1);
    QList<int> rows;
    rows.reserve(qMax(0, last - first + 1));
    for (int i = first; i <= last; ++i)
        rows.append(i);
    return rows;
}

bool ConversationListModel::isCached(int row) const
{
    return row >= 0 && row < m_keys.size() && m_rows.contains(m_keys.at(row).key);
}

void ConversationListModel::readRows(const QList<int> &rows) const
{
    QList<qint64> wanted;
    wanted.reserve(qMin(rows.size(), qsizetype(CachedRows)));
    for (const int row : rows) {
        // More than the cache holds would push out the first rows read for the same paint.
        if (wanted.size() == CachedRows)
            break;
        if (row >= 0 && row < m_keys.size() && !m_rows.contains(m_keys.at(row).key))
            wanted.append(m_keys.at(row).key);
    }
    if (!wanted.isEmpty())
        readKeys(wanted);
}

void ConversationListModel::readKeys(const QList<qint64> &wanted) const
{
    const QHash<qint64, ConversationRecord> records = m_store->records(wanted);
    const QSet<qint64> drafted = m_drafts ? m_drafts->withDrafts(wanted) : QSet<qint64>();
    for (auto it = records.cbegin(); it != records.cend(); ++it) {
        auto *shown = new Row;
        shown->record = *it;
        const Conversation &c = it->conversation;
        shown->displayName = DisplayText::singleLine(c.participant.name, NameChars);
        shown->displayHeadline = DisplayText::singleLine(c.participant.headline, HeadlineChars);
        shown->displayText = DisplayText::singleLine(c.lastMessage.text);
        shown->displaySender = DisplayText::singleLine(c.lastMessage.sender.name, NameChars);
        shown->picture = UrlText::toUrl(c.participant.pictureUrl); // painted often
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
    return shown ? shown->record.conversation : Conversation();
}

ConversationRecord ConversationListModel::recordAt(int row) const
{
    const Row *shown = rowAt(row);
    return shown ? shown->record : ConversationRecord();
}

QString ConversationListModel::idAt(int row) const
{
    const Row *shown = rowAt(row);
    return shown ? shown->record.conversation.id : QString();
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *row = rowAt(index.row());
    if (!row)
        return {};
    const Conversation &conversation = row->record.conversation;
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
    case ProfileUrlRole: return UrlText::toUrl(conversation.participant.profileUrl);
    case AvatarUrlRole: return row->picture;
    case LastMessageTextRole: return row->displayText;
    case LastMessageTimeRole: return conversation.lastMessage.time;
    case SenderNameRole: return row->displaySender;
    case SentByMeRole: return row->record.sentByMe;
    case UnreadCountRole: return conversation.unreadCount;
    case TypeRole: return conversation.type;
    case SeenRole: return row->record.isSeen();
    case DoneRole: return row->record.isDone();
    case SnippetRole: return m_snippets.value(row->record.key);
    case WaitingRole: return InboxLists::isView(m_list) && !m_showingHits;
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
            {SeenRole, "seen"},
            {DoneRole, "done"},
            {SnippetRole, "snippet"},
            {WaitingRole, "waiting"},
            {HasDraftRole, "hasDraft"},
    });
    return names;
}

void ConversationListModel::setAvatarStore(AvatarStore *store)
{
    m_avatars = store;
    connect(store, &AvatarStore::avatarReady, this, &ConversationListModel::onAvatarReady);
}

void ConversationListModel::draftChanged(const QString &conversationId)
{
    emit draftRefreshed(conversationId);
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
        if (!row || row->picture != url)
            continue;
        const int at =
                rowOfKey({key, row->record.time(), row->record.conversation.unreadCount > 0});
        if (at >= 0)
            emit dataChanged(index(at), index(at), {Qt::DecorationRole});
    }
}

QString ConversationListModel::accessibleText(const Row &row) const
{
    const Conversation &c = row.record.conversation;
    RowSpeech speech;
    speech.name = row.displayName;
    speech.type = c.type;
    speech.unread = c.unreadCount;
    speech.readHere = row.record.isSeen();
    speech.time = c.lastMessage.time;
    speech.waiting = InboxLists::isView(m_list) && !m_showingHits;
    speech.headline = row.displayHeadline;
    speech.preview = row.displayText;
    speech.sentByMe = row.record.sentByMe;
    speech.hasDraft = row.hasDraft;
    return RowAccessibleText::compose(speech, QDateTime::currentDateTime(), QLocale());
}
