#pragma once

#include "inbox/inboxlist.h"

#include <QHash>
#include <QObject>

#include <functional>

class InboxSession;
class InboxTab;
class QAction;
class QStackedWidget;
class QTabBar;

// The tab bar over the lists (the four categories, then the two waiting views) and the
// stack that shows the current one. A tab's widget is made on its first visit, by the
// window's factory, and kept until the inbox closes. The tab labels carry the unread
// counts the store knows; Ctrl+1..6 go to a tab.
class InboxTabs : public QObject
{
    Q_OBJECT

public:
    using TabFactory = std::function<InboxTab *(InboxList)>;

    InboxTabs(InboxSession *inbox, TabFactory factory, QObject *parent = nullptr);

    QTabBar *tabBar() const { return m_tabBar; }
    QStackedWidget *stack() const { return m_stack; }
    QList<QAction *> goActions() const { return m_goActions; }

    InboxList currentList() const;
    // The current tab's widget (null until it is made, and without an inbox).
    InboxTab *current() const { return m_tabs.value(currentList()); }
    InboxTab *tab(InboxList list) const { return m_tabs.value(list); }
    QList<InboxTab *> made() const { return m_tabs.values(); }

    // Shows the list's tab, making it when first visited. Returns whether it was made.
    bool show(InboxList list);
    // Selects a tab without showing it (before the inbox opens).
    void setCurrentList(InboxList list);
    void cycle(int step);
    void setEnabled(bool enabled);
    bool isEnabled() const;
    // Deletes every tab (the inbox they showed closes); each saves what it showed first.
    void clear();
    void updateLabels();

signals:
    // The user (or a shortcut) chose another tab.
    void currentListChanged(InboxList list);

private:
    int countShown(InboxList list) const;

    InboxSession *m_inbox;
    TabFactory m_factory;
    QTabBar *m_tabBar;
    QStackedWidget *m_stack;
    QHash<InboxList, InboxTab *> m_tabs;
    QList<QAction *> m_goActions;
};
