#pragma once

#include "api/apierror.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

class ApiCall;

// The one paging state machine both paged lists use (the conversations of a category,
// the older messages of a thread). It decides when a page may be asked for and what a
// reply means for the list; the models keep only their rows.
//
// - At most one request is in flight; loadMore() while Loading is a no-op.
// - A reply for an earlier generation (before reset()) is stale: isCurrent() says to
//   drop it.
// - The list ends (AtEnd) at a missing cursor, an empty page, a cursor asked for
//   already, or the page bound.
// - Two pages in a row that bring nothing new to this chain stop the list (Error,
//   kind NothingNew) instead of buying pages without end; retry() goes on.
// - An error keeps what was loaded and waits for retry(), which asks for the same
//   cursor again after Retry-After. Nothing is ever retried by itself.
class PageLoader : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Loading, Error, AtEnd };
    Q_ENUM(State)

    // One request: the list generation it belongs to and the cursor it asked for.
    struct Ticket
    {
        quint64 generation = 0;
        QString cursor; // empty: the first page
    };

    // Starts the request for ticket.cursor and returns the call (which the loader aborts
    // on reset()); its reply comes back through pageArrived() or pageFailed().
    using Starter = std::function<ApiCall *(const Ticket &ticket)>;

    static constexpr int DefaultMaxPages = 500;
    static constexpr int MaxPagesWithNothingNew = 2;

    explicit PageLoader(QObject *parent = nullptr);
    ~PageLoader() override;

    void setStarter(Starter starter) { m_start = std::move(starter); }
    void setMaxPages(int pages) { m_maxPages = qMax(1, pages); }
    int maxPages() const { return m_maxPages; }
    // What the banner says when pages keep bringing nothing new (it names the list).
    void setNothingNewMessage(const QString &message) { m_nothingNewMessage = message; }

    State state() const { return m_state; }
    bool canLoadMore() const { return m_state == State::Idle; }
    int pagesLoaded() const { return m_pagesLoaded; }
    const ApiError &lastError() const { return m_lastError; }
    // The cursor the next page asks for (empty before the first page).
    QString nextCursor() const { return m_next; }

    // Idle: asks for the next page. Otherwise nothing happens.
    void loadMore();
    // Error: asks again for the page that failed (after Retry-After, when given); after
    // pages of nothing new, goes on with the next cursor.
    void retry();
    // Forgets every cursor and page and drops the reply on its way; Idle after.
    void reset();
    // Goes on with a chain known from before (a stored cursor): the next page asks for
    // cursor; atEnd: the chain is complete and nothing more is asked for.
    void resume(const QString &cursor, bool atEnd);

    // For the starter's callbacks: false for a reply the loader no longer waits for.
    bool isCurrent(const Ticket &ticket) const;
    // A page arrived; keys identify its entries (ids), to tell what is new to the chain.
    void pageArrived(const Ticket &ticket, const QString &nextCursor, const QStringList &keys);
    void pageFailed(const Ticket &ticket, const ApiError &error);

signals:
    void stateChanged(PageLoader::State state);

private:
    void request();
    void setState(State state);

    Starter m_start;
    int m_maxPages = DefaultMaxPages;
    QString m_nothingNewMessage;

    State m_state = State::Idle;
    quint64 m_generation = 0;
    QPointer<ApiCall> m_pending;
    QTimer m_retryTimer; // waits out Retry-After before a retry

    QSet<QString> m_requested; // cursors asked for in this chain
    QSet<size_t> m_seen; // hashes of the keys this chain brought
    QString m_next;
    int m_pagesLoaded = 0;
    int m_pagesWithNothingNew = 0;
    ApiError m_lastError;
    QDateTime m_retryNotBefore;
};
