#pragma once

#include "conversationlistview.h"
#include "inbox/conversationlistmodel.h"
#include "inbox/inboxlist.h"
#include "inbox/listsearch.h"

#include <QWidget>

class Connectivity;
class ConversationListModel;
class ErrorBanner;
class InboxSession;
class InboxSync;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class TabViewState;
struct ApiError;
struct Conversation;

// One tab: a list (a category kept in step with LinkupAPI, or a waiting view the store
// computes) with its states around it: a busy page before the first rows (stored rows
// show at once instead), a friendly line for an empty list, a banner with Retry on
// errors (rows stay; "Offline — showing conversations from …" when the network is
// gone), a note when newer conversations may be missing, a thin bar while a page loads,
// and under a search the line that says what was searched. It asks for the next page
// when the user scrolls (wheel, scroll bar, Down, Page Down, End) to within a screen of
// the end, and at no other time: showing, hiding, resizing, switching tabs or searching
// never buys a page. Conversations are named by id in every signal, never by row.
class InboxTab : public QWidget
{
    Q_OBJECT

public:
    InboxTab(InboxSession *inbox, InboxList list, QWidget *parent = nullptr);

    InboxList list() const { return m_list; }
    // The list's sync; null for a view, which costs nothing to keep.
    InboxSync *sync() const { return m_sync; }
    ConversationListModel *model() const { return m_model; }
    ListSearch *search() const { return m_search; }
    QListView *view() const { return m_view; }
    ErrorBanner *errorBanner() const { return m_banner; }
    ErrorBanner *gapBanner() const { return m_gap; }
    QWidget *searchFooter() const { return m_footer; }
    QPushButton *loadMoreButton() const { return m_loadMore; }

    // The conversation under the keyboard cursor, as the list holds it with its marks
    // (key 0 for none): no store read, so a move of the cursor stays cheap.
    ConversationRecord currentRecord() const;
    Conversation currentConversation() const { return currentRecord().conversation; }
    QString currentConversationId() const;
    // Makes this conversation current (as the program, not as the user's pick).
    bool selectConversation(const QString &conversationId);
    // Makes it current as the user's pick (a triage key): its thread may load.
    bool pickConversation(const QString &conversationId);

    // Filters the list (or shows a search of everything) as the user types; empty text
    // ends the search and the conversation current before it is current again.
    void setSearch(const QString &text, ListSearch::Scope scope);
    // The keyboard to the first match, selected.
    void focusFirstMatch();

    // Sorts the list, and keeps the order with the account's store for this list.
    void setOrder(ConversationListModel::Order order);

    // Asks for the first page again; what is shown stays, the selection with it.
    void refresh();
    // What the tab shows, kept with the account's store for the next start.
    void saveViewState() const;
    // One line for the status bar, with how fresh the list is.
    QString statusText() const;

signals:
    void statusChanged();
    // How it moved: only a row the user picked may cost a request for its thread.
    void currentConversationChanged(CurrentMove move);
    void conversationActivated(const QString &conversationId); // double-click
    void conversationClicked(const QString &conversationId);
    void threadRequested(const QString &conversationId); // the Right arrow: read it
    void contextMenuRequested(const QString &conversationId, const QPoint &globalPos);
    // The banner's fix ("Log In Again…", "Change API Key…", "Spend Anyway") was pressed.
    void fixRequested(const ApiError &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createBusyPage();
    QWidget *createFooter();
    void connectList();
    void showState();
    void showBanners();
    void showFooter();
    void loadMoreIfNearEnd();
    bool isNearEnd() const;
    void onRowsChanged();
    void onCurrentChanged();
    void onConnectivityChanged(bool offline);
    QString idAt(const QModelIndex &index) const;
    QString emptyText() const;

    InboxSession *m_inbox;
    const InboxList m_list;
    InboxSync *m_sync;
    ConversationListModel *m_model;
    Connectivity *m_connectivity;
    ListSearch *m_search;
    ErrorBanner *m_banner;
    ErrorBanner *m_gap;
    QStackedWidget *m_stack;
    ConversationListView *m_view;
    QWidget *m_busy;
    QLabel *m_empty;
    QProgressBar *m_loadingMore;
    QWidget *m_footer;
    QLabel *m_footerText;
    QPushButton *m_loadMore;
    TabViewState *m_viewState;
    QString m_currentId;
    QString m_idBeforeSearch; // current when the search began: current again after it
    bool m_wantsMore = false; // the user reached the end while a page was on its way
};
