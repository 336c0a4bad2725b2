#include "inboxtab.h"

#include "api/billing.h"
#include "api/connectivity.h"
#include "errorbanner.h"
#include "inbox/conversationfilter.h"
#include "inbox/conversationlistmodel.h"
#include "inbox/inboxsync.h"
#include "scrollanchor.h"
#include "session/inboxsession.h"
#include "tabviewstate.h"
#include "text/timeformat.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

using State = PageLoader::State;

namespace {

bool isNetworkTrouble(const ApiError &error)
{
    return error.kind == ApiError::Kind::NetworkError || error.kind == ApiError::Kind::Timeout;
}

} // namespace

InboxTab::InboxTab(InboxSession *inbox, InboxList list, QWidget *parent)
    : QWidget(parent)
    , m_inbox(inbox)
    , m_list(list)
    , m_sync(inbox->sync(list))
    , m_model(inbox->model(list))
    , m_connectivity(inbox->connectivity())
    , m_search(new ListSearch(m_model, inbox->search(), this))
    , m_banner(new ErrorBanner)
    , m_gap(new ErrorBanner)
    , m_stack(new QStackedWidget)
    , m_view(new ConversationListView)
    , m_busy(createBusyPage())
    , m_empty(new QLabel)
    , m_loadingMore(new QProgressBar)
    , m_footer(createFooter())
{
    m_view->setObjectName(QStringLiteral("conversationList"));
    m_view->setUniformItemSizes(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // rows elide instead
    m_view->setAccessibleName(tr("%1 conversations").arg(InboxLists::displayName(list)));
    m_view->setModel(m_search->shown());
    m_view->verticalScrollBar()->setSingleStep(24);
    new ScrollAnchor(m_view); // merged rows above do not move the one being read
    m_viewState = new TabViewState(m_view, inbox->conversations(), InboxLists::key(list));

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setText(emptyText());
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_busy);
    m_stack->addWidget(m_empty);
    m_loadingMore->setRange(0, 0);
    m_loadingMore->setTextVisible(false);
    m_loadingMore->setFixedHeight(4);
    m_loadingMore->setAccessibleName(tr("Loading more conversations"));
    m_gap->setObjectName(QStringLiteral("gapBanner"));
    m_gap->setRetryVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_gap);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_footer);
    layout->addWidget(m_loadingMore);
    // The keyboard rests on what the tab shows: the list, or the line saying why there
    // is none yet (a screen reader reads it), and moves to the list when rows come.
    m_busy->setFocusPolicy(Qt::StrongFocus);
    m_empty->setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_view);
    connectList();
    showState();
    if (const auto order = m_viewState->storedOrder())
        m_model->setOrder(*order);
    m_viewState->restore();
    onRowsChanged(); // stored rows: the keyboard has a place to start
}

QWidget *InboxTab::createBusyPage()
{
    auto *page = new QWidget;
    auto *label = new QLabel(tr("Loading conversations…"));
    page->setAccessibleName(label->text()); // the page takes the focus while it shows
    label->setAlignment(Qt::AlignCenter);
    auto *bar = new QProgressBar;
    bar->setRange(0, 0); // indeterminate
    bar->setTextVisible(false);
    bar->setMaximumWidth(240);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(label);
    layout->addWidget(bar, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
}

QWidget *InboxTab::createFooter()
{
    auto *footer = new QFrame;
    footer->setObjectName(QStringLiteral("searchFooter"));
    footer->setFrameShape(QFrame::NoFrame);
    m_footerText = new QLabel;
    m_footerText->setTextFormat(Qt::PlainText);
    m_footerText->setWordWrap(true);
    m_footerText->setForegroundRole(QPalette::PlaceholderText);
    m_loadMore = new QPushButton(tr("Load More from LinkedIn"));
    m_loadMore->setObjectName(QStringLiteral("loadMoreFromLinkedIn"));
    auto *layout = new QHBoxLayout(footer);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->addWidget(m_footerText, 1);
    layout->addWidget(m_loadMore);
    footer->hide();
    return footer;
}

void InboxTab::connectList()
{
    if (m_sync) {
        connect(m_sync, &InboxSync::stateChanged, this, &InboxTab::showState);
        connect(m_sync, &InboxSync::gapChanged, this, &InboxTab::showBanners);
        connect(m_sync, &InboxSync::synced, this, &InboxTab::statusChanged);
        connect(m_sync, &InboxSync::pageLoaded, this, &InboxTab::onRowsChanged);
        connect(m_banner, &ErrorBanner::retryRequested, m_sync, &InboxSync::retry);
        connect(m_banner, &ErrorBanner::actionRequested, this,
                [this] { emit fixRequested(m_sync->lastError()); });
        connect(m_gap, &ErrorBanner::actionRequested, m_sync, &InboxSync::fillGap);
        // Asked by the user, with its cost said: the one way a search buys a page.
        connect(m_loadMore, &QPushButton::clicked, m_sync, &InboxSync::loadMore);
    }
    connect(m_model, &ConversationListModel::rowsInserted, this, &InboxTab::onRowsChanged);
    connect(m_model, &ConversationListModel::rowsRemoved, this, &InboxTab::onRowsChanged);
    connect(m_model, &ConversationListModel::modelReset, this, &InboxTab::showState);
    connect(m_search, &ListSearch::changed, this, &InboxTab::showFooter);
    connect(m_connectivity, &Connectivity::offlineChanged, this, &InboxTab::onConnectivityChanged);
    connect(m_view, &ConversationListView::scrolledTowardEnd, this, &InboxTab::loadMoreIfNearEnd);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &InboxTab::onCurrentChanged);
    m_view->installEventFilter(this);
    connect(m_view, &QListView::clicked, this,
            [this](const QModelIndex &index) { emit conversationClicked(idAt(index)); });
    connect(m_view, &QListView::doubleClicked, this,
            [this](const QModelIndex &index) { emit conversationActivated(idAt(index)); });
    connect(m_view, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        m_view->setCurrentIndex(index);
        emit contextMenuRequested(idAt(index), m_view->viewport()->mapToGlobal(pos));
    });
}

void InboxTab::saveViewState() const
{
    if (!m_search->isActive())
        m_viewState->save();
}

QString InboxTab::idAt(const QModelIndex &index) const
{
    return index.data(ConversationListModel::IdRole).toString();
}

void InboxTab::onCurrentChanged()
{
    // Rows arriving or moving keep the same conversation current: that is no change.
    const QString id = currentConversationId();
    if (id == m_currentId)
        return;
    m_currentId = id;
    emit currentConversationChanged(m_view->move());
}

ConversationRecord InboxTab::currentRecord() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return {};
    const auto *source =
            qobject_cast<const ConversationListModel *>(m_search->shown()->sourceModel());
    return source->recordAt(m_search->shown()->mapToSource(current).row());
}

QString InboxTab::currentConversationId() const
{
    return idAt(m_view->currentIndex());
}

bool InboxTab::selectConversation(const QString &conversationId)
{
    const QModelIndex index = m_search->indexOf(conversationId);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    return true;
}

bool InboxTab::pickConversation(const QString &conversationId)
{
    const QModelIndex index = m_search->indexOf(conversationId);
    if (!index.isValid())
        return false;
    m_currentId = conversationId; // announced here as a pick, not again as a move
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    emit currentConversationChanged(CurrentMove::Pick);
    return true;
}

void InboxTab::setSearch(const QString &text, ListSearch::Scope scope)
{
    if (!m_search->isActive() && !text.trimmed().isEmpty())
        m_idBeforeSearch = currentConversationId();
    m_search->setQuery(text, scope);
    if (m_search->isSearching())
        return;
    // Back to the list as it was: the conversation current before the search.
    if (!selectConversation(m_idBeforeSearch))
        onRowsChanged();
    m_view->scrollTo(m_view->currentIndex());
}

void InboxTab::focusFirstMatch()
{
    m_search->settle(); // Return before typing rested: the results of what was typed
    m_view->setFocus();
    if (m_search->shown()->rowCount() > 0)
        m_view->setCurrentIndex(m_search->shown()->index(0, 0));
}

void InboxTab::setOrder(ConversationListModel::Order order)
{
    m_model->setOrder(order);
    m_viewState->saveOrder(order);
    m_view->scrollTo(m_view->currentIndex());
}

void InboxTab::refresh()
{
    // Merged in place: the selection follows its conversation by itself.
    if (m_sync)
        m_sync->refresh();
}

void InboxTab::onRowsChanged()
{
    // Rows came while searching: they may match.
    if (m_search->isActive() && m_search->scope() == ListSearch::Scope::ThisList)
        m_search->update();
    // The first rows give the keyboard a place to start; later pages change nothing.
    if (!m_view->currentIndex().isValid() && m_search->shown()->rowCount() > 0)
        m_view->setCurrentIndex(m_search->shown()->index(0, 0));
    showState();
}

bool InboxTab::isNearEnd() const
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    // The slider position: during a scroll bar action it is already where the user goes.
    return bar->maximum() - bar->sliderPosition() <= m_view->viewport()->height();
}

void InboxTab::loadMoreIfNearEnd()
{
    // A search never pages by itself (a narrow filter would go through the whole inbox
    // at a credit cost): the footer offers the next page, with its price.
    if (!m_sync || m_search->isActive() || !isNearEnd() || m_stack->currentWidget() != m_view)
        return;
    if (m_sync->canLoadMore())
        m_sync->loadMore();
    else
        m_wantsMore = m_sync->state() == State::Loading;
}

void InboxTab::onConnectivityChanged(bool offline)
{
    // The network is back (another call got through): a list that stopped because it
    // was gone goes on by itself, as network failures may; the banner goes.
    if (!offline && m_sync && m_sync->state() == State::Error
        && isNetworkTrouble(m_sync->lastError()))
        m_sync->retry();
    showBanners();
}

void InboxTab::showState()
{
    const State state = m_sync ? m_sync->state() : State::AtEnd;
    const bool empty = m_model->rowCount() == 0 && !m_search->isActive();
    const bool unknown = m_sync && !m_sync->lastSynced().isValid();
    if (empty && (state == State::Loading || (state == State::Idle && unknown)))
        m_stack->setCurrentWidget(m_busy);
    else if (empty && state != State::Error)
        m_stack->setCurrentWidget(m_empty);
    else if (m_stack->currentWidget() != m_view) {
        // The list was hidden behind the busy page when the window asked it to take
        // the keyboard; give it now, unless the user has moved elsewhere.
        const QWidget *focus = QApplication::focusWidget();
        m_stack->setCurrentWidget(m_view);
        if (!focus || isAncestorOf(focus) || focus == window())
            m_view->setFocus();
    }
    QWidget *page = m_stack->currentWidget();
    const QWidget *focus = QApplication::focusWidget();
    setFocusProxy(page);
    if ((focus == m_busy || focus == m_empty) && focus != page)
        page->setFocus(); // the page with the keyboard went away
    m_loadingMore->setVisible(!empty && state == State::Loading);
    if (state != State::Loading && m_wantsMore) {
        // The user scrolled to the end while this page was on its way: go on, if the
        // new rows (laid out first, so the scroll range counts them) still leave them
        // within a screen of it.
        m_wantsMore = false;
        m_view->doItemsLayout();
        loadMoreIfNearEnd();
    }
    showBanners();
    showFooter();
    emit statusChanged();
}

void InboxTab::showFooter()
{
    m_footer->setVisible(m_search->isActive());
    if (!m_search->isActive())
        return;
    const QLocale locale;
    if (m_search->scope() == ListSearch::Scope::Everything) {
        m_footerText->setText(tr("%n match(es) among %1 stored conversations and their messages",
                                 nullptr, m_search->matches())
                                      .arg(locale.toString(m_search->searched())));
        m_loadMore->hide();
        return;
    }
    m_footerText->setText(
            tr("%n match(es) among %1 stored conversations", nullptr, m_search->matches())
                    .arg(locale.toString(m_search->searched())));
    const bool more = m_sync && m_sync->canLoadMore();
    m_loadMore->setVisible(more);
    if (more)
        m_loadMore->setToolTip(
                tr("Asks LinkedIn for the next %n conversation(s): %1", nullptr, m_sync->pageSize())
                        .arg(tr("%n credit(s)", nullptr,
                                Billing::creditsForResults(m_sync->pageSize()))));
}

void InboxTab::showBanners()
{
    const ApiError error = m_sync ? m_sync->lastError() : ApiError();
    if (!m_sync || m_sync->state() != State::Error) {
        m_banner->hide();
    } else if (isNetworkTrouble(error) && m_model->rowCount() > 0) {
        if (!m_connectivity->isOffline()) {
            m_banner->hide(); // another call got through: it is going on
        } else {
            const QDateTime synced = m_sync->lastSynced();
            m_banner->showMessage(
                    synced.isValid() ? tr("Offline — showing conversations from %1")
                                               .arg(TimeFormat::conversationTime(
                                                       synced.toLocalTime(),
                                                       QDateTime::currentDateTime(), QLocale()))
                                     : tr("Offline — showing the saved conversations"));
        }
    } else {
        m_banner->showError(error);
    }
    if (m_sync && m_sync->hasGap())
        m_gap->showMessage(tr("There are newer conversations than a refresh brings in at once; "
                              "some may be missing between them and the ones below."),
                           tr("Load Them"));
    else
        m_gap->hide();
}

bool InboxTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Right
        && !currentConversationId().isEmpty()) {
        emit threadRequested(currentConversationId());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString InboxTab::statusText() const
{
    const int rows = m_model->rowCount();
    if (!m_sync) {
        return m_list == InboxList::WaitingOnMe
                ? tr("%n conversation(s) waiting on you", nullptr, rows)
                : tr("%n conversation(s) waiting on them", nullptr, rows);
    }
    QString text;
    switch (m_sync->state()) {
    case State::Idle: text = tr("%n conversation(s) loaded", nullptr, rows); break;
    case State::Loading:
        text = rows == 0 ? tr("Loading conversations…")
                         : tr("%n conversation(s) loaded, loading more…", nullptr, rows);
        break;
    case State::Error:
        text = tr("%n conversation(s) loaded; the next page could not be loaded", nullptr, rows);
        break;
    case State::AtEnd:
        text = rows == 0 ? emptyText()
                         : tr("All %n conversation(s) loaded: end of the list", nullptr, rows);
        break;
    }
    const QDateTime synced = m_sync->lastSynced();
    if (synced.isValid())
        text += u" · "
                + tr("Updated %1")
                          .arg(TimeFormat::ago(synced, QDateTime::currentDateTimeUtc(), QLocale()));
    return text;
}

QString InboxTab::emptyText() const
{
    switch (m_list) {
    case InboxList::Inbox: return tr("No conversations in your inbox");
    case InboxList::InMail: return tr("No InMail conversations");
    case InboxList::Job: return tr("No job conversations");
    case InboxList::Unread: return tr("No unread conversations");
    case InboxList::WaitingOnMe: return tr("Nobody is waiting for your answer");
    case InboxList::WaitingOnThem: return tr("You are not waiting for anybody's answer");
    }
    return {};
}
