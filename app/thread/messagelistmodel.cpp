#include "messagelistmodel.h"

#include "api/billing.h"
#include "api/linkupclient.h"
#include "text/displaytext.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcThread, "linkup.thread")

namespace {

constexpr int MaxNameChars = 200;

QString fullName(const ThreadMessage &message)
{
    return DisplayText::singleLine(QString(message.senderFirstName + u' ' + message.senderLastName),
                                   MaxNameChars);
}

// "urn:li:fsd_profile:<owner>" from "urn:li:msg_conversation:(urn:li:fsd_profile:<owner>,…)",
// or an empty string when the id is not of that shape.
QString ownerUrnOf(const QString &conversationId)
{
    static const QString Prefix = QStringLiteral("urn:li:msg_conversation:(");
    if (!conversationId.startsWith(Prefix))
        return {};
    const qsizetype comma = conversationId.indexOf(u',', Prefix.size());
    const QString owner = conversationId.mid(Prefix.size(), comma - Prefix.size());
    return comma > 0 && owner.startsWith(u"urn:li:fsd_profile:") ? owner : QString();
}

} // namespace

MessageListModel::MessageListModel(LinkupClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
    m_loader.setStarter([this](const PageLoader::Ticket &ticket) { return startPage(ticket); });
    m_loader.setNothingNewMessage(
            tr("The server keeps sending messages already shown; stopped to save credits."));
    connect(&m_loader, &PageLoader::stateChanged, this, &MessageListModel::stateChanged);
}

MessageListModel::~MessageListModel() = default;

void MessageListModel::setPageSize(int requested)
{
    m_pageSize = Billing::normalizedPageSize(requested);
}

bool MessageListModel::isSentByMe(const ThreadMessage &message, const Person &participant,
                                  const QString &conversationId)
{
    if (message.isSystem)
        return false;
    const QString sender = fullName(message);
    const QString other = DisplayText::singleLine(participant.name, MaxNameChars);
    if (!sender.isEmpty() && !other.isEmpty())
        return sender.compare(other, Qt::CaseInsensitive) != 0;
    const QString owner = ownerUrnOf(conversationId);
    return !owner.isEmpty() && message.senderId == owner;
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
    m_loader.reset();
    endResetModel();
    if (!m_conversationId.isEmpty())
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
    const Row &row = m_rows.at(index.row());
    const ThreadMessage &message = row.message;
    switch (role) {
    case Qt::DisplayRole: return row.displayText;
    case Qt::ToolTipRole:
        return message.time.isValid()
                ? QLocale().toString(message.time.toLocalTime(), QLocale::LongFormat)
                : QString();
    case Qt::AccessibleTextRole: return accessibleText(row);
    case IdRole: return message.id;
    case TextRole: return message.text;
    case TimeRole: return message.time;
    case SenderNameRole: return row.displaySender;
    case SentByMeRole: return row.sentByMe;
    case IsSystemRole: return message.isSystem;
    case StartsRunRole: return startsRun(index.row());
    case StartsDayRole: return startsDay(index.row());
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
    });
    return names;
}

bool MessageListModel::canFetchMore(const QModelIndex &) const
{
    return false; // see the class comment: older pages only through loadOlder()
}

void MessageListModel::fetchMore(const QModelIndex &) { }

bool MessageListModel::canLoadOlder() const
{
    return m_loader.canLoadMore() && !m_conversationId.isEmpty() && m_loader.pagesLoaded() > 0;
}

void MessageListModel::loadOlder()
{
    if (canLoadOlder())
        m_loader.loadMore();
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

void MessageListModel::retry()
{
    m_loader.retry();
}

ApiCall *MessageListModel::startPage(const PageLoader::Ticket &ticket)
{
    ConversationQuery query;
    query.conversationId = m_conversationId;
    query.country = m_country;
    query.totalResults = m_pageSize;
    query.cursor = ticket.cursor;
    return m_client->fetchConversation(query, this,
                                       [this, ticket](const ConversationResult &result) {
                                           if (!m_loader.isCurrent(ticket)) {
                                               qCDebug(lcThread) << "dropping a stale reply";
                                               return;
                                           }
                                           onPage(ticket, result);
                                       });
}

void MessageListModel::onPage(const PageLoader::Ticket &ticket, const ConversationResult &result)
{
    if (result.error.isError()) {
        m_loader.pageFailed(ticket, result.error);
        return;
    }
    const int added = prependMessages(result.page.messages);
    QStringList keys;
    keys.reserve(result.page.messages.size());
    for (const ThreadMessage &message : result.page.messages)
        keys.append(keyOf(message));
    m_loader.pageArrived(ticket, result.page.nextCursor, keys);
    emit pageLoaded(added);
}

QString MessageListModel::keyOf(const ThreadMessage &message)
{
    if (!message.id.isEmpty())
        return message.id;
    // No id: the same time, sender and text twice is the same message sent twice by
    // the server, not two messages.
    return QString(QString::number(message.time.toMSecsSinceEpoch()) + u'\n' + message.senderId
                   + u'\n' + message.text);
}

int MessageListModel::prependMessages(const QList<ThreadMessage> &newestFirst)
{
    QList<Row> older;
    older.reserve(newestFirst.size());
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it) {
        const ThreadMessage &message = *it;
        QString key = keyOf(message);
        if (m_keys.contains(key))
            continue;
        m_keys.insert(std::move(key));
        Row row;
        row.message = message;
        row.displayText = DisplayText::multiLine(message.text);
        row.displaySender = fullName(message);
        if (message.time.isValid())
            row.localDay = message.time.toLocalTime().date();
        row.sentByMe = isSentByMe(message, m_participant, m_conversationId);
        older.append(std::move(row));
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

bool MessageListModel::startsDay(int row) const
{
    const QDate day = m_rows.at(row).localDay;
    if (!day.isValid())
        return false;
    return row == 0 || m_rows.at(row - 1).localDay != day;
}

bool MessageListModel::startsRun(int row) const
{
    if (row == 0 || startsDay(row))
        return true;
    const Row &current = m_rows.at(row);
    const Row &previous = m_rows.at(row - 1);
    if (current.message.isSystem || previous.message.isSystem)
        return true;
    if (current.sentByMe != previous.sentByMe)
        return true;
    const QString &id = current.message.senderId;
    const QString &previousId = previous.message.senderId;
    if (!id.isEmpty() && !previousId.isEmpty())
        return id != previousId;
    return current.displaySender.compare(previous.displaySender, Qt::CaseInsensitive) != 0;
}

QString MessageListModel::accessibleText(const Row &row) const
{
    const QString time = row.message.time.isValid()
            ? QLocale().toString(row.message.time.toLocalTime(), QLocale::ShortFormat)
            : QString();
    if (row.message.isSystem)
        return tr("%1, %2").arg(time, row.displayText);
    QString sender = row.displaySender;
    if (sender.isEmpty())
        sender = row.sentByMe ? tr("You") : tr("Unknown sender");
    return tr("%1, %2, %3").arg(sender, time, row.displayText);
}
