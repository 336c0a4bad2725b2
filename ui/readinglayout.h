#pragma once

#include "currentmove.h"
#include "threadpane.h"

#include <QObject>

class InboxSession;
class ListPane;
class QSplitter;
class QTimer;
class Session;

// The list and the thread side by side, or in a narrow window one in place of the
// other, and which thread the pane shows: the current conversation's, loaded (at 1
// credit) only when the user asked to read it or picked its row and let it rest.
class ReadingLayout : public QObject
{
    Q_OBJECT

public:
    ReadingLayout(InboxSession *inbox, ListPane *lists, ThreadPane *thread,
                  QObject *parent = nullptr);

    QSplitter *splitter() const { return m_splitter; }
    bool isNarrow() const { return m_narrow; }
    void setNarrow(bool narrow);

    // Shows the conversation's thread, loading it (the user asked to read it); in a
    // narrow window the thread replaces the list (and back).
    void openThreadInPlace(const QString &conversationId);
    void closeThreadInPlace();
    // The current conversation's reply box, its thread shown.
    void replyToCurrent();
    // The current row changed: see the comment in the .cpp on what that may cost.
    void onCurrentConversationChanged(CurrentMove move);
    // The inbox closes: no thread, the list in sight.
    void clear();

private:
    void showCurrentThread(ThreadPane::Loading loading);
    void showThread(const Conversation &conversation, ThreadPane::Loading loading);
    QString currentConversationId() const;
    void updateVisibility();
    void applyWritingSettings();

    InboxSession *m_inbox;
    Session *m_session;
    ListPane *m_lists;
    ThreadPane *m_thread;
    QSplitter *m_splitter;
    QTimer *m_threadDelay; // the user's moves rest before their thread is shown
    ThreadPane::Loading m_loadingAtRest = ThreadPane::Loading::OnlyIfFree;
    bool m_narrow = false;
    bool m_threadInPlace = false;
};
