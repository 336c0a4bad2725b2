#include "cursorpager.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPaging, "linkup.paging")

void CursorPager::reset()
{
    m_requested.clear();
    m_next.clear();
    m_pagesLoaded = 0;
    m_lastError = {};
    m_retryNotBefore = {};
}

std::optional<QString> CursorPager::startRequest()
{
    if (!m_next.isEmpty() && m_requested.contains(m_next)) {
        qCWarning(lcPaging) << "cursor repeated; ending the list";
        return std::nullopt;
    }
    if (m_pagesLoaded >= m_maxPages) {
        qCWarning(lcPaging) << "page bound of" << m_maxPages << "reached; ending the list";
        return std::nullopt;
    }
    m_requested.insert(m_next);
    return m_next;
}

bool CursorPager::pageArrived(const QString &nextCursor, bool pageWasEmpty)
{
    m_lastError = {};
    ++m_pagesLoaded;
    if (nextCursor.isEmpty() || pageWasEmpty)
        return false;
    if (m_requested.contains(nextCursor)) {
        qCWarning(lcPaging) << "server repeated a cursor; ending the list";
        return false;
    }
    m_next = nextCursor;
    return true;
}

void CursorPager::requestFailed(const QString &cursor, const ApiError &error)
{
    m_requested.remove(cursor);
    m_lastError = error;
    m_retryNotBefore = QDateTime::currentDateTimeUtc().addSecs(qMax(0, error.retryAfterSeconds));
}

int CursorPager::retryDelayMs() const
{
    if (!m_retryNotBefore.isValid())
        return 0;
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(m_retryNotBefore)));
}
