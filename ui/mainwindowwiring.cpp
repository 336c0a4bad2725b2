// MainWindow's connections: what each action, pane and session signal does in the window.
// Kept apart from mainwindow.cpp, which builds the window and answers for its state.

#include "mainwindow.h"

#include "accountcontroller.h"
#include "conversationactions.h"
#include "inbox/conversationlistmodel.h"
#include "inboxtab.h"
#include "inboxtabs.h"
#include "listpane.h"
#include "readinglayout.h"
#include "session/creditledger.h"
#include "session/inboxsession.h"
#include "shortcutsdialog.h"
#include "traycontroller.h"
#include "triageactions.h"
#include "welcomepanel.h"
#include "windowactions.h"
#include "windowpages.h"
#include "windowstatus.h"

#include <QAction>
#include <QMenu>

void MainWindow::connectActions()
{
    connectMenuActions();
    connectPanes();
    connectSession();
}

void MainWindow::connectMenuActions()
{
    // Where the list has the keyboard (not in the search field, not in the thread).
    QWidget *lists = m_lists->tabs()->stack();
    lists->addAction(m_conversationActions->openProfileAction());
    m_threadPane->addAction(m_conversationActions->openProfileAction()); // the same there
    lists->addActions(m_triage->listActions());
    auto *slash = new QAction(this);
    slash->setShortcut(QKeySequence(Qt::Key_Slash));
    slash->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    lists->addAction(slash);

    connect(slash, &QAction::triggered, m_lists, &ListPane::focusSearch);
    connect(m_actions->find(), &QAction::triggered, m_lists, &ListPane::focusSearch);
    connect(m_actions->refresh(), &QAction::triggered, this, [this] {
        if (InboxTab *tab = currentTab())
            tab->refresh();
    });
    connect(m_actions->reply(), &QAction::triggered, m_reading, &ReadingLayout::replyToCurrent);
    connect(m_actions, &WindowActions::orderChosen, m_lists, &ListPane::setOrder);
    connect(m_actions->exportConversations(), &QAction::triggered, this,
            &MainWindow::exportConversations);
    connect(m_actions->connectAccount(), &QAction::triggered, m_accounts,
            &AccountController::connectAccount);
    connect(m_actions->settings(), &QAction::triggered, m_accounts,
            &AccountController::openSettings);
    connect(m_actions->signOut(), &QAction::triggered, m_accounts, &AccountController::signOut);
    connect(m_actions->quit(), &QAction::triggered, this, &MainWindow::quit);
    connect(m_actions->nextTab(), &QAction::triggered, this, [this] { m_lists->tabs()->cycle(1); });
    connect(m_actions->previousTab(), &QAction::triggered, this,
            [this] { m_lists->tabs()->cycle(-1); });
    connect(m_actions->shortcuts(), &QAction::triggered, this,
            [this] { ShortcutsDialog::showFor(this); });
    connect(m_actions->about(), &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::connectPanes()
{
    connect(m_lists, &ListPane::statusChanged, this, &MainWindow::updateStatus);
    connect(m_lists, &ListPane::currentConversationChanged, this, [this](CurrentMove move) {
        updateActions();
        m_reading->onCurrentConversationChanged(move);
    });
    connect(m_lists, &ListPane::currentListChanged, this, [this] {
        m_actions->showOrder(currentTab()->model()->order());
        updateActions();
    });
    connect(m_lists, &ListPane::conversationActivated, this, &MainWindow::openProfile);
    connect(m_lists, &ListPane::contextMenuRequested, this,
            [this](const QString &id, const QPoint &globalPos) {
                if (QMenu *menu = createContextMenu(id)) {
                    menu->setAttribute(Qt::WA_DeleteOnClose);
                    menu->popup(globalPos);
                }
            });
    connect(m_lists, &ListPane::fixRequested, this, &MainWindow::fixError);

    connect(m_threadPane, &ThreadPane::openProfileRequested, this,
            [this] { openProfile(currentConversationId()); });
    connect(m_threadPane, &ThreadPane::credentialsFixRequested, this, &MainWindow::fixError);
    connect(m_threadPane, &ThreadPane::threadRead, m_triage, &TriageActions::markSeen);
    connect(m_status, &WindowStatus::ticked, this, [this] {
        updateStatus();
        if (isActiveWindow())
            m_lists->refreshIfStale();
    });

    connect(m_conversationActions, &ConversationActions::statusMessage, m_status,
            &WindowStatus::showMessage);
    connect(m_triage, &TriageActions::statusMessage, m_status, &WindowStatus::showMessage);
    connect(m_tray, &TrayController::openConversation, this, &MainWindow::revealConversation);
    connect(m_tray, &TrayController::refreshRequested, m_actions->refresh(), &QAction::trigger);
    connect(m_tray, &TrayController::quitRequested, this, &MainWindow::quit);
    m_pages->welcome()->setDemoOffered(m_session->hasDemo());
    connect(m_pages->welcome(), &WelcomePanel::demoRequested, this, [this] {
        if (!m_session->startDemo())
            m_status->showMessage(tr("The demo server could not start."));
    });
    connect(m_pages, &WindowPages::connectRequested, m_accounts,
            &AccountController::connectAccount);
}

void MainWindow::connectSession()
{
    connect(m_accounts, &AccountController::credentialsRenewed, this, &MainWindow::retryFailedTabs);
    connect(m_session, &Session::kindChanged, this, &MainWindow::showSession);
    connect(m_session, &Session::settingsChanged, this, &MainWindow::applyDesktopSettings);
    // Said once: the connect dialog tells before the secrets are typed; a banner only
    // when the keychain fails after they were kept (a status message would hide the
    // list's own status for half a minute).
    connect(m_session, &Session::keychainUnavailable, this, [this](const QString &message) {
        if (m_session->kind() == Session::Kind::Account)
            showNotice(message);
    });
    connect(m_inbox->credits(), &CreditLedger::changed, this, &MainWindow::updateStatus);
    connect(m_inbox, &InboxSession::aboutToClose, this, &MainWindow::clearTabs);
    connect(m_inbox, &InboxSession::opened, this, &MainWindow::onInboxOpened);
    connect(m_inbox, &InboxSession::unreadCountsChanged, this, &MainWindow::updateTitle);
    connect(m_inbox, &InboxSession::listLoaded, this, &MainWindow::updateTitle); // tab counts
    connect(m_inbox, &InboxSession::marksChanged, this, &MainWindow::updateTitle);
    connect(m_inbox, &InboxSession::marksChanged, m_triage, &TriageActions::update);
    connect(m_inbox, &InboxSession::storeProblem, this, &MainWindow::showNotice);
}
