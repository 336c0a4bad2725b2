#pragma once

#include "currentmove.h"
#include "inbox/conversationlistmodel.h"
#include "inbox/inboxlist.h"

#include <QWidget>

class InboxSession;
class InboxTab;
class InboxTabs;
class SearchBar;
struct ApiError;

// The left side of the window: the search field over the tabs of the lists. It makes a
// tab on its first visit, carries the search from tab to tab, refreshes a tab that is
// stale when it is shown (and only then), and passes on what the current tab's list
// does, naming conversations by id.
class ListPane : public QWidget
{
    Q_OBJECT

public:
    explicit ListPane(InboxSession *inbox, QWidget *parent = nullptr);

    InboxTabs *tabs() const { return m_tabs; }
    SearchBar *searchBar() const { return m_searchBar; }
    InboxTab *currentTab() const;
    InboxList currentList() const;
    void showList(InboxList list);

    // A new inbox opened: the tab shown first asks for its first page.
    void inboxOpened() { m_refreshOnShow = true; }
    // Shows the current tab, making it on its first visit.
    void showCurrentTab();
    // Deletes the tabs (their inbox closes), each saving what it showed.
    void clear();
    void retryFailed();

    // How stale a tab may get before showing it (or the window coming back) refreshes
    // it by itself; 0: never by itself; -1: the settings'.
    void setFreshnessMinutes(int minutes) { m_freshnessMinutes = minutes; }
    void refreshIfStale();
    void setOrder(ConversationListModel::Order order);

    void focusSearch();
    // Clears the search; the list as it was, with the keyboard.
    void endSearch();
    // Shows the conversation's row: in the current tab, else in the first list that
    // holds it. Returns false when no list does.
    bool reveal(const QString &conversationId);

signals:
    void currentListChanged(InboxList list);
    void statusChanged();
    // How it moved: only a row the user picked may cost a request for its thread.
    void currentConversationChanged(CurrentMove move);
    void conversationActivated(const QString &conversationId);
    void conversationClicked(const QString &conversationId);
    void threadRequested(const QString &conversationId);
    void contextMenuRequested(const QString &conversationId, const QPoint &globalPos);
    void fixRequested(const ApiError &error);

private:
    InboxTab *createTab(InboxList list);
    void onTabChanged(InboxList list);
    void refreshIfStale(InboxTab *tab);
    void applySearch();

    InboxSession *m_inbox;
    InboxTabs *m_tabs;
    SearchBar *m_searchBar;
    bool m_refreshOnShow = false;
    int m_freshnessMinutes = -1;
};
