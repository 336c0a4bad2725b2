#include "inboxsession.h"

#include "api/apiusage.h"
#include "api/connectivity.h"
#include "api/linkupclient.h"
#include "avatars/avatarstore.h"
#include "creditledger.h"
#include "inbox/conversationlistmodel.h"
#include "inbox/inboxsync.h"
#include "listloader.h"
#include "startup/startuptrace.h"
#include "store/conversationsearch.h"
#include "store/conversationstore.h"
#include "store/draftstore.h"
#include "store/storedatabase.h"
#include "store/storelocation.h"
#include "store/threadstore.h"
#include "thread/outgoingmessages.h"
#include "thread/threadcache.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace {

// The file name of the connected account's store (a hash: never a secret).
const auto StoreKey = QStringLiteral("store/account");

} // namespace

InboxSession::InboxSession(Session *account, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_lists(new ListLoader([this](InboxList list) { load(list); }, this))
    , m_usage(new ApiUsage(this))
    , m_credits(new CreditLedger(this))
    , m_connectivity(new Connectivity(this))
    , m_avatars(new AvatarStore(AvatarStore::defaultCacheDirectory(), this))
    , m_threads(new ThreadCache(account->client(), this))
    , m_database(std::make_unique<StoreDatabase>())
    , m_conversations(std::make_unique<ConversationStore>(m_database.get()))
    , m_threadStore(std::make_unique<ThreadStore>(m_database.get()))
    , m_search(std::make_unique<ConversationSearch>(m_database.get()))
    , m_marks(std::make_unique<MarkStore>(m_database.get()))
    , m_drafts(std::make_unique<DraftStore>(m_database.get()))
    , m_outgoing(new OutgoingMessages(account->client(), this))
{
    LinkupClient *api = client();
    connect(api, &LinkupClient::attemptFinished, m_usage, &ApiUsage::record);
    connect(api, &LinkupClient::attemptFinished, m_connectivity, &Connectivity::record);
    connect(m_usage, &ApiUsage::counted, m_credits, &CreditLedger::add);
    api->setSpendCheck([this](const QString &, int estimate) {
        return m_credits->allows(estimate) ? QString() : m_credits->refusal();
    });
    connect(m_database.get(), &StoreDatabase::problem, this, &InboxSession::storeProblem);
    m_threads->setStore(m_threadStore.get());
    m_threads->setOutgoing(m_outgoing);
    connect(m_outgoing, &OutgoingMessages::sent, this, &InboxSession::onMessageSent);
    connect(m_drafts.get(), &DraftStore::changed, this, [this](const QString &conversationId) {
        for (ConversationListModel *model : std::as_const(m_models))
            model->draftChanged(conversationId);
    });
    connect(m_lists, &ListLoader::loaded, this, &InboxSession::listLoaded);
    connect(account, &Session::kindChanged, this, &InboxSession::onKindChanged);
    connect(account, &Session::accountReplaced, this, [] { QSettings().remove(StoreKey); });
    connect(account, &Session::signedOut, this, &InboxSession::forgetStore);
    connect(account, &Session::settingsChanged, this, &InboxSession::applySettings);
    onKindChanged(account->kind());
}

InboxSession::~InboxSession()
{
    close();
}

LinkupClient *InboxSession::client() const
{
    return m_account->client();
}

Conversation InboxSession::storedConversation(const QString &conversationId) const
{
    if (conversationId.isEmpty() || !isOpen())
        return {};
    const std::optional<ConversationRecord> record = m_conversations->record(conversationId);
    return record ? record->conversation : Conversation();
}

bool InboxSession::isLoaded(InboxList list) const
{
    return isOpen() && m_lists->isLoaded(list);
}

ConversationListModel *InboxSession::model(InboxList list) const
{
    m_lists->ensureLoaded(list);
    return m_models.value(list);
}

ConversationListModel *InboxSession::model(InboxCategory category) const
{
    return model(InboxLists::of(category));
}

InboxSync *InboxSession::sync(InboxCategory category) const
{
    m_lists->ensureLoaded(InboxLists::of(category));
    return m_syncs.value(category);
}

InboxSync *InboxSession::sync(InboxList list) const
{
    const std::optional<InboxCategory> category = InboxLists::categoryOf(list);
    return category ? sync(*category) : nullptr;
}

Mark InboxSession::setMark(qint64 key, const Mark &mark)
{
    const Mark before = m_marks->mark(key);
    if (before == mark || !m_marks->setMark(key, mark))
        return before;
    for (ConversationListModel *model : std::as_const(m_models))
        model->refreshRows({key});
    emit marksChanged();
    return before;
}

void InboxSession::onKindChanged(Session::Kind kind)
{
    close();
    if (kind == Session::Kind::Demo) {
        m_ownerPending = false;
        open(StoreLocation::demoFile()); // its own file: never mixed with an account's
    } else if (kind == Session::Kind::Account) {
        const QString name = QSettings().value(StoreKey).toString();
        m_ownerPending = name.isEmpty();
        open(m_ownerPending ? QString() : StoreLocation::folder() + u'/' + name);
    }
}

void InboxSession::open(const QString &storeFile)
{
    m_database->open(storeFile);
    LinkupClient *api = client();
    const auto fetch = [api](const InboxQuery &query, QObject *context,
                             LinkupClient::InboxCallback onDone) {
        return api->fetchInbox(query, context, std::move(onDone));
    };
    for (const InboxList list : InboxLists::all()) {
        auto *model = new ConversationListModel(m_conversations.get(), list, this);
        model->setAvatarStore(m_avatars);
        m_models.insert(list, model);
        model->setDraftStore(m_drafts.get());
        const std::optional<InboxCategory> category = InboxLists::categoryOf(list);
        if (!category)
            continue; // a view: what the store computes, kept up by each page
        auto *sync = new InboxSync(m_conversations.get(), model, fetch, this);
        connect(sync, &InboxSync::aboutToWrite, this, &InboxSession::onAboutToWrite);
        connect(sync, &InboxSync::newActivity, this, &InboxSession::newMessages);
        connect(sync, &InboxSync::wrote, this,
                [this, category](const QList<ConversationWrite> &writes) {
                    onWrote(*category, writes);
                });
        m_syncs.insert(*category, sync);
    }
    applySettings();
    // A first connection's store is in memory until a page names the account.
    m_credits->setStore(m_ownerPending ? nullptr : m_conversations.get());
    m_lists->start(m_firstList, InboxLists::all());
    StartupTrace::mark("stored rows read");
    connect(
            m_syncs.value(InboxCategory::Inbox), &InboxSync::synced, this,
            [] { StartupTrace::mark("first page arrived"); }, Qt::SingleShotConnection);
    countUnread();
    emit opened();
}

void InboxSession::load(InboxList list)
{
    // A category's sync reads its rows and resumes its chain; a view only reads.
    if (const std::optional<InboxCategory> category = InboxLists::categoryOf(list))
        m_syncs.value(*category)->start();
    else
        m_models.value(list)->reload();
}

void InboxSession::close()
{
    if (!isOpen())
        return;
    m_lists->clear();
    emit aboutToClose();
    keepUnsentAsDrafts();
    m_threads->clear();
    qDeleteAll(m_syncs);
    qDeleteAll(m_models);
    m_syncs.clear();
    m_models.clear();
    m_unread.clear();
    m_credits->setStore(nullptr);
    m_database->close();
}

void InboxSession::forgetStore()
{
    // Signing out: the account's conversations leave this computer with its secrets.
    const QString path = m_database->path();
    close();
    if (!path.isEmpty())
        StoreDatabase::removeFiles(path);
    QSettings().remove(StoreKey);
}

void InboxSession::onAboutToWrite(const InboxPage &page)
{
    if (!m_ownerPending)
        return;
    QString owner;
    for (const Conversation &conversation : page.conversations) {
        owner = ownerUrnOf(conversation.id);
        if (!owner.isEmpty())
            break;
    }
    if (owner.isEmpty())
        return; // ids of another shape: this session stays in memory
    m_ownerPending = false;
    const QString file = StoreLocation::accountFile(client()->apiBase(), owner);
    qCInfo(lcStore) << "the account's store is" << QFileInfo(file).fileName();
    m_database->open(file);
    QSettings().setValue(StoreKey, QFileInfo(file).fileName());
    m_credits->setStore(m_conversations.get());
    // The same account may have been here before: what it stored shows again.
    for (const InboxList list : InboxLists::all()) {
        if (!m_lists->isLoaded(list))
            continue; // read from the new file when its turn comes
        if (const std::optional<InboxCategory> category = InboxLists::categoryOf(list))
            m_syncs.value(*category)->storeReplaced();
        else
            m_models.value(list)->reload();
    }
}

void InboxSession::onWrote(InboxCategory category, const QList<ConversationWrite> &writes)
{
    // A conversation lives in several lists: the others see its changes too.
    mergeIntoLists(writes, InboxLists::of(category));
    countUnread();
}

void InboxSession::mergeIntoLists(const QList<ConversationWrite> &writes,
                                  std::optional<InboxList> except)
{
    // A list not read yet reads these rows from the store when its turn comes.
    for (auto it = m_models.cbegin(); it != m_models.cend(); ++it) {
        if (it.key() != except && m_lists->isLoaded(it.key()))
            it.value()->merge(writes, false);
    }
}

void InboxSession::applySettings()
{
    m_credits->setDailyBudget(m_account->settings().dailyCreditBudget());
    for (InboxSync *sync : std::as_const(m_syncs)) {
        sync->setCountry(m_account->country());
        sync->setPageSize(m_account->pageSize());
    }
}

void InboxSession::countUnread()
{
    bool changed = false;
    for (const InboxCategory category : InboxCategories::all()) {
        const int count = isOpen() ? m_conversations->unreadCount(category) : 0;
        if (m_unread.value(category, -1) != count) {
            m_unread.insert(category, count);
            changed = true;
        }
    }
    if (changed)
        emit unreadCountsChanged();
}

void InboxSession::updateConversation(const Conversation &conversation)
{
    // One row of the store whatever its categories: written once, under a category it is
    // in (writing under another would add it there), and folded into every list.
    for (const InboxCategory category : InboxCategories::all()) {
        if (!isOpen() || model(category)->rowOf(conversation.id) < 0)
            continue;
        const std::optional<QList<ConversationWrite>> writes =
                m_conversations->writePage(category, {conversation});
        if (!writes)
            return;
        mergeIntoLists(*writes);
        countUnread();
        return;
    }
}

void InboxSession::onMessageSent(const OutgoingMessage &message)
{
    const std::optional<ConversationRecord> record =
            m_conversations->record(message.conversationId);
    if (!record)
        return;
    Conversation conversation = record->conversation;
    // The owner as the list knew them, when the last message was theirs; else a name that
    // is not the participant's and no profile, which Conversation counts as the owner's.
    if (!record->sentByMe)
        conversation.lastMessage.sender = Person{tr("You"), {}, {}, {}};
    conversation.lastMessage.text = message.text;
    conversation.lastMessage.time = message.time;
    updateConversation(conversation);
}

void InboxSession::keepUnsentAsDrafts()
{
    const QHash<QString, QStringList> unsent = m_outgoing->unsentTexts();
    for (auto it = unsent.cbegin(); it != unsent.cend(); ++it) {
        QStringList parts = it.value();
        if (const QString draft = m_drafts->text(it.key()); !draft.isEmpty())
            parts.append(draft);
        m_drafts->setText(it.key(), parts.join(u"\n\n"));
    }
    m_outgoing->clear();
}
