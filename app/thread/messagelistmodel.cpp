#include "messagelistmodel.h"

#include "api/billing.h"
#include "store/threadstore.h"

#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcThread, "linkup.thread")

namespace {

QStringList keysOf(const QList<ThreadMessage> &messages)
{
    QStringList keys;
    keys.reserve(messages.size());
    for (const ThreadMessage &message : messages)
        keys.append(messageKey(message));
    return keys;
}

qint64 msOf(const ThreadMessage &message)
{
    return message.time.isValid() ? message.time.toMSecsSinceEpoch() : 0;
}

} // namespace

MessageListModel::MessageListModel(FetchPage fetch, ThreadStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_fetch(std::move(fetch))
    , m_store(store)
{
    const QString nothingNew =
            tr("The server keeps sending messages already shown; stopped to save credits.");
    for (PageLoader *loader : {&m_loader, &m_newest}) {
        loader->setNothingNewMessage(nothingNew);
        loader->setStarter([this, loader](const PageLoader::Ticket &ticket) {
            return startPage(loader, ticket);
        });
        connect(loader, &PageLoader::stateChanged, this, &MessageListModel::updateState);
    }
}

MessageListModel::MessageListModel(LinkupClient *client, QObject *parent)
    : MessageListModel(
            [client](const ConversationQuery &query, QObject *context,
                     LinkupClient::ConversationCallback onDone) {
                return client->fetchConversation(query, context, std::move(onDone));
            },
            nullptr, parent)
{
}

MessageListModel::~MessageListModel() = default;

void MessageListModel::setPageSize(int requested)
{
    m_pageSize = Billing::normalizedPageSize(requested);
}

void MessageListModel::setConversation(const QString &conversationId, const QString &country,
                                       const Person &participant)
{
    if (conversationId == m_conversationId && country == m_country)
        return;
    m_conversationId = conversationId;
    m_country = country;
    m_participant = participant;
    restart();
}

void MessageListModel::refresh()
{
    restart();
}

void MessageListModel::restart()
{
    beginResetModel();
    m_rows.clear();
    m_keys.clear();
    m_claimed.clear();
    m_outgoingRows = 0;
    m_loader.reset();
    m_newest.reset();
    m_storedShown = m_storedTotal = 0;
    if (m_store && !m_conversationId.isEmpty()) {
        // A thread read before shows at once, from where its older pages go on.
        const ThreadState stored = m_store->state(m_conversationId);
        if (stored.stored) {
            const QList<ThreadMessage> messages =
                    m_store->messages(m_conversationId, 0, StoredAtOpen);
            for (const ThreadMessage &message : messages) {
                if (!m_keys.contains(messageKey(message))) {
                    m_keys.insert(messageKey(message));
                    m_rows.append(MessageRow::from(message, m_participant, m_conversationId));
                }
            }
            m_storedShown = int(messages.size());
            m_storedTotal = stored.messageCount;
            m_loader.resume(stored.olderCursor, stored.atStart);
        }
    }
    addOutgoingRows();
    endResetModel();
    updateState();
    if (!m_conversationId.isEmpty() && serverRowCount() == 0)
        m_loader.loadMore();
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int at = index.row();
    const MessageRow &row = m_rows.at(at);
    const MessageRow *previous = at > 0 ? &m_rows.at(at - 1) : nullptr;
    const ThreadMessage &message = row.message;
    switch (role) {
    case Qt::DisplayRole: return row.displayText;
    case Qt::ToolTipRole:
        return message.time.isValid()
                ? QLocale().toString(message.time.toLocalTime(), QLocale::LongFormat)
                : QString();
    case Qt::AccessibleTextRole: return row.accessibleText();
    case IdRole: return message.id;
    case TextRole: return message.text;
    case TimeRole: return message.time;
    case SenderNameRole: return row.displaySender;
    case SentByMeRole: return row.sentByMe;
    case IsSystemRole: return message.isSystem;
    case StartsRunRole: return row.startsRunAfter(previous);
    case StartsDayRole: return row.startsDayAfter(previous);
    case DeliveryRole: return int(row.delivery);
    case LocalKeyRole: return row.localKey;
    case DeliveryErrorRole: return row.deliveryError;
    default: return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({
            {IdRole, "messageId"},
            {TextRole, "text"},
            {TimeRole, "time"},
            {SenderNameRole, "senderName"},
            {SentByMeRole, "sentByMe"},
            {IsSystemRole, "isSystem"},
            {StartsRunRole, "startsRun"},
            {StartsDayRole, "startsDay"},
            {DeliveryRole, "delivery"},
            {LocalKeyRole, "localKey"},
            {DeliveryErrorRole, "deliveryError"},
    });
    return names;
}

bool MessageListModel::canFetchMore(const QModelIndex &) const
{
    return false; // see the class comment: older pages only through loadOlder()
}

void MessageListModel::fetchMore(const QModelIndex &) { }

PageLoader::State MessageListModel::state() const
{
    return m_state;
}

void MessageListModel::updateState()
{
    LoadState state = LoadState::Idle;
    if (m_loader.state() == LoadState::Loading || m_newest.state() == LoadState::Loading)
        state = LoadState::Loading;
    else if (m_newest.state() == LoadState::Error || m_loader.state() == LoadState::Error)
        state = LoadState::Error;
    else if (m_loader.state() == LoadState::AtEnd && m_storedShown >= m_storedTotal)
        state = LoadState::AtEnd;
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

ApiError MessageListModel::lastError() const
{
    return m_newest.state() == LoadState::Error ? m_newest.lastError() : m_loader.lastError();
}

bool MessageListModel::canLoadOlder() const
{
    if (m_conversationId.isEmpty() || serverRowCount() == 0 || m_state == LoadState::Loading)
        return false;
    return m_storedShown < m_storedTotal || m_loader.canLoadMore();
}

QDateTime MessageListModel::newestTime() const
{
    return m_rows.isEmpty() ? QDateTime() : m_rows.last().message.time;
}

void MessageListModel::loadOlder()
{
    if (!canLoadOlder())
        return;
    if (m_storedShown < m_storedTotal) {
        // The store before the network: what was read once costs nothing again.
        const QList<ThreadMessage> older =
                m_store->messages(m_conversationId, m_storedShown, StoredPerStep);
        m_storedShown = older.isEmpty() ? m_storedTotal : m_storedShown + int(older.size());
        const int added = prepend(older);
        updateState();
        emit pageLoaded(added);
        return;
    }
    m_loader.loadMore();
}

void MessageListModel::refreshNewest()
{
    if (m_conversationId.isEmpty() || m_newest.state() == LoadState::Loading)
        return;
    m_catchUpPages = 0;
    m_newest.reset();
    m_newest.loadMore();
}

void MessageListModel::retry()
{
    if (m_newest.state() == LoadState::Error)
        m_newest.retry();
    else
        m_loader.retry();
}

const ThreadMessage *MessageListModel::messageAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).message : nullptr;
}

int MessageListModel::rowOf(const QString &messageId) const
{
    if (messageId.isEmpty())
        return -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).message.id == messageId)
            return row;
    }
    return -1;
}

ApiCall *MessageListModel::startPage(PageLoader *loader, const PageLoader::Ticket &ticket)
{
    ConversationQuery query;
    query.conversationId = m_conversationId;
    query.country = m_country;
    query.totalResults = m_pageSize;
    query.cursor = ticket.cursor;
    return m_fetch(query, this, [this, loader, ticket](const ConversationResult &result) {
        if (!loader->isCurrent(ticket)) {
            qCDebug(lcThread) << "dropping a stale reply";
            return;
        }
        if (loader == &m_loader)
            onOlderPage(ticket, result);
        else
            onNewestPage(ticket, result);
    });
}

void MessageListModel::store(const ConversationResult &result, bool olderPage)
{
    if (m_store)
        m_store->writePage(m_conversationId, result.page.messages, result.page.nextCursor,
                           olderPage);
}

void MessageListModel::onOlderPage(const PageLoader::Ticket &ticket,
                                   const ConversationResult &result)
{
    if (result.error.isError()) {
        m_loader.pageFailed(ticket, result.error);
        return;
    }
    const QList<ThreadMessage> &newestFirst = result.page.messages;
    const int added = prepend({newestFirst.crbegin(), newestFirst.crend()});
    // A first page starts the thread's chain; older ones move it on.
    store(result, !ticket.cursor.isEmpty() || m_storedTotal > 0);
    m_loader.pageArrived(ticket, result.page.nextCursor, keysOf(newestFirst));
    emit pageLoaded(added);
}

void MessageListModel::onNewestPage(const PageLoader::Ticket &ticket,
                                    const ConversationResult &result)
{
    if (result.error.isError()) {
        m_newest.pageFailed(ticket, result.error);
        return;
    }
    bool metShown = false;
    const int added = insertNewer(result.page.messages, &metShown);
    store(result, false);
    m_storedShown += added; // they are stored now, at the newest end
    m_storedTotal += added;
    m_newest.pageArrived(ticket, result.page.nextCursor, keysOf(result.page.messages));
    if (!metShown && m_newest.canLoadMore() && ++m_catchUpPages < MaxCatchUpPages)
        m_newest.loadMore(); // more new messages than a page: on until they meet
    emit pageLoaded(added);
}

int MessageListModel::prepend(const QList<ThreadMessage> &oldestFirst)
{
    QList<MessageRow> older;
    older.reserve(oldestFirst.size());
    for (const ThreadMessage &message : oldestFirst) {
        QString key = messageKey(message);
        if (m_keys.contains(key) || absorbIntoSent(message))
            continue;
        m_keys.insert(std::move(key));
        older.append(MessageRow::from(message, m_participant, m_conversationId));
    }
    if (older.isEmpty())
        return 0;
    const int added = int(older.size());
    const bool hadRows = !m_rows.isEmpty();
    beginInsertRows({}, 0, added - 1);
    older.append(std::move(m_rows));
    m_rows = std::move(older);
    endInsertRows();
    // The row that was first now has a row above it: its run and day flags may change.
    if (hadRows) {
        const QModelIndex formerFirst = index(added);
        emit dataChanged(formerFirst, formerFirst, {StartsRunRole, StartsDayRole});
    }
    return added;
}

int MessageListModel::insertNewer(const QList<ThreadMessage> &newestFirst, bool *metShown)
{
    int added = 0;
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it) {
        QString key = messageKey(*it);
        if (m_keys.contains(key)) {
            *metShown = true;
            continue;
        }
        if (absorbIntoSent(*it))
            continue;
        m_keys.insert(std::move(key));
        // Where its time puts it; new messages nearly always go at the end.
        const int at = placeFor(msOf(*it));
        beginInsertRows({}, at, at);
        m_rows.insert(at, MessageRow::from(*it, m_participant, m_conversationId));
        endInsertRows();
        if (at + 1 < m_rows.size()) {
            const QModelIndex next = index(at + 1);
            emit dataChanged(next, next, {StartsRunRole, StartsDayRole});
        }
        ++added;
    }
    return added;
}

int MessageListModel::placeFor(qint64 time) const
{
    const auto place =
            std::upper_bound(m_rows.cbegin(), m_rows.cend(), time,
                             [](qint64 t, const MessageRow &row) { return t < msOf(row.message); });
    return int(place - m_rows.cbegin());
}

void MessageListModel::keepInOrder(int row)
{
    // A row whose time changed (a sent message became the server's copy, a few seconds
    // off) moves to where that time belongs, so placeFor() keeps finding places.
    const qint64 time = msOf(m_rows.at(row).message);
    int target = row;
    while (target > 0 && msOf(m_rows.at(target - 1).message) > time)
        --target;
    if (target == row) {
        while (target + 1 < m_rows.size() && msOf(m_rows.at(target + 1).message) < time)
            ++target;
    }
    const int first = qMax(0, qMin(row, target) - 1);
    const int last = qMin(int(m_rows.size()) - 1, qMax(row, target) + 1);
    if (target != row) {
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_rows.move(row, target);
        endMoveRows();
    }
    // Its neighbours' run and day flags may have changed with it.
    emit dataChanged(index(first), index(last), {StartsRunRole, StartsDayRole});
}
