#pragma once

#include "inbox/inboxcategory.h"
#include "startup/commandline.h"

#include <QHash>
#include <QMainWindow>

#include <functional>

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
class QTabBar;

// The inbox window: a tab per category (each with its own model, made on first visit
// and kept), the menus and shortcuts, opening profiles, the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Opens a URL outside the app; QDesktopServices by default, injected in tests.
    using UrlOpener = std::function<bool(const QUrl &)>;

    MainWindow(LinkupClient *client, const StartupOptions &options, QWidget *parent = nullptr);
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

    void openProfile(int row);
    void copyProfileLink(int row);
    void copyLastMessage(int row);
    // The row's context menu (owned by the window): Open Profile is disabled for links
    // that break the https-on-linkedin.com rule.
    QMenu *createContextMenu(int row);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void restoreWindowState(const StartupOptions &options);
    void onTabChanged(int index);
    void updateStatus();
    void updateActions();
    void showContextMenu(int row, const QPoint &globalPos);
    void showAbout();
    void cycleTab(int step);

    LinkupClient *m_client;
    ApiUsage *m_usage;
    AvatarStore *m_avatars;
    StartupOptions m_options;
    UrlOpener m_openUrl;

    QTabBar *m_tabBar;
    QStackedWidget *m_tabStack;
    QHash<InboxCategory, InboxTab *> m_tabs;
    QLabel *m_statusText;
    QLabel *m_usageText;

    QAction *m_openProfile = nullptr;
    QAction *m_copyLink = nullptr;
    QAction *m_copyMessage = nullptr;
    QAction *m_refresh = nullptr;
    QList<QAction *> m_tabActions;
};
