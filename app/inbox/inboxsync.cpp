#include "inboxsync.h"

#include "api/billing.h"
#include "conversationlistmodel.h"
#include "startup/heaptrim.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcInbox)

namespace {

QStringList idsOf(const InboxPage &page)
{
    QStringList ids;
    ids.reserve(page.conversations.size());
    for (const Conversation &conversation : page.conversations)
        ids.append(conversation.id);
    return ids;
}

// How LinkupAPI refuses a cursor it no longer knows: "Bad parameter" (HTTP 400, or 200
// with an error body). Other refusals are errors the user sees.
bool isRefusedCursor(const ApiError &error)
{
    return error.kind == ApiError::Kind::BadRequest
            && (error.httpStatus == 400
                || error.serverMessage.contains(u"parameter", Qt::CaseInsensitive)
                || error.serverMessage.contains(u"cursor", Qt::CaseInsensitive));
}

// The page holds a conversation that is stored for the category and has had nothing
// new since: everything below it is known already.
bool meetsTheStore(const QList<ConversationWrite> &writes)
{
    return std::any_of(writes.cbegin(), writes.cend(), [](const ConversationWrite &write) {
        return !write.newToCategory && !write.newActivity;
    });
}

} // namespace

InboxSync::InboxSync(ConversationStore *store, ConversationListModel *model, FetchPage fetch,
                     QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_model(model)
    , m_fetch(std::move(fetch))
{
    const QString nothingNew =
            tr("The server keeps sending conversations already shown; stopped to save credits.");
    for (PageLoader *loader : {&m_bottom, &m_top}) {
        loader->setNothingNewMessage(nothingNew);
        loader->setStarter([this, loader](const PageLoader::Ticket &ticket) {
            return startPage(loader, ticket);
        });
        connect(loader, &PageLoader::stateChanged, this, &InboxSync::updateState);
    }
}

InboxCategory InboxSync::category() const
{
    return m_model->category();
}

void InboxSync::setPageSize(int requested)
{
    m_pageSize = Billing::normalizedPageSize(requested);
}

void InboxSync::start()
{
    m_chain = m_store->chain(category());
    m_model->reload();
    m_bottom.resume(m_chain.nextCursor, m_chain.atEnd);
    m_top.reset();
    m_failed = nullptr;
    updateState();
}

void InboxSync::storeReplaced()
{
    m_chain = m_store->chain(category());
    m_model->reload();
    if (m_bottom.state() != LoadState::Loading)
        m_bottom.resume(m_chain.nextCursor, m_chain.atEnd);
    updateState();
}

ApiError InboxSync::lastError() const
{
    return m_failed ? m_failed->lastError() : ApiError();
}

bool InboxSync::canLoadMore() const
{
    return m_bottom.canLoadMore() && m_top.state() != LoadState::Loading;
}

void InboxSync::loadMore()
{
    if (canLoadMore())
        m_bottom.loadMore();
}

void InboxSync::refresh()
{
    if (m_bottom.state() == LoadState::Loading || m_top.state() == LoadState::Loading) {
        m_refreshWanted = m_top.state() != LoadState::Loading;
        return;
    }
    m_refreshWanted = false;
    if (m_failed == &m_top)
        m_failed = nullptr;
    if (m_model->rowCount() == 0 && m_chain.nextCursor.isEmpty()) {
        // Nothing stored: the first page starts the chain below, as on a first run.
        if (m_failed == &m_bottom)
            m_failed = nullptr;
        m_recovering = false;
        m_bottom.reset();
        m_bottom.loadMore();
        return;
    }
    m_catchUpPages = 0;
    m_top.reset();
    m_top.loadMore();
}

void InboxSync::fillGap()
{
    if (!hasGap() || m_top.state() == LoadState::Loading || m_bottom.state() == LoadState::Loading)
        return;
    m_catchUpPages = 0;
    m_top.resume(m_chain.gapCursor, false);
    m_top.loadMore();
}

void InboxSync::retry()
{
    if (m_failed)
        m_failed->retry();
}

ApiCall *InboxSync::startPage(PageLoader *loader, const PageLoader::Ticket &ticket)
{
    InboxQuery query;
    query.category = InboxCategories::apiName(category());
    query.country = m_country;
    query.totalResults = m_pageSize;
    query.cursor = ticket.cursor;
    if (m_failed == loader)
        m_failed = nullptr; // its earlier failure is no longer the news
    return m_fetch(query, this, [this, loader, ticket](const InboxResult &result) {
        if (!loader->isCurrent(ticket)) {
            qCDebug(lcInbox) << "dropping a stale reply";
            return;
        }
        if (loader == &m_bottom)
            onBottomPage(ticket, result);
        else
            onTopPage(ticket, result);
    });
}

QList<ConversationWrite> InboxSync::write(const InboxPage &page, int *added)
{
    emit aboutToWrite(page);
    const int before = m_model->rowCount();
    const std::optional<QList<ConversationWrite>> writes =
            m_store->writePage(category(), page.conversations);
    if (!writes) {
        *added = 0;
        return {};
    }
    m_model->merge(*writes, true);
    *added = m_model->rowCount() - before;
    emit wrote(*writes);
    // The reply, its JSON and the parsed page are garbage now: give it back.
    HeapTrim::trimSoon();
    return *writes;
}

void InboxSync::onBottomPage(const PageLoader::Ticket &ticket, const InboxResult &result)
{
    if (result.error.isError()) {
        // A stored cursor the server no longer takes: start over from the first page and
        // skip what is stored, instead of showing an error the app can get past.
        if (isRefusedCursor(result.error) && !ticket.cursor.isEmpty() && !m_recovering) {
            qCInfo(lcInbox) << "stored cursor refused; walking a fresh chain";
            m_recovering = true;
            m_recoveryPages = 0;
            m_bottom.reset();
            m_bottom.loadMore();
            return;
        }
        m_recovering = false;
        m_failed = &m_bottom;
        m_bottom.pageFailed(ticket, result.error);
        return;
    }
    int added = 0;
    const QList<ConversationWrite> writes = write(result.page, &added);
    if (ticket.cursor.isEmpty()) {
        m_chain.syncedAt = QDateTime::currentDateTimeUtc();
        emit synced();
    }
    m_bottom.pageArrived(ticket, result.page.nextCursor, idsOf(result.page));
    m_chain.nextCursor = m_bottom.nextCursor();
    m_chain.atEnd = m_bottom.state() == LoadState::AtEnd;
    saveChain();
    if (m_bottom.state() == LoadState::Error) {
        m_failed = &m_bottom; // pages of nothing new
        updateState();
    }
    if (m_recovering) {
        const bool pastTheStore =
                std::any_of(writes.cbegin(), writes.cend(),
                            [](const ConversationWrite &w) { return w.newToCategory; });
        const int bound = m_store->count(category()) / qMax(1, m_pageSize) + 3;
        if (pastTheStore || !m_bottom.canLoadMore() || ++m_recoveryPages >= bound)
            m_recovering = false;
        else
            m_bottom.loadMore(); // still within what is stored: on, as the user asked
    }
    emit pageLoaded(added);
    if (m_refreshWanted)
        refresh();
}

void InboxSync::onTopPage(const PageLoader::Ticket &ticket, const InboxResult &result)
{
    if (result.error.isError()) {
        m_failed = &m_top;
        m_top.pageFailed(ticket, result.error);
        return;
    }
    int added = 0;
    const QList<ConversationWrite> writes = write(result.page, &added);
    if (ticket.cursor.isEmpty()) {
        m_chain.syncedAt = QDateTime::currentDateTimeUtc();
        emit synced();
    }
    m_top.pageArrived(ticket, result.page.nextCursor, idsOf(result.page));
    QList<qint64> active;
    for (const ConversationWrite &write : writes) {
        if (write.newActivity)
            active.append(write.after.key);
    }
    if (!active.isEmpty())
        emit newActivity(active);
    const bool met = meetsTheStore(writes) || m_top.state() == LoadState::AtEnd;
    const QString gapBefore = m_chain.gapCursor;
    if (met) {
        m_chain.gapCursor.clear();
    } else if (m_top.canLoadMore() && ++m_catchUpPages < MaxCatchUpPages) {
        m_top.loadMore(); // more new conversations than a page: on until they meet
    } else if (m_top.state() != LoadState::Error) {
        m_chain.gapCursor = m_top.nextCursor(); // say so, and let the user fill it
        qCInfo(lcInbox) << "a gap above the stored conversations";
    }
    // A chain below that never started takes up where this one got to.
    if (m_chain.nextCursor.isEmpty() && !m_chain.atEnd && m_bottom.pagesLoaded() == 0) {
        m_chain.nextCursor = m_top.nextCursor();
        m_chain.atEnd = m_top.state() == LoadState::AtEnd;
        m_bottom.resume(m_chain.nextCursor, m_chain.atEnd);
    }
    saveChain();
    if (m_top.state() == LoadState::Error) {
        m_failed = &m_top;
        updateState();
    }
    if (gapBefore != m_chain.gapCursor)
        emit gapChanged();
    emit pageLoaded(added);
}

void InboxSync::saveChain()
{
    m_store->setChain(category(), m_chain);
}

void InboxSync::updateState()
{
    LoadState state = LoadState::Idle;
    if (m_top.state() == LoadState::Loading || m_bottom.state() == LoadState::Loading)
        state = LoadState::Loading;
    else if (m_failed && m_failed->state() == LoadState::Error)
        state = LoadState::Error;
    else if (m_bottom.state() == LoadState::AtEnd)
        state = LoadState::AtEnd;
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}
