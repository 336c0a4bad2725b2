#include "readinglayout.h"

#include "account/session.h"
#include "inboxtab.h"
#include "listpane.h"
#include "replybox.h"
#include "replycomposer.h"
#include "session/inboxsession.h"

#include <QSplitter>
#include <QTimer>

namespace {

constexpr int ThreadDelayMs = 300;

} // namespace

ReadingLayout::ReadingLayout(InboxSession *inbox, ListPane *lists, ThreadPane *thread,
                             QObject *parent)
    : QObject(parent)
    , m_inbox(inbox)
    , m_session(inbox->account())
    , m_lists(lists)
    , m_thread(thread)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_threadDelay(new QTimer(this))
{
    m_splitter->addWidget(m_lists);
    m_splitter->addWidget(m_thread);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_thread->setReplyServices(inbox->outgoing(), inbox->drafts());
    applyWritingSettings();
    connect(m_session, &Session::settingsChanged, this, &ReadingLayout::applyWritingSettings);

    m_threadDelay->setSingleShot(true);
    m_threadDelay->setInterval(ThreadDelayMs);
    connect(m_threadDelay, &QTimer::timeout, this, [this] { showCurrentThread(m_loadingAtRest); });
    connect(m_thread, &ThreadPane::backRequested, this, &ReadingLayout::closeThreadInPlace);
    connect(m_lists, &ListPane::threadRequested, this, &ReadingLayout::openThreadInPlace);
    connect(m_lists, &ListPane::conversationClicked, this, [this](const QString &id) {
        if (m_narrow)
            openThreadInPlace(id); // a single click only selects in a wide window
    });
}

void ReadingLayout::setNarrow(bool narrow)
{
    m_narrow = narrow;
    updateVisibility();
}

void ReadingLayout::updateVisibility()
{
    m_lists->setVisible(!m_narrow || !m_threadInPlace);
    m_thread->setVisible(!m_narrow || m_threadInPlace);
    m_thread->setBackVisible(m_narrow);
}

void ReadingLayout::onCurrentConversationChanged(CurrentMove move)
{
    // Which changes of the current row may cost a thread request (1 credit): only a row
    // the user picked (a click, the arrow keys), once it has rested for ThreadDelayMs
    // (moving through the list costs nothing), and only where the thread can be seen.
    // A jump (Home, End, the Page keys) rests too, then shows the thread only when it is
    // at hand (cached or stored): keys held down or pressed in a row lay out one thread,
    // not one per row passed. The program's changes (the window opening, a tab switch,
    // rows arriving, a refresh restoring the selection) show what is at hand at once.
    // Where nothing is at hand, the pane offers to load it.
    m_threadDelay->stop();
    if (m_narrow)
        return;
    if (move == CurrentMove::Program) {
        showCurrentThread(ThreadPane::Loading::OnlyIfFree);
        return;
    }
    m_loadingAtRest = move == CurrentMove::Pick ? ThreadPane::Loading::Allowed
                                                : ThreadPane::Loading::OnlyIfFree;
    m_threadDelay->start();
}

void ReadingLayout::showCurrentThread(ThreadPane::Loading loading)
{
    showThread(m_inbox->storedConversation(currentConversationId()), loading);
}

void ReadingLayout::showThread(const Conversation &conversation, ThreadPane::Loading loading)
{
    if (!conversation.id.isEmpty())
        m_thread->showConversation(conversation, m_session->country(), loading);
    else
        m_thread->clear();
}

void ReadingLayout::openThreadInPlace(const QString &conversationId)
{
    InboxTab *tab = m_lists->currentTab();
    const Conversation conversation = m_inbox->storedConversation(conversationId);
    if (!tab || conversation.id.isEmpty())
        return;
    m_threadDelay->stop();
    tab->selectConversation(conversationId);
    showThread(conversation, ThreadPane::Loading::Allowed); // read once, from the store
    if (m_narrow) {
        m_threadInPlace = true;
        updateVisibility();
    }
    m_thread->focusThread();
}

void ReadingLayout::closeThreadInPlace()
{
    m_threadInPlace = false;
    updateVisibility();
    if (InboxTab *tab = m_lists->currentTab())
        tab->setFocus();
}

void ReadingLayout::replyToCurrent()
{
    const QString id = currentConversationId();
    if (id.isEmpty())
        return;
    openThreadInPlace(id); // asking to reply is asking to read: as Right or Load Messages
    m_thread->focusReply();
}

void ReadingLayout::clear()
{
    m_threadDelay->stop();
    m_thread->clear();
    m_threadInPlace = false;
    updateVisibility();
}

QString ReadingLayout::currentConversationId() const
{
    const InboxTab *tab = m_lists->currentTab();
    return tab ? tab->currentConversationId() : QString();
}

void ReadingLayout::applyWritingSettings()
{
    m_thread->reply()->box()->setReturnSends(m_session->settings().returnSends());
}
