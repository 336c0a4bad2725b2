#pragma once

#include "account/session.h"
#include "inbox/inboxlist.h"
#include "startup/commandline.h"
#include "threadpane.h"

#include <QMainWindow>

#include <functional>

class AccountController;
class ApiUsage;
class AvatarStore;
class ConversationActions;
class ConversationListModel;
class InboxSession;
class InboxTab;
class ListPane;
class NoticeBanner;
class QFrame;
class QListView;
class QMenu;
class QSplitter;
class SearchBar;
class QuitGuard;
class ReadingLayout;
class ThreadCache;
class TrayController;
class TriageActions;
class WelcomePanel;
class WindowActions;
class WindowPages;
class WindowStatus;
struct Conversation;

// The inbox window. It shows what the InboxSession holds and creates no services: the
// welcome panel until an account or the demo is chosen, then the search field over a
// tab per list (the categories and the waiting views, each made on first visit and
// kept), the conversation pane beside the list, the menus and shortcuts, the tray, the
// status bar. Account flows live in AccountController, the actions on a conversation
// in ConversationActions and TriageActions, the menus in WindowActions.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Opens a URL outside the app; QDesktopServices by default, injected in tests.
    using UrlOpener = std::function<bool(const QUrl &)>;

    // options: the tab to open (the command line's, else the last one used).
    MainWindow(InboxSession *inbox, const StartupOptions &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setUrlOpener(UrlOpener opener);

    InboxList currentList() const;
    void showList(InboxList list);
    InboxCategory currentCategory() const;
    void showCategory(InboxCategory category);
    InboxTab *tab(InboxList list) const;
    InboxTab *tab(InboxCategory category) const;
    InboxTab *currentTab() const;
    // The current tab's model and view (null without an inbox).
    ConversationListModel *model() const;
    QListView *conversationView() const;
    InboxSession *inbox() const { return m_inbox; }
    const ApiUsage *usage() const;
    AvatarStore *avatars() const;
    AccountController *accounts() const { return m_accounts; }
    WelcomePanel *welcomePanel() const;
    QFrame *demoBanner() const;
    NoticeBanner *noticeBanner() const;
    ThreadPane *threadPane() const { return m_threadPane; }
    ListPane *lists() const { return m_lists; }
    SearchBar *searchBar() const;
    TriageActions *triage() const { return m_triage; }
    TrayController *tray() const { return m_tray; }
    WindowActions *windowActions() const { return m_actions; }
    ThreadCache *threads() const;
    // Below this width the window shows the list or the thread, not both.
    static constexpr int NarrowWidth = 760;
    bool isNarrow() const;
    // Shows the conversation's thread, loading it (the user asked to read it); in a
    // narrow window the thread replaces the list (and back).
    void openThreadInPlace(const QString &conversationId);
    void closeThreadInPlace();
    // Brings the window up on a conversation (a notification was clicked): its list's
    // tab, the row selected, its thread loaded.
    void revealConversation(const QString &conversationId);

    // Actions on one conversation of the current tab, named by id (never by row).
    void openProfile(const QString &conversationId);
    void copyProfileLink(const QString &conversationId);
    void copyLastMessage(const QString &conversationId);
    QMenu *createContextMenu(const QString &conversationId);

    // How stale a tab may get before showing it (or the window coming back) refreshes
    // it by itself; 0: never by itself. From the settings unless set.
    void setFreshnessMinutes(int minutes);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    // mainwindowwiring.cpp
    void connectActions();
    void connectMenuActions();
    void connectPanes();
    void connectSession();

    void applyDesktopSettings();
    void showSession(Session::Kind kind);
    void onInboxOpened();
    void clearTabs();
    void retryFailedTabs();
    void fixError(const ApiError &error);
    QString currentConversationId() const;
    QString shownConversationId() const;
    void restoreWindowState(const StartupOptions &options);
    void updateStatus();
    void updateTitle();
    void updateActions();
    void showNotice(const QString &message);
    void exportConversations();
    void showAbout();
    void quit();

    InboxSession *m_inbox;
    Session *m_session;
    AccountController *m_accounts;
    ListPane *m_lists; // before the actions, which ask it for the current tab
    ConversationActions *m_conversationActions;
    TriageActions *m_triage;
    WindowActions *m_actions;
    TrayController *m_tray;
    QuitGuard *m_quitGuard;

    ThreadPane *m_threadPane;
    ReadingLayout *m_reading;
    WindowPages *m_pages; // welcome, or the inbox with its banners
    bool m_quitting = false; // closing quits, even with the window closing to the tray
    WindowStatus *m_status; // the status bar; looks at freshness on its clock too
};
