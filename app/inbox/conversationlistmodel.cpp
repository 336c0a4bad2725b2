#include "conversationlistmodel.h"

#include "api/billing.h"
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
    m_loader.setStarter([this](const PageLoader::Ticket &ticket) { return startPage(ticket); });
    m_loader.setNothingNewMessage(
            tr("The server keeps sending conversations already shown; stopped to save credits."));
    connect(&m_loader, &PageLoader::stateChanged, this, &ConversationListModel::stateChanged);
}

ConversationListModel::~ConversationListModel() = default;

void ConversationListModel::setPageSize(int requested)
{
    m_pageSize = Billing::normalizedPageSize(requested);
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

bool ConversationListModel::canFetchMore(const QModelIndex &) const
{
    return false; // see the class comment: pages only through loadMore()
}

void ConversationListModel::fetchMore(const QModelIndex &) { }

void ConversationListModel::loadMore()
{
    m_loader.loadMore();
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
    m_loader.retry();
}

void ConversationListModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    m_rowsByPicture.clear();
    m_loader.reset();
    endResetModel();
    m_loader.loadMore();
}

ApiCall *ConversationListModel::startPage(const PageLoader::Ticket &ticket)
{
    InboxQuery query;
    query.category = InboxCategories::apiName(m_category);
    query.country = m_country;
    query.totalResults = m_pageSize;
    query.cursor = ticket.cursor;
    return m_client->fetchInbox(query, this, [this, ticket](const InboxResult &result) {
        if (!m_loader.isCurrent(ticket)) {
            qCDebug(lcInbox) << "dropping a stale reply";
            return;
        }
        onPage(ticket, result);
    });
}

void ConversationListModel::onPage(const PageLoader::Ticket &ticket, const InboxResult &result)
{
    if (result.error.isError()) {
        qCInfo(lcInbox) << InboxCategories::apiName(m_category)
                        << "page failed:" << ApiError::kindName(result.error.kind);
        m_loader.pageFailed(ticket, result.error);
        return;
    }
    const int before = rowCount();
    appendConversations(result.page.conversations);
    const int added = rowCount() - before;
    QStringList keys;
    keys.reserve(result.page.conversations.size());
    for (const Conversation &conversation : result.page.conversations)
        keys.append(conversation.id);
    m_loader.pageArrived(ticket, result.page.nextCursor, keys);
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
