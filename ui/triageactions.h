#pragma once

#include "store/conversationstore.h"
#include "store/markstore.h"

#include <QObject>

#include <functional>
#include <optional>

class InboxSession;
class InboxTab;
class QAction;
class QMenu;
class QModelIndex;

// Clearing the queue from the keyboard, without a credit: local marks (done: out of
// Waiting on Me until a newer message; seen: the unread badge subdued, as LinkedIn still
// counts it), undo of the last mark, and moving to the next or previous unread and the
// next waiting conversation. The keys act where the list has the keyboard, so typing
// in a search or a reply never marks anything.
class TriageActions : public QObject
{
    Q_OBJECT

public:
    using CurrentTab = std::function<InboxTab *()>;

    TriageActions(InboxSession *inbox, CurrentTab currentTab, QObject *parent = nullptr);

    QAction *markDoneAction() const { return m_markDone; }
    QAction *toggleSeenAction() const { return m_toggleSeen; }
    QAction *undoAction() const { return m_undo; }
    QAction *nextUnreadAction() const { return m_nextUnread; }
    QAction *previousUnreadAction() const { return m_previousUnread; }
    QAction *nextWaitingAction() const { return m_nextWaiting; }
    QList<QAction *> listActions() const;

    // The user read the conversation's thread in the app.
    void markSeen(const QString &conversationId);
    void markDone(const QString &conversationId);
    void toggleSeen(const QString &conversationId);
    void undoLastMark();
    // Adds the marks for this conversation to its context menu.
    void addToMenu(QMenu *menu, const QString &conversationId);
    // Enables and words the actions for the current conversation.
    void update();

signals:
    void statusMessage(const QString &text);

private:
    struct Undo
    {
        qint64 key = 0;
        Mark before;
    };

    std::optional<ConversationRecord> recordOf(const QString &conversationId) const;
    void setMark(const ConversationRecord &record, const Mark &mark, bool undoable);
    // The next row from the current one (step 1 or -1) that passes, picked as the user
    // would pick it.
    void moveTo(int step, const std::function<bool(const QModelIndex &)> &passes);

    InboxSession *m_inbox;
    CurrentTab m_currentTab;
    QAction *m_markDone;
    QAction *m_toggleSeen;
    QAction *m_undo;
    QAction *m_nextUnread;
    QAction *m_previousUnread;
    QAction *m_nextWaiting;
    QList<Undo> m_undoStack;
};
