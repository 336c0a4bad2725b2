#include "mainwindow.h"

#include "api/apiusage.h"
#include "api/linkupclient.h"
#include "api/urlpolicy.h"
#include "avatars/avatarstore.h"
#include "conversationdelegate.h"
#include "inbox/conversationlistmodel.h"
#include "inboxtab.h"
#include "text/displaytext.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QVBoxLayout>

namespace {

const auto GeometryKey = QStringLiteral("window/geometry");
const auto TabKey = QStringLiteral("window/tab");
constexpr int StatusMessageMs = 8000;

} // namespace

MainWindow::MainWindow(LinkupClient *client, const StartupOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_usage(new ApiUsage(this))
    , m_avatars(new AvatarStore(AvatarStore::defaultCacheDirectory(), this))
    , m_options(options)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_tabBar(new QTabBar)
    , m_tabStack(new QStackedWidget)
    , m_statusText(new QLabel)
    , m_usageText(new QLabel)
{
    setWindowTitle(options.demo ? tr("Linkup Inbox — Demo") : tr("Linkup Inbox"));
    connect(m_client, &LinkupClient::attemptFinished, m_usage, &ApiUsage::record);
    connect(m_usage, &ApiUsage::changed, this, &MainWindow::updateStatus);

    m_tabBar->setExpanding(false);
    m_tabBar->setDocumentMode(true);
    m_tabBar->setFocusPolicy(Qt::NoFocus); // Ctrl+1..4 and Ctrl+Tab switch tabs
    for (InboxCategory category : InboxCategories::all())
        m_tabBar->addTab(InboxCategories::displayName(category));

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tabBar);
    layout->addWidget(m_tabStack, 1);
    setCentralWidget(central);

    m_statusText->setTextFormat(Qt::PlainText);
    m_usageText->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_usageText);

    createActions();
    createMenus();

    if (!m_client->hasCredentials()) {
        m_tabBar->setEnabled(false);
        auto *hint = new QLabel(tr("Not connected.\nSet LINKUP_API_KEY and LINKUP_LOGIN_TOKEN, "
                                   "or start with --demo to try the sample inbox."));
        hint->setAlignment(Qt::AlignCenter);
        hint->setTextFormat(Qt::PlainText);
        m_tabStack->addWidget(hint);
        m_statusText->setText(tr("Not connected"));
        restoreWindowState(options);
        updateActions();
        return;
    }

    connect(m_tabBar, &QTabBar::currentChanged, this, &MainWindow::onTabChanged);
    restoreWindowState(options);
    onTabChanged(m_tabBar->currentIndex());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openProfile = new QAction(tr("&Open Profile"), this);
    m_openProfile->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    // Only while the list has focus: Return keeps its meaning everywhere else.
    m_openProfile->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tabStack->addAction(m_openProfile);
    connect(m_openProfile, &QAction::triggered, this, [this] {
        if (InboxTab *tab = currentTab())
            openProfile(tab->currentRow());
    });

    m_copyLink = new QAction(tr("Copy Profile &Link"), this);
    m_copyLink->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyLink, &QAction::triggered, this, [this] {
        if (InboxTab *tab = currentTab())
            copyProfileLink(tab->currentRow());
    });

    m_copyMessage = new QAction(tr("&Copy Last Message"), this);
    m_copyMessage->setShortcut(QKeySequence::Copy);
    connect(m_copyMessage, &QAction::triggered, this, [this] {
        if (InboxTab *tab = currentTab())
            copyLastMessage(tab->currentRow());
    });

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
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Linkup Inbox"), this, &MainWindow::showAbout);
    about->setShortcut(QKeySequence::HelpContents);
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
    InboxCategory category = options.category;
    // A category asked for on the command line wins over the last one used.
    if (category == InboxCategory::Inbox)
        InboxCategories::fromApiName(settings.value(TabKey).toString(), &category);
    m_tabBar->setCurrentIndex(int(InboxCategories::all().indexOf(category)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
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
    const InboxCategory category = InboxCategories::all().value(index, InboxCategory::Inbox);
    InboxTab *tab = m_tabs.value(category);
    if (!tab) {
        auto *model = new ConversationListModel(m_client, category, m_options.country, this);
        model->setPageSize(m_options.pageSize);
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
        connect(tab, &InboxTab::conversationActivated, this, &MainWindow::openProfile);
        connect(tab, &InboxTab::contextMenuRequested, this, &MainWindow::showContextMenu);
        m_tabs.insert(category, tab);
        m_tabStack->addWidget(tab);
    }
    m_tabStack->setCurrentWidget(tab);
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

void MainWindow::openProfile(int row)
{
    const InboxTab *tab = currentTab();
    const Conversation *conversation = tab ? tab->model()->conversationAt(row) : nullptr;
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

void MainWindow::copyProfileLink(int row)
{
    const InboxTab *tab = currentTab();
    if (const Conversation *conversation = tab ? tab->model()->conversationAt(row) : nullptr) {
        QApplication::clipboard()->setText(conversation->participant.profileUrl.toString());
        statusBar()->showMessage(tr("Profile link copied"), StatusMessageMs);
    }
}

void MainWindow::copyLastMessage(int row)
{
    const InboxTab *tab = currentTab();
    if (const Conversation *conversation = tab ? tab->model()->conversationAt(row) : nullptr) {
        QApplication::clipboard()->setText(conversation->lastMessage.text);
        statusBar()->showMessage(tr("Last message copied"), StatusMessageMs);
    }
}

QMenu *MainWindow::createContextMenu(int row)
{
    const InboxTab *tab = currentTab();
    const Conversation *conversation = tab ? tab->model()->conversationAt(row) : nullptr;
    if (!conversation)
        return nullptr;
    auto *menu = new QMenu(this);
    QAction *open = menu->addAction(m_openProfile->text(), this, [this, row] { openProfile(row); });
    open->setEnabled(UrlPolicy::isOpenableProfileUrl(conversation->participant.profileUrl));
    QAction *link =
            menu->addAction(m_copyLink->text(), this, [this, row] { copyProfileLink(row); });
    link->setEnabled(!conversation->participant.profileUrl.isEmpty());
    QAction *text =
            menu->addAction(m_copyMessage->text(), this, [this, row] { copyLastMessage(row); });
    text->setEnabled(!conversation->lastMessage.text.isEmpty());
    return menu;
}

void MainWindow::showContextMenu(int row, const QPoint &globalPos)
{
    if (QMenu *menu = createContextMenu(row)) {
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(globalPos);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
            this, tr("About Linkup Inbox"),
            tr("<h3>Linkup Inbox %1</h3><p>Your LinkedIn inbox through LinkupAPI, as a fast "
               "native app.</p><p>Built with Qt %2.</p>")
                    .arg(QApplication::applicationVersion().toHtmlEscaped(),
                         QString::fromLatin1(qVersion())));
}
