#include "mainwindow.h"

#include "account/session.h"
#include "accountcontroller.h"
#include "api/apiusage.h"
#include "api/linkupclient.h"
#include "api/urlpolicy.h"
#include "avatars/avatarstore.h"
#include "conversationdelegate.h"
#include "inbox/conversationlistmodel.h"
#include "inboxtab.h"
#include "noticebanner.h"
#include "painting.h"
#include "shortcutsdialog.h"
#include "text/displaytext.h"
#include "thread/messagelistmodel.h"
#include "thread/threadcache.h"
#include "threadpane.h"
#include "welcomepanel.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>
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

} // namespace

MainWindow::MainWindow(Session *session, const StartupOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_client(session->client())
    , m_accounts(new AccountController(session, this))
    , m_usage(new ApiUsage(this))
    , m_avatars(new AvatarStore(AvatarStore::defaultCacheDirectory(), this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_central(new QStackedWidget)
    , m_starting(new QWidget)
    , m_welcome(new WelcomePanel)
    , m_inbox(new QWidget)
    , m_demoBanner(new QFrame)
    , m_tabBar(new QTabBar)
    , m_tabStack(new QStackedWidget)
    , m_listArea(new QWidget)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_threads(new ThreadCache(session->client(), this))
    , m_threadPane(new ThreadPane(m_threads, m_avatars))
    , m_threadDelay(new QTimer(this))
    , m_statusText(new QLabel)
    , m_usageText(new QLabel)
{
    setWindowTitle(tr("Linkup Inbox"));
    connect(m_client, &LinkupClient::attemptFinished, m_usage, &ApiUsage::record);
    connect(m_usage, &ApiUsage::changed, this, &MainWindow::updateStatus);

    m_tabBar->setExpanding(false);
    m_tabBar->setDocumentMode(true);
    m_tabBar->setFocusPolicy(Qt::NoFocus); // Ctrl+1..4 and Ctrl+Tab switch tabs
    for (InboxCategory category : InboxCategories::all())
        m_tabBar->addTab(InboxCategories::displayName(category));

    createDemoBanner();
    auto *inboxLayout = new QVBoxLayout(m_inbox);
    inboxLayout->setContentsMargins(0, 0, 0, 0);
    inboxLayout->setSpacing(0);
    auto *listLayout = new QVBoxLayout(m_listArea);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(m_tabBar);
    listLayout->addWidget(m_tabStack, 1);
    m_splitter->addWidget(m_listArea);
    m_splitter->addWidget(m_threadPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    inboxLayout->addWidget(m_demoBanner);
    inboxLayout->addWidget(m_splitter, 1);

    m_threadDelay->setSingleShot(true);
    m_threadDelay->setInterval(ThreadDelayMs);
    connect(m_threadDelay, &QTimer::timeout, this,
            [this] { showCurrentThread(ThreadPane::Loading::Allowed); });
    m_threadPane->setUrlOpener([this](const QUrl &url) { return m_openUrl(url); });
    connect(m_threadPane, &ThreadPane::openProfileRequested, this,
            [this] { openProfile(currentConversationId()); });
    connect(m_threadPane, &ThreadPane::backRequested, this, &MainWindow::closeThreadInPlace);
    connect(m_threadPane, &ThreadPane::credentialsFixRequested, m_accounts,
            &AccountController::fixCredentials);
    m_central->addWidget(m_starting);
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_inbox);
    setCentralWidget(m_central);

    m_statusText->setTextFormat(Qt::PlainText);
    m_usageText->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_usageText);

    createActions();
    createMenus();

    connect(m_welcome, &WelcomePanel::demoRequested, this, [this] {
        if (!m_session->startDemo())
            statusBar()->showMessage(tr("The demo server could not start."), StatusMessageMs);
    });
    connect(m_welcome, &WelcomePanel::connectRequested, m_accounts,
            &AccountController::connectAccount);
    connect(m_accounts, &AccountController::credentialsRenewed, this, &MainWindow::retryFailedTabs);
    connect(m_session, &Session::kindChanged, this, &MainWindow::showSession);
    connect(m_session, &Session::settingsChanged, this, [this] { showSession(m_session->kind()); });
    // Said once: the connect dialog tells before the secrets are typed; a banner only
    // when the keychain fails after they were kept (a status message would hide the
    // list's own status for half a minute).
    auto *keychainNotice = new NoticeBanner;
    inboxLayout->insertWidget(1, keychainNotice);
    connect(m_session, &Session::keychainUnavailable, keychainNotice,
            [this, keychainNotice](const QString &message) {
                if (m_session->kind() == Session::Kind::Account)
                    keychainNotice->showMessage(message);
            });
    connect(m_tabBar, &QTabBar::currentChanged, this, &MainWindow::onTabChanged);
    restoreWindowState(options);
    showSession(m_session->kind());
}

void MainWindow::createDemoBanner()
{
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setFrameShape(QFrame::StyledPanel);
    m_demoBanner->setAutoFillBackground(true);
    // A tint of the window toward the accent: readable in light and dark palettes.
    QPalette tinted = m_demoBanner->palette();
    tinted.setColor(QPalette::Window,
                    Painting::blended(tinted.color(QPalette::Window),
                                      tinted.color(QPalette::Highlight), 0.22));
    m_demoBanner->setPalette(tinted);
    auto *text = new QLabel(tr("This is the demo inbox: its people and messages are made up."));
    text->setWordWrap(true);
    auto *connectButton = new QPushButton(tr("Connect Your Account…"));
    m_demoConnect = connectButton;
    connect(connectButton, &QPushButton::clicked, m_accounts, &AccountController::connectAccount);
    auto *layout = new QHBoxLayout(m_demoBanner);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(text, 1);
    layout->addWidget(connectButton);
}

void MainWindow::showSession(Session::Kind kind)
{
    clearTabs();
    const bool inbox = kind == Session::Kind::Demo || kind == Session::Kind::Account;
    setWindowTitle(kind == Session::Kind::Demo ? tr("Linkup Inbox — Demo") : tr("Linkup Inbox"));
    m_demoBanner->setVisible(kind == Session::Kind::Demo);
    switch (kind) {
    case Session::Kind::Starting: m_central->setCurrentWidget(m_starting); break;
    case Session::Kind::None:
        m_central->setCurrentWidget(m_welcome);
        m_welcome->setFocus();
        m_statusText->setText(tr("Not connected"));
        break;
    case Session::Kind::Demo:
    case Session::Kind::Account:
        m_central->setCurrentWidget(m_inbox);
        onTabChanged(m_tabBar->currentIndex());
        break;
    }
    m_tabBar->setEnabled(inbox);
    for (QAction *action : std::as_const(m_tabActions))
        action->setEnabled(inbox);
    m_signOut->setEnabled(kind == Session::Kind::Account);
    updateActions();
}

void MainWindow::clearTabs()
{
    // The lists belong to the account (or demo) they were loaded for.
    for (InboxTab *tab : std::as_const(m_tabs)) {
        m_tabStack->removeWidget(tab);
        delete tab->model();
        delete tab;
    }
    m_tabs.clear();
    m_threadDelay->stop();
    m_threadPane->clear();
    m_threads->clear();
    m_threadInPlace = false;
}

void MainWindow::retryFailedTabs()
{
    for (InboxTab *tab : std::as_const(m_tabs)) {
        if (tab->model()->state() == ConversationListModel::LoadState::Error)
            tab->model()->retry();
    }
    if (MessageListModel *thread = m_threadPane->model();
        thread && thread->state() == MessageListModel::LoadState::Error)
        thread->retry();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openProfile = new QAction(tr("&Open Profile"), this);
    m_openProfile->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    // Only while the list has focus: Return keeps its meaning everywhere else.
    m_openProfile->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tabStack->addAction(m_openProfile);
    m_threadPane->addAction(m_openProfile); // Return means the same in the thread
    connect(m_openProfile, &QAction::triggered, this,
            [this] { openProfile(currentConversationId()); });

    m_copyLink = new QAction(tr("Copy Profile &Link"), this);
    m_copyLink->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyLink, &QAction::triggered, this,
            [this] { copyProfileLink(currentConversationId()); });

    m_copyMessage = new QAction(tr("&Copy Last Message"), this);
    m_copyMessage->setShortcut(QKeySequence::Copy);
    connect(m_copyMessage, &QAction::triggered, this,
            [this] { copyLastMessage(currentConversationId()); });

    m_refresh = new QAction(tr("&Refresh"), this);
    m_refresh->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (InboxTab *tab = currentTab())
            tab->refresh();
    });

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
    file->addAction(m_openProfile);
    file->addAction(m_copyLink);
    file->addAction(m_copyMessage);
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
    m_tabBar->setCurrentIndex(int(InboxCategories::all().indexOf(category)));
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
    // it is at hand, else the pane offers to load it.
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
    if (const Conversation *conversation = conversationById(currentConversationId()))
        m_threadPane->showConversation(*conversation, m_session->country(), loading);
    else
        m_threadPane->clear();
}

void MainWindow::openThreadInPlace(const QString &conversationId)
{
    InboxTab *tab = currentTab();
    if (!tab || !conversationById(conversationId))
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

void MainWindow::closeEvent(QCloseEvent *event)
{
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

void MainWindow::onTabChanged(int index)
{
    if (m_central->currentWidget() != m_inbox)
        return;
    const InboxCategory category = InboxCategories::all().value(index, InboxCategory::Inbox);
    InboxTab *tab = m_tabs.value(category);
    if (!tab) {
        auto *model = new ConversationListModel(m_client, category, m_session->country(), this);
        model->setPageSize(m_session->pageSize());
        model->setAvatarStore(m_avatars);
        tab = new InboxTab(model);
        auto *delegate = new ConversationDelegate(tab->view());
        delegate->setAvatarStore(m_avatars);
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
        connect(tab, &InboxTab::contextMenuRequested, this, &MainWindow::showContextMenu);
        connect(tab, &InboxTab::credentialsFixRequested, m_accounts,
                &AccountController::fixCredentials);
        m_tabs.insert(category, tab);
        m_tabStack->addWidget(tab);
        // The list comes first in the focus chain (before the demo banner's button), so
        // it has the keyboard when the window opens.
        QWidget::setTabOrder(tab->view(), m_demoConnect);
    }
    m_tabStack->setCurrentWidget(tab);
    onCurrentConversationChanged(false); // a tab switch is not a pick
    tab->view()->setFocus();
    updateStatus();
    updateActions();
}

void MainWindow::updateStatus()
{
    if (InboxTab *tab = currentTab())
        m_statusText->setText(tab->statusText());
    // Two plurals, so each number gets its own grammatical form.
    m_usageText->setText(tr("%n request(s)", nullptr, m_usage->requests()) + u", "
                         + tr("about %n credit(s)", nullptr, m_usage->credits()));
}

void MainWindow::updateActions()
{
    InboxTab *tab = currentTab();
    const Conversation *conversation = tab ? tab->currentConversation() : nullptr;
    const QUrl profile = conversation ? conversation->participant.profileUrl : QUrl();
    // Enabled for any row so Return on an unsafe link says why it is not opened; the
    // context menu disables its own item for such rows.
    m_openProfile->setEnabled(conversation != nullptr);
    m_copyLink->setEnabled(!profile.isEmpty());
    m_copyMessage->setEnabled(conversation && !conversation->lastMessage.text.isEmpty());
    m_refresh->setEnabled(tab != nullptr);
}

const Conversation *MainWindow::conversationById(const QString &conversationId) const
{
    const InboxTab *tab = currentTab();
    if (!tab || conversationId.isEmpty())
        return nullptr;
    return tab->model()->conversationAt(tab->model()->rowOf(conversationId));
}

QString MainWindow::currentConversationId() const
{
    const InboxTab *tab = currentTab();
    return tab ? tab->currentConversationId() : QString();
}

void MainWindow::openProfile(const QString &conversationId)
{
    const Conversation *conversation = conversationById(conversationId);
    if (!conversation)
        return;
    const QUrl url = conversation->participant.profileUrl;
    if (!UrlPolicy::isOpenableProfileUrl(url)) {
        statusBar()->showMessage(
                url.isEmpty() ? tr("This conversation has no profile link.")
                              : tr("Not opening “%1”: only https links to linkedin.com are opened.")
                                        .arg(DisplayText::singleLine(url.toDisplayString(), 120)),
                StatusMessageMs);
        return;
    }
    if (!m_openUrl(url))
        statusBar()->showMessage(tr("Could not open the browser."), StatusMessageMs);
}

void MainWindow::copyProfileLink(const QString &conversationId)
{
    if (const Conversation *conversation = conversationById(conversationId)) {
        QApplication::clipboard()->setText(conversation->participant.profileUrl.toString());
        statusBar()->showMessage(tr("Profile link copied"), StatusMessageMs);
    }
}

void MainWindow::copyLastMessage(const QString &conversationId)
{
    if (const Conversation *conversation = conversationById(conversationId)) {
        QApplication::clipboard()->setText(conversation->lastMessage.text);
        statusBar()->showMessage(tr("Last message copied"), StatusMessageMs);
    }
}

QMenu *MainWindow::createContextMenu(const QString &conversationId)
{
    const Conversation *conversation = conversationById(conversationId);
    if (!conversation)
        return nullptr;
    auto *menu = new QMenu(this);
    const QString id = conversationId;
    QAction *open = menu->addAction(m_openProfile->text(), this, [this, id] { openProfile(id); });
    open->setEnabled(UrlPolicy::isOpenableProfileUrl(conversation->participant.profileUrl));
    QAction *link = menu->addAction(m_copyLink->text(), this, [this, id] { copyProfileLink(id); });
    link->setEnabled(!conversation->participant.profileUrl.isEmpty());
    QAction *text =
            menu->addAction(m_copyMessage->text(), this, [this, id] { copyLastMessage(id); });
    text->setEnabled(!conversation->lastMessage.text.isEmpty());
    return menu;
}

void MainWindow::showContextMenu(const QString &conversationId, const QPoint &globalPos)
{
    if (QMenu *menu = createContextMenu(conversationId)) {
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(globalPos);
    }
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
