#pragma once

#include "api/apierror.h"

#include <QDateTime>
#include <QSet>
#include <QString>

#include <optional>

// The cursor bookkeeping both paged models share (the inbox, a thread): which cursor
// comes next, which were asked for already (the same one twice ends the list, so a
// broken server cannot make the app loop), how many pages arrived (bounded), and the
// last error with the time Retry-After allows asking again. No Qt model code here:
// the models keep their rows and states, and ask this what to do.
class CursorPager
{
public:
    explicit CursorPager(int maxPages)
        : m_maxPages(maxPages)
    {
    }

    void reset();
    void setMaxPages(int maxPages) { m_maxPages = maxPages; }

    // The cursor to ask for next (empty for the first page), now marked as asked; or
    // nothing when the list has to end instead (a repeated cursor, the page bound).
    std::optional<QString> startRequest();

    // A page for cursor arrived. True when there is more to ask for; false at the end:
    // no next cursor, an empty page, or a next cursor that was asked for already.
    bool pageArrived(const QString &nextCursor, bool pageWasEmpty);

    // The request for cursor failed: it may be asked again (that is no repeat), after
    // Retry-After when the error carried one.
    void requestFailed(const QString &cursor, const ApiError &error);

    // Milliseconds until a retry is allowed; 0 when it is now.
    int retryDelayMs() const;

    int pagesLoaded() const { return m_pagesLoaded; }
    const ApiError &lastError() const { return m_lastError; }

private:
    int m_maxPages;
    QSet<QString> m_requested;
    QString m_next;
    int m_pagesLoaded = 0;
    ApiError m_lastError;
    QDateTime m_retryNotBefore;
};
