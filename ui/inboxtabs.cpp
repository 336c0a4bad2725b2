#include "inboxtabs.h"

#include "inbox/conversationlistmodel.h"
#include "inboxtab.h"
#include "session/inboxsession.h"

#include <QAction>
#include <QLocale>
#include <QStackedWidget>
#include <QTabBar>

InboxTabs::InboxTabs(InboxSession *inbox, TabFactory factory, QObject *parent)
    : QObject(parent)
    , m_inbox(inbox)
    , m_factory(std::move(factory))
    , m_tabBar(new QTabBar)
    , m_stack(new QStackedWidget)
{
    m_tabBar->setExpanding(false);
    m_tabBar->setDocumentMode(true);
    m_tabBar->setUsesScrollButtons(true); // six tabs in a narrow window
    m_tabBar->setFocusPolicy(Qt::NoFocus); // Ctrl+1..6 and Ctrl+Tab switch tabs
    const QList<InboxList> lists = InboxLists::all();
    for (int i = 0; i < lists.size(); ++i) {
        const InboxList list = lists.at(i);
        m_tabBar->addTab(InboxLists::displayName(list));
        auto *action = new QAction(InboxLists::displayName(list), this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] {
            if (m_tabBar->isEnabled())
                m_tabBar->setCurrentIndex(i);
        });
        m_goActions.append(action);
    }
    connect(m_tabBar, &QTabBar::currentChanged, this,
            [this] { emit currentListChanged(currentList()); });
}

InboxList InboxTabs::currentList() const
{
    return InboxLists::all().value(m_tabBar->currentIndex(), InboxList::Inbox);
}

bool InboxTabs::show(InboxList list)
{
    InboxTab *tab = m_tabs.value(list);
    const bool made = !tab;
    if (made) {
        tab = m_factory(list);
        m_tabs.insert(list, tab);
        m_stack->addWidget(tab);
    }
    m_stack->setCurrentWidget(tab);
    return made;
}

void InboxTabs::setCurrentList(InboxList list)
{
    const QSignalBlocker quiet(m_tabBar);
    m_tabBar->setCurrentIndex(int(InboxLists::all().indexOf(list)));
}

void InboxTabs::cycle(int step)
{
    if (!m_tabBar->isEnabled())
        return;
    const int count = m_tabBar->count();
    m_tabBar->setCurrentIndex((m_tabBar->currentIndex() + step + count) % count);
}

void InboxTabs::setEnabled(bool enabled)
{
    m_tabBar->setEnabled(enabled);
    for (QAction *action : std::as_const(m_goActions))
        action->setEnabled(enabled);
}

bool InboxTabs::isEnabled() const
{
    return m_tabBar->isEnabled();
}

void InboxTabs::clear()
{
    for (InboxTab *tab : std::as_const(m_tabs)) {
        tab->saveViewState();
        m_stack->removeWidget(tab);
        delete tab;
    }
    m_tabs.clear();
}

int InboxTabs::countShown(InboxList list) const
{
    // A category: its unread conversations, as LinkedIn counts them. Waiting on Me: the
    // answers owed. Waiting on Them needs no number: nothing to do there.
    if (const std::optional<InboxCategory> category = InboxLists::categoryOf(list))
        return m_inbox->unreadCount(*category);
    // Counted once read: asking for the model before its turn would read it at once.
    return list == InboxList::WaitingOnMe && m_inbox->isLoaded(list)
            ? m_inbox->model(list)->rowCount()
            : 0;
}

void InboxTabs::updateLabels()
{
    const QList<InboxList> lists = InboxLists::all();
    for (int i = 0; i < lists.size(); ++i) {
        const InboxList list = lists.at(i);
        const int count = m_inbox->isOpen() ? countShown(list) : 0;
        const QString name = InboxLists::displayName(list);
        m_tabBar->setTabText(i,
                             count > 0 ? tr("%1 (%2)").arg(name, QLocale().toString(count)) : name);
    }
}
