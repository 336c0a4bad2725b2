#include "windowactions.h"

#include "conversationactions.h"
#include "triageactions.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>

using Order = ConversationListModel::Order;

WindowActions::WindowActions(QObject *parent)
    : QObject(parent)
    , m_refresh(new QAction(tr("&Refresh"), this))
    , m_reply(new QAction(tr("&Reply"), this))
    , m_find(new QAction(tr("&Find…"), this))
    , m_export(new QAction(tr("&Export Conversations…"), this))
    , m_connect(new QAction(tr("Co&nnect Account…"), this))
    , m_settings(new QAction(tr("&Settings…"), this))
    , m_signOut(new QAction(tr("Sign O&ut"), this))
    , m_quit(new QAction(tr("&Quit"), this))
    , m_nextTab(new QAction(tr("&Next Tab"), this))
    , m_previousTab(new QAction(tr("&Previous Tab"), this))
    , m_shortcuts(new QAction(tr("&Keyboard Shortcuts"), this))
    , m_about(new QAction(tr("&About Linkup Inbox"), this))
    , m_sort(new QActionGroup(this))
{
    // Ctrl+R is Reply, as in mail clients; reloading keeps F5 and takes Ctrl+Shift+R.
    m_refresh->setShortcuts(
            {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    m_reply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_find->setShortcut(QKeySequence::Find);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_connect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    m_nextTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    // Qt delivers Shift+Tab as Backtab; the first one is the one the menu shows.
    m_previousTab->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)});
    m_shortcuts->setShortcuts(QKeySequence::keyBindings(QKeySequence::HelpContents)
                              << QKeySequence(Qt::CTRL | Qt::Key_Slash));
    m_about->setMenuRole(QAction::AboutRole);
    sortAction(tr("&Newest First"), Order::NewestFirst)->setChecked(true);
    sortAction(tr("&Unread First"), Order::UnreadFirst);
    sortAction(tr("&Oldest First"), Order::OldestFirst);
}

QAction *WindowActions::sortAction(const QString &text, Order order)
{
    auto *action = new QAction(text, m_sort);
    action->setCheckable(true);
    action->setData(int(order));
    connect(action, &QAction::triggered, this, [this, order] { emit orderChosen(order); });
    return action;
}

void WindowActions::showOrder(Order order)
{
    for (QAction *action : m_sort->actions())
        action->setChecked(action->data().toInt() == int(order));
}

void WindowActions::setSortEnabled(bool enabled)
{
    m_sort->setEnabled(enabled);
}

void WindowActions::buildMenus(QMenuBar *bar, ConversationActions *conversation,
                               TriageActions *triage, const QList<QAction *> &tabActions)
{
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(m_reply);
    file->addAction(conversation->openProfileAction());
    file->addAction(conversation->copyLinkAction());
    file->addAction(conversation->copyMessageAction());
    file->addSeparator();
    file->addAction(m_export);
    file->addSeparator();
    file->addAction(m_connect);
    file->addAction(m_settings);
    file->addAction(m_signOut);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *view = bar->addMenu(tr("&View"));
    view->addAction(m_find);
    view->addAction(m_refresh);
    view->addSeparator();
    QMenu *sort = view->addMenu(tr("&Sort"));
    sort->addActions(m_sort->actions());

    QMenu *marks = bar->addMenu(tr("&Conversation"));
    marks->addAction(triage->markDoneAction());
    marks->addAction(triage->toggleSeenAction());
    marks->addAction(triage->undoAction());
    marks->addSeparator();
    marks->addAction(triage->nextUnreadAction());
    marks->addAction(triage->previousUnreadAction());
    marks->addAction(triage->nextWaitingAction());

    QMenu *go = bar->addMenu(tr("&Go"));
    go->addActions(tabActions);
    go->addSeparator();
    go->addAction(m_nextTab);
    go->addAction(m_previousTab);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(m_shortcuts);
    help->addAction(m_about);
}
