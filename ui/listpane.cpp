#include "listpane.h"

#include "conversationdelegate.h"
#include "inbox/inboxsync.h"
#include "inboxtab.h"
#include "inboxtabs.h"
#include "searchbar.h"
#include "session/inboxsession.h"

#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

ListPane::ListPane(InboxSession *inbox, QWidget *parent)
    : QWidget(parent)
    , m_inbox(inbox)
    , m_tabs(new InboxTabs(
              inbox, [this](InboxList list) { return createTab(list); }, this))
    , m_searchBar(new SearchBar)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_searchBar);
    layout->addWidget(m_tabs->tabBar());
    layout->addWidget(m_tabs->stack(), 1);

    connect(m_tabs, &InboxTabs::currentListChanged, this, &ListPane::onTabChanged);
    connect(m_searchBar, &SearchBar::searchChanged, this, &ListPane::applySearch);
    connect(m_searchBar, &SearchBar::toFirstMatch, this, [this] {
        if (InboxTab *tab = currentTab())
            tab->focusFirstMatch();
    });
    connect(m_searchBar, &SearchBar::finished, this, &ListPane::endSearch);
}

InboxTab *ListPane::currentTab() const
{
    return m_tabs->current();
}

InboxList ListPane::currentList() const
{
    return m_tabs->currentList();
}

void ListPane::showList(InboxList list)
{
    if (m_tabs->isEnabled())
        m_tabs->tabBar()->setCurrentIndex(int(InboxLists::all().indexOf(list)));
}

void ListPane::showCurrentTab()
{
    onTabChanged(currentList());
}

void ListPane::clear()
{
    m_tabs->clear();
    const QSignalBlocker quiet(m_searchBar);
    m_searchBar->clear();
}

void ListPane::retryFailed()
{
    for (InboxTab *tab : m_tabs->made()) {
        if (tab->sync() && tab->sync()->state() == PageLoader::State::Error)
            tab->sync()->retry();
    }
}

InboxTab *ListPane::createTab(InboxList list)
{
    auto *tab = new InboxTab(m_inbox, list);
    auto *delegate = new ConversationDelegate(tab->view());
    delegate->setAvatarStore(m_inbox->avatars());
    tab->view()->setItemDelegate(delegate);
    // Only the tab shown speaks for the pane.
    connect(tab, &InboxTab::statusChanged, this, [this, tab] {
        if (tab == currentTab())
            emit statusChanged();
    });
    connect(tab, &InboxTab::currentConversationChanged, this, [this, tab](CurrentMove move) {
        if (tab == currentTab())
            emit currentConversationChanged(move);
    });
    connect(tab, &InboxTab::threadRequested, this, &ListPane::threadRequested);
    connect(tab, &InboxTab::conversationClicked, this, &ListPane::conversationClicked);
    connect(tab, &InboxTab::conversationActivated, this, &ListPane::conversationActivated);
    connect(tab, &InboxTab::contextMenuRequested, this, &ListPane::contextMenuRequested);
    connect(tab, &InboxTab::fixRequested, this, &ListPane::fixRequested);
    return tab;
}

void ListPane::onTabChanged(InboxList list)
{
    if (!m_inbox->isOpen())
        return;
    // The search goes with the user: the tab left shows its whole list again.
    for (InboxTab *other : m_tabs->made()) {
        if (other->list() != list && other->search()->isSearching())
            other->setSearch(QString(), m_searchBar->scope());
    }
    const bool firstVisit = m_tabs->show(list);
    InboxTab *tab = currentTab();
    if (!m_searchBar->text().isEmpty())
        tab->setSearch(m_searchBar->text(), m_searchBar->scope());
    tab->setFocus();
    emit currentListChanged(list);
    emit currentConversationChanged(CurrentMove::Program); // a tab switch is not a pick
    if (firstVisit && m_refreshOnShow && tab->sync()) {
        m_refreshOnShow = false;
        tab->refresh(); // the tab the inbox opens on: its first page, and only that
    } else if (firstVisit) {
        refreshIfStale(tab); // other tabs: only when their last sync is old
    }
    emit statusChanged();
}

void ListPane::refreshIfStale()
{
    refreshIfStale(currentTab());
}

void ListPane::refreshIfStale(InboxTab *tab)
{
    // A view has nothing to refresh; the store keeps it in step with the categories.
    if (!tab || !tab->sync() || tab->sync()->state() == PageLoader::State::Loading)
        return;
    const QDateTime synced = tab->sync()->lastSynced();
    const int minutes = m_freshnessMinutes >= 0 ? m_freshnessMinutes
                                                : m_inbox->account()->settings().freshnessMinutes();
    // Never synced: the first page is what opening the tab asks for. Otherwise only
    // past the freshness interval, and never when the user turned it off.
    const bool stale = !synced.isValid()
            || (minutes > 0
                && synced.secsTo(QDateTime::currentDateTimeUtc()) >= qint64(minutes) * 60);
    if (stale && tab->sync()->state() != PageLoader::State::Error)
        tab->refresh();
}

void ListPane::setOrder(ConversationListModel::Order order)
{
    if (InboxTab *tab = currentTab())
        tab->setOrder(order);
}

void ListPane::focusSearch()
{
    m_searchBar->focusField();
}

void ListPane::applySearch()
{
    if (InboxTab *tab = currentTab())
        tab->setSearch(m_searchBar->text(), m_searchBar->scope());
    emit statusChanged();
}

void ListPane::endSearch()
{
    {
        const QSignalBlocker quiet(m_searchBar);
        m_searchBar->clear();
    }
    if (InboxTab *tab = currentTab()) {
        tab->setSearch(QString(), m_searchBar->scope());
        tab->setFocus();
    }
    emit statusChanged();
}

bool ListPane::reveal(const QString &conversationId)
{
    if (!m_inbox->isOpen())
        return false;
    QList<InboxList> lists{currentList()};
    lists.append(InboxLists::all());
    for (const InboxList list : std::as_const(lists)) {
        if (m_inbox->model(list)->rowOf(conversationId) < 0)
            continue;
        showList(list);
        if (!currentTab()->selectConversation(conversationId)) {
            endSearch(); // the search hid it
            currentTab()->selectConversation(conversationId);
        }
        return true;
    }
    return false;
}
