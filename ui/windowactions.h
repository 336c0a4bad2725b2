#pragma once

#include "inbox/conversationlistmodel.h"

#include <QObject>

class ConversationActions;
class QAction;
class QActionGroup;
class QMenuBar;
class TriageActions;

// The window's own commands (refresh, reply, find, export, sort, tabs, account, help) and the
// menu bar that shows them with the conversation and triage actions. It only makes the
// actions and menus; the window connects what they do. The menus are also where the
// shortcuts sheet reads the keys from.
class WindowActions : public QObject
{
    Q_OBJECT

public:
    explicit WindowActions(QObject *parent = nullptr);

    QAction *refresh() const { return m_refresh; }
    QAction *reply() const { return m_reply; }
    QAction *find() const { return m_find; }
    QAction *exportConversations() const { return m_export; }
    QAction *connectAccount() const { return m_connect; }
    QAction *settings() const { return m_settings; }
    QAction *signOut() const { return m_signOut; }
    QAction *quit() const { return m_quit; }
    QAction *nextTab() const { return m_nextTab; }
    QAction *previousTab() const { return m_previousTab; }
    QAction *shortcuts() const { return m_shortcuts; }
    QAction *about() const { return m_about; }

    // The sort of the current tab, as the View menu shows it.
    void showOrder(ConversationListModel::Order order);
    void setSortEnabled(bool enabled);

    void buildMenus(QMenuBar *bar, ConversationActions *conversation, TriageActions *triage,
                    const QList<QAction *> &tabActions);

signals:
    void orderChosen(ConversationListModel::Order order);

private:
    QAction *sortAction(const QString &text, ConversationListModel::Order order);

    QAction *m_refresh;
    QAction *m_reply;
    QAction *m_find;
    QAction *m_export;
    QAction *m_connect;
    QAction *m_settings;
    QAction *m_signOut;
    QAction *m_quit;
    QAction *m_nextTab;
    QAction *m_previousTab;
    QAction *m_shortcuts;
    QAction *m_about;
    QActionGroup *m_sort;
};
