#include "mainwindow.h"

#include "accountcontroller.h"
#include "api/apiusage.h"
#include "conversationactions.h"
#include "conversationdelegate.h"
#include "csvexportdialog.h"
#include "demobanner.h"
#include "inbox/conversationlistmodel.h"
#include "inbox/inboxsync.h"
#include "inboxtab.h"
#include "inboxtabs.h"
#include "listpane.h"
#include "noticebanner.h"
#include "quitguard.h"
#include "readinglayout.h"
#include "searchbar.h"
#include "session/creditledger.h"
#include "session/inboxsession.h"
#include "store/conversationstore.h"
#include "taborder.h"
#include "thread/messagelistmodel.h"
#include "thread/threadcache.h"
#include "traycontroller.h"
#include "triageactions.h"
#include "welcomepanel.h"
#include "windowactions.h"
#include "windowmemory.h"
#include "windowpages.h"
#include "windowstatus.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>

MainWindow::MainWindow(InboxSession *inbox, const StartupOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_inbox(inbox)
    , m_session(inbox->account())
    , m_accounts(new AccountController(inbox->account(), this))
    , m_lists(new ListPane(inbox))
    , m_conversationActions(new ConversationActions(
              [this](const QString &id) { return m_inbox->storedConversation(id); },
              [this] { return currentConversationId(); }, this))
    , m_triage(new TriageActions(
              inbox, [this] { return currentTab(); }, this))
    , m_actions(new WindowActions(this))
    , m_tray(new TrayController(
              inbox, this, [this] { return shownConversationId(); }, this))
    , m_quitGuard(new QuitGuard(inbox->outgoing(), this))
    , m_threadPane(new ThreadPane(inbox->threads(), inbox->avatars()))
    , m_reading(new ReadingLayout(inbox, m_lists, m_threadPane, this))
    , m_pages(new WindowPages(m_reading->splitter()))
    , m_status(new WindowStatus(statusBar(), inbox->usage(), inbox->credits(), this))
{
    m_accounts->setUsage(inbox->usage());
    setCentralWidget(m_pages);

    m_actions->buildMenus(menuBar(), m_conversationActions, m_triage, m_lists->tabs()->goActions());
    connectActions();
    restoreWindowState(options);
    applyDesktopSettings();
    showSession(m_session->kind());
}

MainWindow::~MainWindow() = default;

void MainWindow::applyDesktopSettings()
{
    const AccountSettings &settings = m_session->settings();
    m_tray->setTrayEnabled(settings.trayIcon());
    m_tray->setNotificationsEnabled(settings.notifications());
}

void MainWindow::setUrlOpener(UrlOpener opener)
{
    if (!opener)
        return; // ConversationActions and the delegates open with QDesktopServices
    m_conversationActions->setUrlOpener(opener);
    m_threadPane->setUrlOpener(std::move(opener));
}

const ApiUsage *MainWindow::usage() const
{
    return m_inbox->usage();
}

AvatarStore *MainWindow::avatars() const
{
    return m_inbox->avatars();
}

ThreadCache *MainWindow::threads() const
{
    return m_inbox->threads();
}

WelcomePanel *MainWindow::welcomePanel() const
{
    return m_pages->welcome();
}

QFrame *MainWindow::demoBanner() const
{
    return m_pages->demoBanner();
}

NoticeBanner *MainWindow::noticeBanner() const
{
    return m_pages->notice();
}

void MainWindow::showSession(Session::Kind kind)
{
    const bool inbox = m_inbox->isOpen();
    m_pages->showKind(kind);
    if (kind == Session::Kind::None)
        m_status->setListStatus(tr("Not connected"));
    m_lists->tabs()->setEnabled(inbox);
    m_lists->searchBar()->setEnabled(inbox);
    m_actions->find()->setEnabled(inbox);
    m_actions->exportConversations()->setEnabled(inbox);
    m_actions->signOut()->setEnabled(kind == Session::Kind::Account);
    if (inbox && m_lists->tabs()->made().isEmpty())
        onInboxOpened();
    updateTitle();
    updateActions();
}

void MainWindow::onInboxOpened()
{
    // What is stored shows at once; the visible tab then asks for its first page.
    m_lists->inboxOpened();
    if (!m_pages->showsInbox())
        return; // showSession() comes right after and does this
    m_lists->showCurrentTab();
}

bool MainWindow::focusNextPrevChild(bool next)
{
    // Tab goes from the list to the conversation (its header, thread, reply box), then
    // to the banners, and round to the search field and the list again.
    if (m_pages->showsInbox()
        && TabOrder::move({m_lists->searchBar(), currentTab(), m_threadPane, m_pages->demoBanner(),
                           m_pages->notice()},
                          next))
        return true;
    return QMainWindow::focusNextPrevChild(next);
}

void MainWindow::clearTabs()
{
    // The lists belong to the inbox (an account, the demo) they show; what each showed
    // is kept with it for the next time.
    m_lists->clear();
    m_reading->clear();
}

void MainWindow::retryFailedTabs()
{
    m_lists->retryFailed();
    if (MessageListModel *thread = m_threadPane->model();
        thread && thread->state() == PageLoader::State::Error)
        thread->retry();
}

void MainWindow::fixError(const ApiError &error)
{
    if (error.kind != ApiError::Kind::OverBudget) {
        m_accounts->fixCredentials(error);
        return;
    }
    // Asked for by the user, with the cost said: the budget steps aside until tomorrow.
    m_inbox->credits()->allowToday();
    retryFailedTabs();
}

void MainWindow::restoreWindowState(const StartupOptions &options)
{
    WindowMemory::restore(this, m_reading->splitter());
    const InboxList list = WindowMemory::firstList(options.category);
    m_lists->tabs()->setCurrentList(list); // the tabs are made once the inbox shows
    m_inbox->setFirstList(list); // read before the other lists
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Coming back to the window is when a stale list refreshes by itself (if it may).
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_lists->refreshIfStale();
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    m_reading->setNarrow(width() < NarrowWidth);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The list has the keyboard when the window opens, whatever the focus chain says.
    if (InboxTab *tab = currentTab(); tab && !event->spontaneous())
        tab->setFocus();
}

void MainWindow::revealConversation(const QString &conversationId)
{
    showNormal();
    raise();
    activateWindow();
    if (!m_inbox->isOpen())
        return;
    if (m_lists->reveal(conversationId))
        m_reading->openThreadInPlace(conversationId);
}

void MainWindow::openThreadInPlace(const QString &conversationId)
{
    m_reading->openThreadInPlace(conversationId);
}

void MainWindow::closeThreadInPlace()
{
    m_reading->closeThreadInPlace();
}

bool MainWindow::isNarrow() const
{
    return m_reading->isNarrow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing to the tray hides the window; Quit (menu, tray, the shortcut) quits.
    if (!m_quitting && m_session->settings().closeToTray() && m_tray->isTrayVisible()) {
        hide();
        event->ignore();
        return;
    }
    if (!m_quitGuard->allowsClose(event))
        return; // asked first: a message is on its way
    for (InboxTab *tab : m_lists->tabs()->made())
        tab->saveViewState();
    WindowMemory::save(this, m_reading->splitter(),
                       m_lists->tabs()->isEnabled() ? std::optional(currentList()) : std::nullopt);
    QMainWindow::closeEvent(event);
}

void MainWindow::quit()
{
    m_quitting = true;
    const bool hidden = isHidden();
    if (!close())
        m_quitting = false;
    else if (hidden)
        QApplication::quit(); // closing a hidden window (in the tray) does not end the app
}

InboxList MainWindow::currentList() const
{
    return m_lists->currentList();
}

void MainWindow::showList(InboxList list)
{
    m_lists->showList(list);
}

InboxCategory MainWindow::currentCategory() const
{
    return InboxLists::categoryOf(currentList()).value_or(InboxCategory::Inbox);
}

void MainWindow::showCategory(InboxCategory category)
{
    showList(InboxLists::of(category));
}

InboxTab *MainWindow::tab(InboxList list) const
{
    return m_lists->tabs()->tab(list);
}

InboxTab *MainWindow::tab(InboxCategory category) const
{
    return m_lists->tabs()->tab(InboxLists::of(category));
}

InboxTab *MainWindow::currentTab() const
{
    return m_lists->currentTab();
}

ConversationListModel *MainWindow::model() const
{
    InboxTab *tab = currentTab();
    return tab ? tab->model() : nullptr;
}

QListView *MainWindow::conversationView() const
{
    InboxTab *tab = currentTab();
    return tab ? tab->view() : nullptr;
}

void MainWindow::setFreshnessMinutes(int minutes)
{
    m_lists->setFreshnessMinutes(minutes);
}

void MainWindow::updateStatus()
{
    if (InboxTab *tab = currentTab())
        m_status->setListStatus(tab->statusText());
    m_status->updateCredits();
}

void MainWindow::updateTitle()
{
    // One name, the mode once, and the unread count the store knows for the inbox.
    QString title = tr("Linkup Inbox");
    if (m_session->kind() == Session::Kind::Demo)
        title += u" — " + tr("Demo");
    const int unread = m_inbox->unreadCount(InboxCategory::Inbox);
    if (m_inbox->isOpen() && unread > 0)
        title += u" — " + tr("%n unread", nullptr, unread);
    setWindowTitle(title);
    m_lists->tabs()->updateLabels();
}

void MainWindow::updateActions()
{
    InboxTab *tab = currentTab();
    m_conversationActions->update(tab ? tab->currentConversation() : Conversation());
    m_triage->update();
    m_actions->refresh()->setEnabled(tab && tab->sync());
    m_actions->reply()->setEnabled(!currentConversationId().isEmpty());
    m_actions->setSortEnabled(tab != nullptr);
}

void MainWindow::showNotice(const QString &message)
{
    // Said once, where it belongs, until dismissed; not a status message that stays.
    m_pages->notice()->showMessage(message);
}

QString MainWindow::currentConversationId() const
{
    const InboxTab *tab = currentTab();
    return tab ? tab->currentConversationId() : QString();
}

QString MainWindow::shownConversationId() const
{
    // What the user is looking at: none when the window is in the background.
    return isActiveWindow() && !isMinimized() ? m_threadPane->conversationId() : QString();
}

void MainWindow::openProfile(const QString &conversationId)
{
    m_conversationActions->openProfile(conversationId);
}

void MainWindow::copyProfileLink(const QString &conversationId)
{
    m_conversationActions->copyProfileLink(conversationId);
}

void MainWindow::copyLastMessage(const QString &conversationId)
{
    m_conversationActions->copyLastMessage(conversationId);
}

QMenu *MainWindow::createContextMenu(const QString &conversationId)
{
    QMenu *menu = m_conversationActions->createContextMenu(conversationId, this);
    if (menu)
        m_triage->addToMenu(menu, conversationId);
    return menu;
}

void MainWindow::exportConversations()
{
    InboxTab *tab = currentTab();
    if (!tab)
        return;
    CsvExportDialog::exportView(tab->view()->model(), InboxLists::displayName(tab->list()),
                                m_inbox->conversations(), this,
                                [this](const QString &text) { m_status->showMessage(text); });
}

void MainWindow::showAbout()
{
    // open(), not exec(): no nested event loop while the lists keep loading.
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Linkup Inbox"),
                                tr("<h3>Linkup Inbox %1</h3><p>Your LinkedIn inbox through "
                                   "LinkupAPI, as a fast native app.</p><p>Built with Qt %2.</p>")
                                        .arg(QApplication::applicationVersion().toHtmlEscaped(),
                                             QString::fromLatin1(qVersion())),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

SearchBar *MainWindow::searchBar() const
{
    return m_lists->searchBar();
}
