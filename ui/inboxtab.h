#pragma once

#include "api/inboxcategory.h"
#include "conversationlistview.h"

#include <QPersistentModelIndex>
#include <QWidget>

class Connectivity;
class ConversationListModel;
class ErrorBanner;
class InboxSync;
class QLabel;
class QProgressBar;
class QStackedWidget;
struct ApiError;
struct Conversation;

// One tab: the conversation list of a category with its states around it: a busy page
// before the first rows (stored rows show at once instead), a friendly line for an
// empty category, a banner with Retry on errors (rows stay; "Offline — showing
// conversations from …" when the network is gone), a note when newer conversations may
// be missing, a thin bar while a page loads. It asks for the next page when the user
// scrolls (wheel, scroll bar, Down, Page Down, End) to within a screen of the end, and
// at no other time: showing, hiding, resizing or switching tabs never buys a page.
// Conversations are named by id in every signal, never by row.
class InboxTab : public QWidget
{
    Q_OBJECT

public:
    InboxTab(InboxSync *sync, Connectivity *connectivity, QWidget *parent = nullptr);

    InboxSync *sync() const { return m_sync; }
    ConversationListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    ErrorBanner *errorBanner() const { return m_banner; }
    ErrorBanner *gapBanner() const { return m_gap; }

    // The conversation under the keyboard cursor (an empty one for none).
    Conversation currentConversation() const;
    QString currentConversationId() const;
    // Makes this conversation current (as the program, not as the user's pick).
    bool selectConversation(const QString &conversationId);

    // Asks for the first page again; what is shown stays, the selection with it.
    void refresh();
    // What the tab shows (its current conversation, the row at the top and how far it
    // is scrolled), kept with the account's store so the next start opens on it.
    void saveViewState() const;
    // One line for the status bar, with how fresh the list is.
    QString statusText() const;

signals:
    void statusChanged();
    // pickedByUser: a click or an arrow key chose it; else the program or a jump moved
    // the current row (which alone never costs a request).
    void currentConversationChanged(bool pickedByUser);
    void conversationActivated(const QString &conversationId); // double-click
    void conversationClicked(const QString &conversationId);
    void threadRequested(const QString &conversationId); // the Right arrow: read it
    void contextMenuRequested(const QString &conversationId, const QPoint &globalPos);
    // The banner's "Log In Again…" / "Change API Key…" was pressed.
    void credentialsFixRequested(const ApiError &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showState();
    void showBanners();
    void loadMoreIfNearEnd();
    bool isNearEnd() const;
    void onPageLoaded();
    void onCurrentChanged();
    void onConnectivityChanged(bool offline);
    void restoreViewState();
    void scrollToPendingTop();
    QString viewStateKey(const char *what) const;
    QString idAt(const QModelIndex &index) const;
    QString emptyText() const;
    static QString fixFor(const ApiError &error);

    InboxSync *m_sync;
    ConversationListModel *m_model;
    Connectivity *m_connectivity;
    ErrorBanner *m_banner;
    ErrorBanner *m_gap;
    QStackedWidget *m_stack;
    ConversationListView *m_view;
    QWidget *m_busy;
    QLabel *m_empty;
    QProgressBar *m_loadingMore;
    QString m_currentId;
    bool m_wantsMore = false; // the user reached the end while a page was on its way
    QPersistentModelIndex m_pendingTop; // the row at the top when the app last closed
    int m_pendingOffset = 0;
};
