#pragma once

#include "account/session.h"
#include "inbox/inboxcategory.h"
#include "startup/commandline.h"
#include "threadpane.h"

#include <QHash>
#include <QMainWindow>

#include <functional>

class AccountController;
class ApiUsage;
class AvatarStore;
class ConversationListModel;
class InboxTab;
class LinkupClient;
class QAction;
class QLabel;
class QListView;
class QMenu;
class QStackedWidget;
class QFrame;
class QPushButton;
class QSplitter;
class QTabBar;
class QTimer;
class ThreadCache;
class WelcomePanel;
struct Conversation;

// The inbox window: the welcome panel until an account or the demo is chosen, then a
// tab per category (each with its own model, made on first visit and kept), the menus
// and shortcuts, opening profiles, the status bar. Account flows live in
// AccountController.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Opens a URL outside the app; QDesktopServices by default, injected in tests.
    using UrlOpener = std::function<bool(const QUrl &)>;

    // options: the tab to open (the command line's, else the last one used).
    MainWindow(Session *session, const StartupOptions &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    InboxCategory currentCategory() const;
    void showCategory(InboxCategory category);
    InboxTab *tab(InboxCategory category) const { return m_tabs.value(category); }
    InboxTab *currentTab() const;
    // The current tab's model and view (null without credentials).
    ConversationListModel *model() const;
    QListView *conversationView() const;
    const ApiUsage *usage() const { return m_usage; }
    AvatarStore *avatars() const { return m_avatars; }
    AccountController *accounts() const { return m_accounts; }
    WelcomePanel *welcomePanel() const { return m_welcome; }
    QFrame *demoBanner() const { return m_demoBanner; }
    ThreadPane *threadPane() const { return m_threadPane; }
    ThreadCache *threads() const { return m_threads; }
    // Below this width the window shows the list or the thread, not both.
    static constexpr int NarrowWidth = 760;
    bool isNarrow() const { return m_narrow; }
    // Shows the conversation's thread, loading it (the user asked to read it); in a
    // narrow window the thread replaces the list (and back).
    void openThreadInPlace(const QString &conversationId);
    void closeThreadInPlace();

    // Actions on one conversation of the current tab, named by id (never by row).
    void openProfile(const QString &conversationId);
    void copyProfileLink(const QString &conversationId);
    void copyLastMessage(const QString &conversationId);
    // The conversation's context menu (owned by the window): Open Profile is disabled for
    // links that break the https-on-linkedin.com rule.
    QMenu *createContextMenu(const QString &conversationId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createDemoBanner();
    void showSession(Session::Kind kind);
    void clearTabs();
    void retryFailedTabs();
    void onCurrentConversationChanged(bool pickedByUser);
    void showCurrentThread(ThreadPane::Loading loading);
    const Conversation *conversationById(const QString &conversationId) const;
    QString currentConversationId() const;
    void updateNarrowLayout();
    void createMenus();
    void restoreWindowState(const StartupOptions &options);
    void onTabChanged(int index);
    void updateStatus();
    void updateActions();
    void showContextMenu(const QString &conversationId, const QPoint &globalPos);
    void showAbout();
    void cycleTab(int step);

    Session *m_session;
    LinkupClient *m_client;
    AccountController *m_accounts;
    ApiUsage *m_usage;
    AvatarStore *m_avatars;
    UrlOpener m_openUrl;

    QStackedWidget *m_central;
    QWidget *m_starting; // blank while the keychain answers
    WelcomePanel *m_welcome;
    QWidget *m_inbox;
    QFrame *m_demoBanner;
    QPushButton *m_demoConnect = nullptr;

    QTabBar *m_tabBar;
    QStackedWidget *m_tabStack;
    QWidget *m_listArea;
    QSplitter *m_splitter;
    ThreadCache *m_threads;
    ThreadPane *m_threadPane;
    QTimer *m_threadDelay; // the selection must rest before a thread costs a request
    bool m_narrow = false;
    bool m_threadInPlace = false;
    QHash<InboxCategory, InboxTab *> m_tabs;
    QLabel *m_statusText;
    QLabel *m_usageText;

    QAction *m_openProfile = nullptr;
    QAction *m_copyLink = nullptr;
    QAction *m_copyMessage = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_signOut = nullptr;
    QList<QAction *> m_tabActions;
};
