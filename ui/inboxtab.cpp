#include "inboxtab.h"

#include "api/connectivity.h"
#include "errorbanner.h"
#include "inbox/conversationlistmodel.h"
#include "inbox/inboxsync.h"
#include "scrollanchor.h"
#include "store/conversationstore.h"
#include "text/timeformat.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
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

InboxTab::InboxTab(InboxSync *sync, Connectivity *connectivity, QWidget *parent)
    : QWidget(parent)
    , m_sync(sync)
    , m_model(sync->model())
    , m_connectivity(connectivity)
    , m_banner(new ErrorBanner)
    , m_gap(new ErrorBanner)
    , m_stack(new QStackedWidget)
    , m_view(new ConversationListView)
    , m_busy(new QWidget)
    , m_empty(new QLabel)
    , m_loadingMore(new QProgressBar)
{
    m_view->setObjectName(QStringLiteral("conversationList"));
    m_view->setUniformItemSizes(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // rows elide instead
    m_view->setAccessibleName(
            tr("%1 conversations").arg(InboxCategories::displayName(m_model->category())));
    m_view->setModel(m_model);
    m_view->verticalScrollBar()->setSingleStep(24);
    new ScrollAnchor(m_view); // merged rows above do not move the one being read

    auto *busyLabel = new QLabel(tr("Loading conversations…"));
    busyLabel->setAlignment(Qt::AlignCenter);
    auto *busyBar = new QProgressBar;
    busyBar->setRange(0, 0); // indeterminate
    busyBar->setTextVisible(false);
    busyBar->setMaximumWidth(240);
    auto *busyLayout = new QVBoxLayout(m_busy);
    busyLayout->addStretch();
    busyLayout->addWidget(busyLabel);
    busyLayout->addWidget(busyBar, 0, Qt::AlignHCenter);
    busyLayout->addStretch();

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::PlainText);
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
    layout->addWidget(m_loadingMore);
    setFocusProxy(m_view);

    connect(m_sync, &InboxSync::stateChanged, this, &InboxTab::showState);
    connect(m_sync, &InboxSync::gapChanged, this, &InboxTab::showBanners);
    connect(m_sync, &InboxSync::synced, this, &InboxTab::statusChanged);
    connect(m_model, &ConversationListModel::rowsInserted, this, &InboxTab::showState);
    connect(m_model, &ConversationListModel::modelReset, this, &InboxTab::showState);
    connect(m_sync, &InboxSync::pageLoaded, this, &InboxTab::onPageLoaded);
    connect(m_banner, &ErrorBanner::retryRequested, m_sync, &InboxSync::retry);
    connect(m_banner, &ErrorBanner::actionRequested, this,
            [this] { emit credentialsFixRequested(m_sync->lastError()); });
    connect(m_gap, &ErrorBanner::actionRequested, m_sync, &InboxSync::fillGap);
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
    showState();
    restoreViewState();
    onPageLoaded(); // stored rows: the keyboard has a place to start
}

QString InboxTab::viewStateKey(const char *what) const
{
    return QStringLiteral("view/%1/%2")
            .arg(InboxCategories::apiName(m_model->category()), QString::fromLatin1(what));
}

void InboxTab::saveViewState() const
{
    ConversationStore *store = m_sync->store();
    const QModelIndex top = m_view->indexAt(QPoint(1, 1));
    store->setMeta(viewStateKey("current"), currentConversationId());
    store->setMeta(viewStateKey("top"), idAt(top));
    store->setMeta(viewStateKey("offset"),
                   QString::number(top.isValid() ? m_view->visualRect(top).top() : 0));
}

void InboxTab::restoreViewState()
{
    ConversationStore *store = m_sync->store();
    const int current = m_model->rowOf(store->meta(viewStateKey("current")));
    if (current >= 0)
        m_view->setCurrentIndex(m_model->index(current));
    const int top = m_model->rowOf(store->meta(viewStateKey("top")));
    if (top <= 0)
        return;
    // Where the list was scrolled: once the view has its size (it has none yet).
    m_pendingTop = QPersistentModelIndex(m_model->index(top));
    m_pendingOffset = store->meta(viewStateKey("offset")).toInt();
    m_view->viewport()->installEventFilter(this);
}

void InboxTab::scrollToPendingTop()
{
    if (!m_pendingTop.isValid())
        return;
    m_view->doItemsLayout(); // the scroll range must hold the rows
    m_view->scrollTo(m_pendingTop, QAbstractItemView::PositionAtTop);
    QScrollBar *bar = m_view->verticalScrollBar();
    bar->setValue(bar->value() - m_pendingOffset);
    m_pendingTop = QPersistentModelIndex();
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
    emit currentConversationChanged(m_view->isPicking());
}

Conversation InboxTab::currentConversation() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->conversationAt(current.row()) : Conversation();
}

QString InboxTab::currentConversationId() const
{
    return idAt(m_view->currentIndex());
}

bool InboxTab::selectConversation(const QString &conversationId)
{
    const int row = m_model->rowOf(conversationId);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row));
    return true;
}

void InboxTab::refresh()
{
    // Merged in place: the selection follows its conversation by itself.
    m_sync->refresh();
}

void InboxTab::onPageLoaded()
{
    // The first rows give the keyboard a place to start; later pages change nothing.
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0));
}

bool InboxTab::isNearEnd() const
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    // The slider position: during a scroll bar action it is already where the user goes.
    return bar->maximum() - bar->sliderPosition() <= m_view->viewport()->height();
}

void InboxTab::loadMoreIfNearEnd()
{
    if (!isNearEnd() || m_stack->currentWidget() != m_view)
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
    if (!offline && m_sync->state() == State::Error && isNetworkTrouble(m_sync->lastError()))
        m_sync->retry();
    showBanners();
}

void InboxTab::showState()
{
    const State state = m_sync->state();
    const bool empty = m_model->rowCount() == 0;
    const bool unknown = !m_sync->lastSynced().isValid();
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
    emit statusChanged();
}

void InboxTab::showBanners()
{
    const ApiError error = m_sync->lastError();
    if (m_sync->state() != State::Error) {
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
        m_banner->showMessage(error.message, fixFor(error));
    }
    if (m_sync->hasGap())
        m_gap->showMessage(tr("There are newer conversations than a refresh brings in at once; "
                              "some may be missing between them and the ones below."),
                           tr("Load Them"));
    else
        m_gap->hide();
}

bool InboxTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize
        && m_view->viewport()->height() > 0 && m_pendingTop.isValid()) {
        m_view->viewport()->removeEventFilter(this);
        QMetaObject::invokeMethod(this, &InboxTab::scrollToPendingTop, Qt::QueuedConnection);
    }
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

QString InboxTab::fixFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::LoginExpired: return tr("Log In Again…");
    case ApiError::Kind::InvalidApiKey: return tr("Change API Key…");
    default: return {};
    }
}

QString InboxTab::emptyText() const
{
    switch (m_model->category()) {
    case InboxCategory::Inbox: return tr("No conversations in your inbox");
    case InboxCategory::InMail: return tr("No InMail conversations");
    case InboxCategory::Job: return tr("No job conversations");
    case InboxCategory::Unread: return tr("No unread conversations");
    }
    return {};
}
