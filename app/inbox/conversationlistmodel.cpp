#include "conversationlistmodel.h"

#include "api/linkupclient.h"
#include "avatars/avatarstore.h"
#include "text/displaytext.h"
#include "text/timeformat.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcInbox, "linkup.inbox")

ConversationListModel::ConversationListModel(LinkupClient *client, InboxCategory category,
                                             const QString &country, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
    , m_category(category)
    , m_country(country)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ConversationListModel::requestPage);
}

ConversationListModel::~ConversationListModel()
{
    if (m_pending)
        m_pending->abort();
}

int ConversationListModel::normalizedPageSize(int requested)
{
    const int clamped = qBound(10, requested, 25);
    return clamped < 15 ? 10 : 20; // 25 would round to 30, past the API's cap
}

void ConversationListModel::setPageSize(int requested)
{
    m_pageSize = normalizedPageSize(requested);
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Conversation &conversation = row.conversation;
    switch (role) {
    case Qt::DisplayRole:
    case ParticipantNameRole: return row.displayName;
    case Qt::ToolTipRole:
        return row.displayHeadline.isEmpty() ? row.displayName
                                             : row.displayName + u'\n' + row.displayHeadline;
    case Qt::AccessibleTextRole: return accessibleText(row);
    case IdRole: return conversation.id;
    case HeadlineRole: return row.displayHeadline;
    case ProfileUrlRole: return conversation.participant.profileUrl;
    case AvatarUrlRole: return conversation.participant.pictureUrl;
    case LastMessageTextRole: return row.displayText;
    case LastMessageTimeRole: return conversation.lastMessage.time;
    case SenderNameRole: return row.displaySender;
    case SentByMeRole: return row.sentByMe;
    case UnreadCountRole: return conversation.unreadCount;
    case TypeRole: return conversation.type;
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
    });
    return names;
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_state == LoadState::Idle;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void ConversationListModel::setAvatarStore(AvatarStore *store)
{
    connect(store, &AvatarStore::avatarReady, this, &ConversationListModel::onAvatarReady);
}

void ConversationListModel::onAvatarReady(const QUrl &url)
{
    for (const int row : m_rowsByPicture.value(url)) {
        const QModelIndex changed = index(row);
        emit dataChanged(changed, changed, {Qt::DecorationRole});
    }
}

const Conversation *ConversationListModel::conversationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).conversation : nullptr;
}

int ConversationListModel::rowOf(const QString &conversationId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).conversation.id == conversationId)
            return row;
    }
    return -1;
}

void ConversationListModel::retry()
{
    if (m_state != LoadState::Error)
        return;
    if (const int waitMs = m_pager.retryDelayMs(); waitMs > 0) {
        setState(LoadState::Loading);
        m_retryTimer.start(waitMs);
        return;
    }
    requestPage();
}

void ConversationListModel::refresh()
{
    ++m_generation;
    if (m_pending)
        m_pending->abort();
    m_retryTimer.stop();
    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    m_rowsByPicture.clear();
    m_pager.reset();
    // Before endResetModel(): a view reacting to the reset calls fetchMore() at once,
    // and must find the first page already on its way.
    requestPage();
    endResetModel();
}

void ConversationListModel::requestPage()
{
    const std::optional<QString> next = m_pager.startRequest();
    if (!next) {
        setState(LoadState::AtEnd);
        return;
    }
    const QString &cursor = *next;

    InboxQuery query;
    query.category = InboxCategories::apiName(m_category);
    query.country = m_country;
    query.totalResults = m_pageSize;
    query.cursor = cursor;
    const quint64 generation = m_generation;
    m_pending = m_client->fetchInbox(query, this,
                                     [this, generation, cursor](const InboxResult &result) {
                                         if (generation != m_generation) {
                                             qCDebug(lcInbox) << "dropping a stale reply";
                                             return;
                                         }
                                         onPage(cursor, result);
                                     });
    setState(LoadState::Loading);
}

void ConversationListModel::onPage(const QString &requestedCursor, const InboxResult &result)
{
    m_pending = nullptr;
    if (result.error.isError()) {
        m_pager.requestFailed(requestedCursor, result.error);
        qCInfo(lcInbox) << InboxCategories::apiName(m_category)
                        << "page failed:" << ApiError::kindName(result.error.kind)
                        << result.error.httpStatus;
        setState(LoadState::Error);
        return;
    }

    const int before = rowCount();
    appendConversations(result.page.conversations);
    const int added = rowCount() - before;
    const bool more =
            m_pager.pageArrived(result.page.nextCursor, result.page.conversations.isEmpty());
    setState(more ? LoadState::Idle : LoadState::AtEnd);
    emit pageLoaded(added);
}

void ConversationListModel::appendConversations(const QList<Conversation> &conversations)
{
    QList<Row> fresh;
    for (const Conversation &conversation : conversations) {
        if (m_ids.contains(conversation.id))
            continue;
        m_ids.insert(conversation.id);
        Row row;
        row.conversation = conversation;
        row.displayName = DisplayText::singleLine(conversation.participant.name, 200);
        row.displayHeadline = DisplayText::singleLine(conversation.participant.headline, 300);
        row.displayText = DisplayText::singleLine(conversation.lastMessage.text);
        row.displaySender = DisplayText::singleLine(conversation.lastMessage.sender.name, 200);
        row.sentByMe = conversation.lastMessageSentByMe();
        fresh.append(std::move(row));
    }
    if (fresh.isEmpty())
        return;
    const int first = rowCount();
    for (int i = 0; i < fresh.size(); ++i) {
        const QUrl &picture = fresh.at(i).conversation.participant.pictureUrl;
        if (!picture.isEmpty())
            m_rowsByPicture[picture].append(first + i);
    }
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.append(std::move(fresh));
    endInsertRows();
}

QString ConversationListModel::accessibleText(const Row &row) const
{
    // Read as "Name, N unread, headline, last message, time", the same time as painted.
    const QString time = TimeFormat::conversationTime(row.conversation.lastMessage.time,
                                                      QDateTime::currentDateTime(), QLocale());
    return tr("%1, %n unread, %2, %3, %4", nullptr, row.conversation.unreadCount)
            .arg(row.displayName, row.displayHeadline, row.displayText, time);
}

void ConversationListModel::setState(LoadState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
