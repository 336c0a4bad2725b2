#pragma once

#include "api/inboxcategory.h"
#include "api/linkupclient.h"
#include "paging/pageloader.h"
#include "store/conversationstore.h"

#include <QObject>

#include <functional>

class ConversationListModel;

// Keeps one category's stored conversations in step with LinkupAPI, a page at a time,
// and tells its model what each page changed. Two cursor chains, one request at a time:
// - below the stored rows (loadMore): from the stored cursor, saved after each page;
//   when that cursor has expired (the server refuses it), a fresh chain from the first
//   page skips what is stored, without an error for what it can recover by itself;
// - on top (refresh): the first page, merged in place; when it has nothing in common
//   with what is stored (more new conversations than a page), the next pages up to
//   MaxCatchUpPages, then the rest is marked as a gap the user can fill.
// What was shown is never removed; an error keeps everything and waits for retry().
class InboxSync : public QObject
{
    Q_OBJECT

public:
    using LoadState = PageLoader::State;
    // Starts one /messages/inbox request (the network, or a test's fake source).
    using FetchPage = std::function<ApiCall *(const InboxQuery &query, QObject *context,
                                              LinkupClient::InboxCallback onDone)>;

    static constexpr int MaxCatchUpPages = 5;
    static constexpr int DefaultPageSize = 20;

    InboxSync(ConversationStore *store, ConversationListModel *model, FetchPage fetch,
              QObject *parent = nullptr);

    InboxCategory category() const;
    ConversationListModel *model() const { return m_model; }
    ConversationStore *store() const { return m_store; }
    void setCountry(const QString &country) { m_country = country; }
    void setPageSize(int requested);
    int pageSize() const { return m_pageSize; }

    // Shows what the store holds and takes up its chain where it stopped. No request.
    void start();
    // The store became another file (the account's, named by its first page): take up
    // what that holds, leaving a request on its way alone.
    void storeReplaced();

    LoadState state() const { return m_state; }
    ApiError lastError() const;
    bool canLoadMore() const;
    bool isRefreshing() const { return m_top.state() == LoadState::Loading; }
    // When this category's first page last arrived (invalid: never).
    QDateTime lastSynced() const { return m_chain.syncedAt; }
    // Newer conversations than the stored ones may be missing (see fillGap()).
    bool hasGap() const { return !m_chain.gapCursor.isEmpty(); }
    int pagesLoaded() const { return m_bottom.pagesLoaded(); }

public slots:
    // The next page below the stored rows (no-op unless canLoadMore()).
    void loadMore();
    // The first page again, merged in place (and on until it meets what is stored).
    void refresh();
    // After an error: the page that failed, again (honouring Retry-After).
    void retry();
    // Goes on from the gap until the pages meet the stored conversations.
    void fillGap();

signals:
    void stateChanged(PageLoader::State state);
    void pageLoaded(int addedRows);
    // A page is about to be written: the owner may pick the account's store by it.
    void aboutToWrite(const InboxPage &page);
    // What a page changed in the store (other categories' models fold it in too).
    void wrote(const QList<ConversationWrite> &writes);
    void synced();
    void gapChanged();
    // A refresh found conversations with new messages (new ones included): keys.
    void newActivity(const QList<qint64> &keys);

private:
    ApiCall *startPage(PageLoader *loader, const PageLoader::Ticket &ticket);
    void onBottomPage(const PageLoader::Ticket &ticket, const InboxResult &result);
    void onTopPage(const PageLoader::Ticket &ticket, const InboxResult &result);
    QList<ConversationWrite> write(const InboxPage &page, int *added);
    void saveChain();
    void updateState();

    ConversationStore *m_store;
    ConversationListModel *m_model;
    FetchPage m_fetch;
    QString m_country = QStringLiteral("FR");
    int m_pageSize = DefaultPageSize;

    PageLoader m_bottom;
    PageLoader m_top;
    PageLoader *m_failed = nullptr; // the chain whose last page failed, if any
    LoadState m_state = LoadState::Idle;
    CategoryChain m_chain;
    bool m_refreshWanted = false; // asked while the other chain had a request out
    bool m_recovering = false; // walking a fresh chain over what is stored
    int m_recoveryPages = 0;
    int m_catchUpPages = 0;
};
