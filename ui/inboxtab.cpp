#include "inboxtab.h"

#include "conversationlistview.h"
#include "errorbanner.h"
#include "inbox/conversationlistmodel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

using State = ConversationListModel::LoadState;

InboxTab::InboxTab(ConversationListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_banner(new ErrorBanner)
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
            tr("%1 conversations").arg(InboxCategories::displayName(model->category())));
    m_view->setModel(m_model);
    m_view->verticalScrollBar()->setSingleStep(24);

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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_loadingMore);
    setFocusProxy(m_view);

    connect(m_model, &ConversationListModel::stateChanged, this, &InboxTab::showState);
    connect(m_model, &ConversationListModel::rowsInserted, this, &InboxTab::showState);
    connect(m_model, &ConversationListModel::modelReset, this, &InboxTab::showState);
    connect(m_model, &ConversationListModel::pageLoaded, this, &InboxTab::onPageLoaded);
    connect(m_banner, &ErrorBanner::retryRequested, m_model, &ConversationListModel::retry);
    connect(m_banner, &ErrorBanner::actionRequested, this,
            [this] { emit credentialsFixRequested(m_model->lastError()); });
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

    // Opening the tab is asking for it: its first page goes out now rather than when the
    // (possibly hidden) view lays itself out, so the busy page never waits on a layout.
    m_model->loadMore();
    showState();
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

const Conversation *InboxTab::currentConversation() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->conversationAt(current.row()) : nullptr;
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
    if (const Conversation *conversation = currentConversation())
        m_reselectId = conversation->id;
    m_model->refresh();
}

void InboxTab::onPageLoaded()
{
    if (m_view->currentIndex().isValid() && m_reselectId.isEmpty())
        return;
    // After a refresh, the same conversation if it is still on the first page; else the
    // first row, so the keyboard has a place to start.
    const int row = m_reselectId.isEmpty() ? 0 : qMax(0, m_model->rowOf(m_reselectId));
    m_reselectId.clear();
    if (row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row));
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
    if (m_model->canLoadMore())
        m_model->loadMore();
    else
        m_wantsMore = m_model->state() == State::Loading;
}

void InboxTab::showState()
{
    const State state = m_model->state();
    const bool empty = m_model->rowCount() == 0;
    if (empty && (state == State::Loading || state == State::Idle))
        m_stack->setCurrentWidget(m_busy);
    else if (empty && state == State::AtEnd)
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
    if (state == State::Idle && m_wantsMore) {
        // The user scrolled to the end while this page was on its way: go on, if the
        // new rows (laid out first, so the scroll range counts them) still leave them
        // within a screen of it.
        m_wantsMore = false;
        m_view->doItemsLayout();
        loadMoreIfNearEnd();
    }
    if (state == State::Error)
        m_banner->showMessage(m_model->lastError().message, fixFor(m_model->lastError()));
    else
        m_banner->hide();
    emit statusChanged();
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
    switch (m_model->state()) {
    case State::Idle: return tr("%n conversation(s) loaded", nullptr, rows);
    case State::Loading:
        return rows == 0 ? tr("Loading conversations…")
                         : tr("%n conversation(s) loaded, loading more…", nullptr, rows);
    case State::Error:
        return tr("%n conversation(s) loaded; the next page could not be loaded", nullptr, rows);
    case State::AtEnd:
        return rows == 0 ? emptyText()
                         : tr("All %n conversation(s) loaded: end of the list", nullptr, rows);
    }
    return {};
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
