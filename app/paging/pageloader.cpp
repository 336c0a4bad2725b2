#include "pageloader.h"

#include "api/apicall.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPaging, "linkup.paging")

PageLoader::PageLoader(QObject *parent)
    : QObject(parent)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &PageLoader::request);
}

PageLoader::~PageLoader()
{
    if (m_pending)
        m_pending->abort();
}

void PageLoader::loadMore()
{
    if (m_state == State::Idle)
        request();
}

void PageLoader::retry()
{
    if (m_state != State::Error)
        return;
    if (m_lastError.kind == ApiError::Kind::NothingNew)
        m_pagesWithNothingNew = 0; // the user asked to go on: the next cursor, not a repeat
    const qint64 waitMs = m_retryNotBefore.isValid()
            ? QDateTime::currentDateTimeUtc().msecsTo(m_retryNotBefore)
            : 0;
    if (waitMs > 0) {
        setState(State::Loading);
        m_retryTimer.start(int(waitMs));
        return;
    }
    request();
}

void PageLoader::reset()
{
    ++m_generation;
    if (m_pending)
        m_pending->abort();
    m_pending = nullptr;
    m_retryTimer.stop();
    m_requested.clear();
    m_seen.clear();
    m_next.clear();
    m_pagesLoaded = 0;
    m_pagesWithNothingNew = 0;
    m_lastError = {};
    m_retryNotBefore = {};
    setState(State::Idle);
}

void PageLoader::resume(const QString &cursor, bool atEnd)
{
    reset();
    m_next = cursor;
    setState(atEnd ? State::AtEnd : State::Idle);
}

bool PageLoader::isCurrent(const Ticket &ticket) const
{
    return ticket.generation == m_generation && m_state == State::Loading;
}

void PageLoader::request()
{
    if (!m_next.isEmpty() && m_requested.contains(m_next)) {
        qCWarning(lcPaging) << "cursor repeated; ending the list";
        setState(State::AtEnd);
        return;
    }
    if (m_pagesLoaded >= m_maxPages) {
        qCWarning(lcPaging) << "page bound of" << m_maxPages << "reached; ending the list";
        setState(State::AtEnd);
        return;
    }
    m_requested.insert(m_next);
    // Loading before the call starts: a starter that answers at once finds it so.
    setState(State::Loading);
    m_pending = m_start ? m_start(Ticket{m_generation, m_next}) : nullptr;
}

void PageLoader::pageArrived(const Ticket &ticket, const QString &nextCursor,
                             const QStringList &keys)
{
    if (!isCurrent(ticket))
        return;
    m_pending = nullptr;
    m_lastError = {};
    m_retryNotBefore = {};
    ++m_pagesLoaded;

    int fresh = 0;
    for (const QString &key : keys) {
        const size_t hash = qHash(key);
        if (!m_seen.contains(hash)) {
            m_seen.insert(hash);
            ++fresh;
        }
    }
    m_pagesWithNothingNew = fresh > 0 ? 0 : m_pagesWithNothingNew + 1;

    if (nextCursor.isEmpty() || keys.isEmpty()) {
        setState(State::AtEnd);
        return;
    }
    if (m_requested.contains(nextCursor)) {
        qCWarning(lcPaging) << "server repeated a cursor; ending the list";
        setState(State::AtEnd);
        return;
    }
    m_next = nextCursor;
    if (m_pagesWithNothingNew >= MaxPagesWithNothingNew) {
        qCWarning(lcPaging) << m_pagesWithNothingNew << "pages in a row brought nothing new";
        m_lastError = ApiError::make(ApiError::Kind::NothingNew);
        if (!m_nothingNewMessage.isEmpty())
            m_lastError.message = m_nothingNewMessage;
        setState(State::Error);
        return;
    }
    setState(State::Idle);
}

void PageLoader::pageFailed(const Ticket &ticket, const ApiError &error)
{
    if (!isCurrent(ticket))
        return;
    m_pending = nullptr;
    m_requested.remove(ticket.cursor); // asking again after an error is no repeat
    m_lastError = error;
    m_retryNotBefore = error.retryAfterSeconds > 0
            ? QDateTime::currentDateTimeUtc().addSecs(error.retryAfterSeconds)
            : QDateTime();
    qCInfo(lcPaging) << "page" << m_pagesLoaded + 1 << "failed:" << ApiError::kindName(error.kind)
                     << error.httpStatus;
    setState(State::Error);
}

void PageLoader::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
