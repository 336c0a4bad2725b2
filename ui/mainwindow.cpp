#include "mainwindow.h"

#include "accountcontroller.h"
#include "api/apiusage.h"
#include "api/connectivity.h"
#include "conversationactions.h"
#include "conversationdelegate.h"
#include "demobanner.h"
#include "errorbanner.h"
#include "inbox/conversationlistmodel.h"
#include "inbox/inboxsync.h"
#include "inboxtab.h"
#include "noticebanner.h"
#include "quitguard.h"
#include "replybox.h"
#include "replycomposer.h"
#include "session/inboxsession.h"
#include "shortcutsdialog.h"
#include "thread/messagelistmodel.h"
#include "thread/threadcache.h"
#include "welcomepanel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>
#include <QVBoxLayout>

namespace {

const auto GeometryKey = QStringLiteral("window/geometry");
const auto TabKey = QStringLiteral("window/tab");
const auto SplitterKey = QStringLiteral("window/splitter");
constexpr int StatusMessageMs = 8000;
constexpr int ThreadDelayMs = 300;
constexpr int ClockMs = 30000;

QVBoxLayout *flatLayout(QWidget *widget)
{
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    return layout;
}

} // namespace

MainWindow::MainWindow(InboxSession *inbox, const StartupOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_inbox(inbox)
    , m_session(inbox->account())
    , m_accounts(new AccountController(inbox->account(), this))
    , m_conversationActions(
              new ConversationActions([this](const QString &id) { return conversationById(id); },
                                      [this] { return currentConversationId(); }, this))
    , m_quitGuard(new QuitGuard(inbox->outgoing(), this))
    , m_central(new QStackedWidget)
    , m_starting(new QWidget)
    , m_welcome(new WelcomePanel)
    , m_inboxPage(new QWidget)
    , m_demoBanner(new DemoBanner)
    , m_notice(new NoticeBanner)
    , m_tabBar(new QTabBar)
    , m_tabStack(new QStackedWidget)
    , m_listArea(new QWidget)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_threadPane(new ThreadPane(inbox->threads(), inbox->avatars()))
    , m_threadDelay(new QTimer(this))
    , m_clock(new QTimer(this))
    , m_statusText(new QLabel)
    , m_usageText(new QLabel)
{
    m_accounts->setUsage(inbox->usage());
    connect(inbox->usage(), &ApiUsage::changed, this, &MainWindow::updateStatus);

    m_tabBar->setExpanding(false);
    m_tabBar->setDocumentMode(true);
    m_tabBar->setFocusPolicy(Qt::NoFocus); // Ctrl+1..4 and Ctrl+Tab switch tabs
    for (InboxCategory category : InboxCategories::all())
        m_tabBar->addTab(InboxCategories::displayName(category));

    QVBoxLayout *listLayout = flatLayout(m_listArea);
    listLayout->addWidget(m_tabBar);
    listLayout->addWidget(m_tabStack, 1);
    m_splitter->addWidget(m_listArea);
    m_splitter->addWidget(m_threadPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    QVBoxLayout *inboxLayout = flatLayout(m_inboxPage);
    inboxLayout->addWidget(m_demoBanner);
    inboxLayout->addWidget(m_notice);
    inboxLayout->addWidget(m_splitter, 1);

    m_threadDelay->setSingleShot(true);
    m_threadDelay->setInterval(ThreadDelayMs);
    connect(m_threadDelay, &QTimer::timeout, this,
            [this] { showCurrentThread(ThreadPane::Loading::Allowed); });
    connect(m_threadPane, &ThreadPane::openProfileRequested, this,
            [this] { openProfile(currentConversationId()); });
    connect(m_threadPane, &ThreadPane::backRequested, this, &MainWindow::closeThreadInPlace);
    connect(m_threadPane, &ThreadPane::credentialsFixRequested, m_accounts,
            &AccountController::fixCredentials);
    m_threadPane->setReplyServices(inbox->outgoing(), inbox->drafts());
    applyWritingSettings();
    connect(m_session, &Session::settingsChanged, this, &MainWindow::applyWritingSettings);
    m_central->addWidget(m_starting);
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_inboxPage);
    setCentralWidget(m_central);

    m_statusText->setTextFormat(Qt::PlainText);
    m_usageText->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_usageText);
    m_clock->setInterval(ClockMs);
    connect(m_clock, &QTimer::timeout, this, [this] {
        updateStatus();
        if (isActiveWindow())
            refreshIfStale(currentTab());
    });
    m_clock->start();

    createActions();
    createMenus();
    setUrlOpener({});

    connect(m_conversationActions, &ConversationActions::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, StatusMessageMs); });
    connect(m_welcome, &WelcomePanel::demoRequested, this, [this] {
        if (!m_session->startDemo())
            statusBar()->showMessage(tr("The demo server could not start."), StatusMessageMs);
    });
    connect(m_welcome, &WelcomePanel::connectRequested, m_accounts,
            &AccountController::connectAccount);
    connect(m_demoBanner, &DemoBanner::connectRequested, m_accounts,
            &AccountController::connectAccount);
    connect(m_accounts, &AccountController::credentialsRenewed, this, &MainWindow::retryFailedTabs);
    connect(m_session, &Session::kindChanged, this, &MainWindow::showSession);
    // Said once: the connect dialog tells before the secrets are typed; a banner only
    // when the keychain fails after they were kept (a status message would hide the
    // list's own status for half a minute).
    connect(m_session, &Session::keychainUnavailable, this, [this](const QString &message) {
        if (m_session->kind() == Session::Kind::Account)
            showNotice(message);
    });
    connect(m_inbox, &InboxSession::aboutToClose, this, &MainWindow::clearTabs);
    connect(m_inbox, &InboxSession::opened, this, &MainWindow::onInboxOpened);
    connect(m_inbox, &InboxSession::unreadCountsChanged, this, &MainWindow::updateTitle);
    connect(m_inbox, &InboxSession::storeProblem, this, &MainWindow::showNotice);
    connect(m_tabBar, &QTabBar::currentChanged, this, &MainWindow::onTabChanged);
    restoreWindowState(options);
    showSession(m_session->kind());
}

MainWindow::~MainWindow() = default;

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

QFrame *MainWindow::demoBanner() const
{
    return m_demoBanner;
}

void MainWindow::showSession(Session::Kind kind)
{
    const bool inbox = m_inbox->isOpen();
    m_demoBanner->setVisible(kind == Session::Kind::Demo);
    switch (kind) {
    case Session::Kind::Starting: m_central->setCurrentWidget(m_starting); break;
    case Session::Kind::None:
        m_central->setCurrentWidget(m_welcome);
        m_welcome->setFocus();
        m_statusText->setText(tr("Not connected"));
        break;
    case Session::Kind::Demo:
    case Session::Kind::Account: m_central->setCurrentWidget(m_inboxPage); break;
    }
    m_tabBar->setEnabled(inbox);
    for (QAction *action : std::as_const(m_tabActions))
        action->setEnabled(inbox);
    m_signOut->setEnabled(kind == Session::Kind::Account);
    if (inbox && m_tabs.isEmpty())
        onInboxOpened();
    updateTitle();
    updateActions();
}

void MainWindow::onInboxOpened()
{
    // What is stored shows at once; the visible tab then asks for its first page.
    m_refreshOnShow = true;
    if (m_central->currentWidget() != m_inboxPage)
        return; // showSession() comes right after and does this
    onTabChanged(m_tabBar->currentIndex());
}

void MainWindow::clearTabs()
{
    // The lists belong to the inbox (an account, the demo) they show; what each showed
    // is kept with it for the next time.
    for (InboxTab *tab : std::as_const(m_tabs)) {
        tab->saveViewState();
        m_tabStack->removeWidget(tab);
        delete tab;
    }
    m_tabs.clear();
    m_threadDelay->stop();
    m_threadPane->clear();
    m_threadInPlace = false;
    updateNarrowLayout();
}

void MainWindow::retryFailedTabs()
{
    for (InboxTab *tab : std::as_const(m_tabs)) {
        if (tab->sync()->state() == PageLoader::State::Error)
            tab->sync()->retry();
    }
    if (MessageListModel *thread = m_threadPane->model();
        thread && thread->state() == PageLoader::State::Error)
        thread->retry();
}

void MainWindow::createActions()
{
    m_tabStack->addAction(m_conversationActions->openProfileAction());
    m_threadPane->addAction(m_conversationActions->openProfileAction()); // the same there

    m_refresh = new QAction(tr("&Refresh"), this);
    // Ctrl+R is Reply, as in mail clients; reloading keeps F5 and takes Ctrl+Shift+R.
    m_refresh->setShortcuts(
            {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (InboxTab *tab = currentTab())
            tab->refresh();
    });

    m_reply = new QAction(tr("&Reply"), this);
    m_reply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_reply, &QAction::triggered, this, &MainWindow::replyToCurrent);

    const QList<InboxCategory> categories = InboxCategories::all();
    for (int i = 0; i < categories.size(); ++i) {
        const InboxCategory category = categories.at(i);
        auto *action = new QAction(InboxCategories::displayName(category), this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, category] { showCategory(category); });
        m_tabActions.append(action);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_reply);
    file->addAction(m_conversationActions->openProfileAction());
    file->addAction(m_conversationActions->copyLinkAction());
    file->addAction(m_conversationActions->copyMessageAction());
    file->addSeparator();
    QAction *connectAccount = file->addAction(tr("Co&nnect Account…"), m_accounts,
                                              &AccountController::connectAccount);
    connectAccount->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *settings =
            file->addAction(tr("&Settings…"), m_accounts, &AccountController::openSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    m_signOut = file->addAction(tr("Sign &Out"), m_accounts, &AccountController::signOut);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refresh);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addActions(m_tabActions);
    go->addSeparator();
    QAction *next = go->addAction(tr("&Next Tab"), this, [this] { cycleTab(1); });
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    QAction *previous = go->addAction(tr("&Previous Tab"), this, [this] { cycleTab(-1); });
    // Qt delivers Shift+Tab as Backtab; the first one is the one the menu shows.
    previous->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this,
                                         [this] { ShortcutsDialog::showFor(this); });
    shortcuts->setShortcuts(QKeySequence::keyBindings(QKeySequence::HelpContents)
                            << QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QAction *about = help->addAction(tr("&About Linkup Inbox"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::restoreWindowState(const StartupOptions &options)
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        // First start: about 1100×720, less on a small screen.
        const QRect available = screen()->availableGeometry();
        resize(QSize(1100, 720).boundedTo(available.size() * 0.9));
        move(available.center() - rect().center());
    }
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
    InboxCategory category = options.category;
    // A category asked for on the command line wins over the last one used.
    if (category == InboxCategory::Inbox)
        InboxCategories::fromApiName(settings.value(TabKey).toString(), &category);
    const QSignalBlocker quiet(m_tabBar); // the tabs are made once the inbox shows
    m_tabBar->setCurrentIndex(int(InboxCategories::all().indexOf(category)));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Coming back to the window is when a stale list refreshes by itself (if it may).
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        refreshIfStale(currentTab());
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    updateNarrowLayout();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The list has the keyboard when the window opens, whatever the focus chain says.
    if (QListView *view = conversationView(); view && !event->spontaneous())
        view->setFocus();
}

void MainWindow::updateNarrowLayout()
{
    m_narrow = width() < NarrowWidth;
    const bool showThread = !m_narrow || m_threadInPlace;
    m_listArea->setVisible(!m_narrow || !m_threadInPlace);
    m_threadPane->setVisible(showThread);
    m_threadPane->setBackVisible(m_narrow);
}

void MainWindow::onCurrentConversationChanged(bool pickedByUser)
{
    // Which changes of the current row may cost a thread request (1 credit): only a row
    // the user picked (a click, the arrow keys), once it has rested for ThreadDelayMs
    // (moving through the list costs nothing), and only where the thread can be seen.
    // Everything else (the window opening, a tab switch, rows arriving, a refresh
    // restoring the selection, jumps with Home/End/Page keys) shows the thread only when
    // it is at hand (cached or stored), else the pane offers to load it.
    m_threadDelay->stop();
    if (m_narrow)
        return;
    if (pickedByUser)
        m_threadDelay->start();
    else
        showCurrentThread(ThreadPane::Loading::OnlyIfFree);
}

void MainWindow::showCurrentThread(ThreadPane::Loading loading)
{
    const Conversation conversation = conversationById(currentConversationId());
    if (!conversation.id.isEmpty())
        m_threadPane->showConversation(conversation, m_session->country(), loading);
    else
        m_threadPane->clear();
}

void MainWindow::openThreadInPlace(const QString &conversationId)
{
    InboxTab *tab = currentTab();
    if (!tab || conversationById(conversationId).id.isEmpty())
        return;
    m_threadDelay->stop();
    tab->selectConversation(conversationId);
    showCurrentThread(ThreadPane::Loading::Allowed);
    if (m_narrow) {
        m_threadInPlace = true;
        updateNarrowLayout();
    }
    m_threadPane->focusThread();
}

void MainWindow::closeThreadInPlace()
{
    m_threadInPlace = false;
    updateNarrowLayout();
    if (QListView *view = conversationView())
        view->setFocus();
}

void MainWindow::replyToCurrent()
{
    const QString id = currentConversationId();
    if (id.isEmpty())
        return;
    openThreadInPlace(id); // asking to reply is asking to read: as Right or Load Messages
    m_threadPane->focusReply();
}

void MainWindow::applyWritingSettings()
{
    m_threadPane->reply()->box()->setReturnSends(m_session->settings().returnSends());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitGuard->allowsClose(event))
        return; // asked first: a message is on its way
    for (InboxTab *tab : std::as_const(m_tabs))
        tab->saveViewState();
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(SplitterKey, m_splitter->saveState());
    if (m_tabBar->isEnabled())
        settings.setValue(TabKey, InboxCategories::apiName(currentCategory()));
    QMainWindow::closeEvent(event);
}

InboxCategory MainWindow::currentCategory() const
{
    return InboxCategories::all().value(m_tabBar->currentIndex(), InboxCategory::Inbox);
}

void MainWindow::showCategory(InboxCategory category)
{
    if (m_tabBar->isEnabled())
        m_tabBar->setCurrentIndex(int(InboxCategories::all().indexOf(category)));
}

void MainWindow::cycleTab(int step)
{
    if (!m_tabBar->isEnabled())
        return;
    const int count = m_tabBar->count();
    m_tabBar->setCurrentIndex((m_tabBar->currentIndex() + step + count) % count);
}

InboxTab *MainWindow::currentTab() const
{
    return m_tabs.value(currentCategory());
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

InboxTab *MainWindow::createTab(InboxCategory category)
{
    auto *tab = new InboxTab(m_inbox->sync(category), m_inbox->connectivity());
    auto *delegate = new ConversationDelegate(tab->view());
    delegate->setAvatarStore(m_inbox->avatars());
    tab->view()->setItemDelegate(delegate);
    connect(tab, &InboxTab::statusChanged, this, [this, tab] {
        if (tab == currentTab())
            updateStatus();
    });
    connect(tab, &InboxTab::currentConversationChanged, this, &MainWindow::updateActions);
    connect(tab, &InboxTab::currentConversationChanged, this, [this, tab](bool picked) {
        if (tab == currentTab())
            onCurrentConversationChanged(picked);
    });
    connect(tab, &InboxTab::threadRequested, this, &MainWindow::openThreadInPlace);
    connect(tab, &InboxTab::conversationClicked, this, [this](const QString &id) {
        if (m_narrow)
            openThreadInPlace(id); // a single click only selects in a wide window
    });
    connect(tab, &InboxTab::conversationActivated, this, &MainWindow::openProfile);
    connect(tab, &InboxTab::contextMenuRequested, this,
            [this](const QString &id, const QPoint &globalPos) {
                if (QMenu *menu = createContextMenu(id)) {
                    menu->setAttribute(Qt::WA_DeleteOnClose);
                    menu->popup(globalPos);
                }
            });
    connect(tab, &InboxTab::credentialsFixRequested, m_accounts,
            &AccountController::fixCredentials);
    m_tabs.insert(category, tab);
    m_tabStack->addWidget(tab);
    // The list comes first in the focus chain (before the demo banner's button), so it
    // has the keyboard when the window opens.
    QWidget::setTabOrder(tab->view(), m_demoBanner->connectButton());
    return tab;
}

void MainWindow::onTabChanged(int index)
{
    if (m_central->currentWidget() != m_inboxPage || !m_inbox->isOpen())
        return;
    const InboxCategory category = InboxCategories::all().value(index, InboxCategory::Inbox);
    InboxTab *tab = m_tabs.value(category);
    const bool firstVisit = !tab;
    if (firstVisit)
        tab = createTab(category);
    m_tabStack->setCurrentWidget(tab);
    onCurrentConversationChanged(false); // a tab switch is not a pick
    tab->view()->setFocus();
    if (firstVisit && m_refreshOnShow) {
        m_refreshOnShow = false;
        tab->refresh(); // the tab the inbox opens on: its first page, and only that
    } else if (firstVisit) {
        refreshIfStale(tab); // other tabs: only when their last sync is old
    }
    updateStatus();
    updateActions();
}

void MainWindow::setFreshnessMinutes(int minutes)
{
    m_freshnessMinutes = minutes;
}

void MainWindow::refreshIfStale(InboxTab *tab)
{
    if (!tab || tab->sync()->state() == PageLoader::State::Loading)
        return;
    const QDateTime synced = tab->sync()->lastSynced();
    const int minutes =
            m_freshnessMinutes >= 0 ? m_freshnessMinutes : m_session->settings().freshnessMinutes();
    // Never synced: the first page is what opening the tab asks for. Otherwise only
    // past the freshness interval, and never when the user turned it off.
    const bool stale = !synced.isValid()
            || (minutes > 0
                && synced.secsTo(QDateTime::currentDateTimeUtc()) >= qint64(minutes) * 60);
    if (stale && tab->sync()->state() != PageLoader::State::Error)
        tab->refresh();
}

void MainWindow::updateStatus()
{
    if (InboxTab *tab = currentTab())
        m_statusText->setText(tab->statusText());
    // Two plurals, so each number gets its own grammatical form.
    const ApiUsage *meter = m_inbox->usage();
    m_usageText->setText(tr("%n request(s)", nullptr, meter->requests()) + u", "
                         + tr("about %n credit(s)", nullptr, meter->credits()));
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
    const QList<InboxCategory> categories = InboxCategories::all();
    for (int i = 0; i < categories.size(); ++i) {
        const int count = m_inbox->isOpen() ? m_inbox->unreadCount(categories.at(i)) : 0;
        const QString name = InboxCategories::displayName(categories.at(i));
        m_tabBar->setTabText(i,
                             count > 0 ? tr("%1 (%2)").arg(name, QLocale().toString(count)) : name);
    }
}

void MainWindow::updateActions()
{
    m_conversationActions->update();
    m_refresh->setEnabled(currentTab() != nullptr);
    m_reply->setEnabled(!currentConversationId().isEmpty());
}

void MainWindow::showNotice(const QString &message)
{
    // Said once, where it belongs, until dismissed; not a status message that stays.
    m_notice->showMessage(message);
}

Conversation MainWindow::conversationById(const QString &conversationId) const
{
    const InboxTab *tab = currentTab();
    if (!tab || conversationId.isEmpty())
        return {};
    return tab->model()->conversationAt(tab->model()->rowOf(conversationId));
}

QString MainWindow::currentConversationId() const
{
    const InboxTab *tab = currentTab();
    return tab ? tab->currentConversationId() : QString();
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
    return m_conversationActions->createContextMenu(conversationId, this);
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
