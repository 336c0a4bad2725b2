#include "threadpane.h"

#include "api/urltext.h"
#include "avatars/avatarstore.h"
#include "elidedlabel.h"
#include "errorbanner.h"
#include "messagedelegate.h"
#include "messagelistview.h"
#include "painting.h"
#include "replybox.h"
#include "replycomposer.h"
#include "replyedit.h"
#include "text/displaytext.h"
#include "thread/messagelistmodel.h"
#include "thread/threadcache.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

constexpr int HeaderAvatarSize = 40;
constexpr int LoadOlderDistance = 48; // px from the top that count as "at the top"

QLabel *plainLabel()
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText); // names and headlines come from the server
    return label;
}

} // namespace

ThreadPane::ThreadPane(ThreadCache *threads, AvatarStore *avatars, QWidget *parent)
    : QWidget(parent)
    , m_threads(threads)
    , m_avatars(avatars)
    , m_picture(new QLabel)
    , m_name(new ElidedLabel)
    , m_headline(new ElidedLabel)
    , m_openProfile(new QPushButton(tr("Open &Profile")))
    , m_back(new QPushButton(tr("‹ Back")))
    , m_banner(new ErrorBanner)
    , m_stack(new QStackedWidget)
    , m_placeholder(plainLabel())
    , m_loadPrompt(new QWidget)
    , m_load(new QPushButton(tr("&Load Messages")))
    , m_busy(new QWidget)
    , m_view(new MessageListView)
    , m_loadingOlder(new QProgressBar)
    , m_delegate(new MessageDelegate(m_view))
    , m_reply(new ReplyComposer)
{
    setObjectName(QStringLiteral("threadPane"));
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_name->setFont(bold);
    m_name->setObjectName(QStringLiteral("name"));
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setForegroundRole(QPalette::PlaceholderText);
    m_picture->setFixedSize(HeaderAvatarSize, HeaderAvatarSize);
    m_back->setObjectName(QStringLiteral("back"));
    m_back->setToolTip(tr("Back to the list (Esc)"));
    m_back->setAccessibleName(tr("Back to the list")); // not "‹ Back"
    m_back->hide();
    m_openProfile->setObjectName(QStringLiteral("openProfile"));

    auto *names = new QVBoxLayout;
    names->setSpacing(0);
    names->addWidget(m_name);
    names->addWidget(m_headline);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(12, 8, 12, 8);
    header->addWidget(m_back);
    header->addWidget(m_picture);
    header->addLayout(names, 1);
    header->addWidget(m_openProfile);
    auto *headerWidget = new QWidget;
    headerWidget->setLayout(header);
    headerWidget->setObjectName(QStringLiteral("threadHeader"));

    m_view->setObjectName(QStringLiteral("thread"));
    m_view->setAccessibleName(tr("Messages"));
    // Variable heights that follow the pane width; see MessageDelegate.
    m_view->setUniformItemSizes(false);
    m_view->setWordWrap(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->verticalScrollBar()->setSingleStep(24);
    m_view->setItemDelegate(m_delegate);
    m_view->installEventFilter(this);
    m_reply->installEventFilter(this);
    m_delegate->setAvatarStore(avatars);
    m_delegate->setOwnerName(tr("You"));

    m_placeholder->setText(tr("Select a conversation to read it here."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    auto *busyLabel = new QLabel(tr("Loading messages…"));
    busyLabel->setAlignment(Qt::AlignCenter);
    auto *busyBar = new QProgressBar;
    busyBar->setRange(0, 0);
    busyBar->setTextVisible(false);
    busyBar->setMaximumWidth(200);
    auto *busyLayout = new QVBoxLayout(m_busy);
    busyLayout->addStretch();
    busyLayout->addWidget(busyLabel);
    busyLayout->addWidget(busyBar, 0, Qt::AlignHCenter);
    busyLayout->addStretch();
    auto *promptText = plainLabel();
    promptText->setText(tr("A conversation's messages load when you pick it with a click or "
                           "the arrow keys."));
    promptText->setWordWrap(true);
    promptText->setAlignment(Qt::AlignCenter);
    promptText->setForegroundRole(QPalette::PlaceholderText);
    m_load->setObjectName(QStringLiteral("loadMessages"));
    m_load->setToolTip(tr("Loads the newest messages (1 credit)"));
    auto *promptLayout = new QVBoxLayout(m_loadPrompt);
    promptLayout->addStretch();
    promptLayout->addWidget(promptText);
    promptLayout->addWidget(m_load, 0, Qt::AlignHCenter);
    promptLayout->addStretch();
    connect(m_load, &QPushButton::clicked, this, [this] {
        showConversation(m_offered, m_offeredCountry, Loading::Allowed);
        focusThread();
    });
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_loadPrompt);
    m_stack->addWidget(m_busy);
    m_stack->addWidget(m_view);

    m_loadingOlder->setRange(0, 0);
    m_loadingOlder->setTextVisible(false);
    m_loadingOlder->setFixedHeight(4);
    m_loadingOlder->setAccessibleName(tr("Loading older messages"));
    m_loadingOlder->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(headerWidget);
    layout->addWidget(m_banner);
    layout->addWidget(m_loadingOlder);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_reply);
    m_reply->hide();
    setTabOrder(m_view, m_reply->box()->editor());
    // Esc goes back to the list from anywhere in the pane, even while it loads.
    auto *back = new QAction(this);
    back->setShortcut(QKeySequence(Qt::Key_Escape));
    back->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QAction::triggered, this, &ThreadPane::backRequested);
    addAction(back);

    connect(m_openProfile, &QPushButton::clicked, this, &ThreadPane::openProfileRequested);
    connect(m_back, &QPushButton::clicked, this, &ThreadPane::backRequested);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &ThreadPane::loadOlderIfAtTop);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_atBottom = value >= m_view->verticalScrollBar()->maximum(); });
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        if (m_model)
            m_model->retry();
    });
    connect(m_banner, &ErrorBanner::actionRequested, this, [this] {
        if (m_model)
            emit credentialsFixRequested(m_model->lastError());
    });
    connect(m_avatars, &AvatarStore::avatarReady, this, [this](const QUrl &url) {
        if (url == m_pictureUrl) {
            updateHeaderPicture();
            m_view->viewport()->update();
        }
    });
    clear();
}

void ThreadPane::setUrlOpener(UrlOpener opener)
{
    m_delegate->setUrlOpener(std::move(opener));
}

void ThreadPane::setReplyServices(OutgoingMessages *outgoing, DraftStore *drafts)
{
    m_reply->setServices(outgoing, drafts);
    m_replying = outgoing && drafts;
}

void ThreadPane::focusReply()
{
    if (m_reply->isVisibleTo(this) && m_reply->box()->isEnabled())
        m_reply->focusBox();
    else
        focusThread();
}

void ThreadPane::setBackVisible(bool visible)
{
    m_back->setVisible(visible);
}

QString ThreadPane::conversationId() const
{
    return m_model ? m_model->conversationId() : QString();
}

void ThreadPane::clear()
{
    if (m_model)
        m_model->disconnect(this);
    m_model = nullptr;
    m_toldRead = false;
    m_reply->clear();
    m_reply->hide();
    m_participant = {};
    m_pictureUrl.clear();
    m_offered = {};
    m_offeredCountry.clear();
    m_view->setModel(nullptr);
    m_name->clear();
    m_headline->clear();
    m_picture->clear();
    m_openProfile->setEnabled(false);
    m_banner->hide();
    m_loadingOlder->hide();
    m_stack->setCurrentWidget(m_placeholder);
}

void ThreadPane::showConversation(const Conversation &conversation, const QString &country,
                                  Loading loading)
{
    MessageListModel *model = loading == Loading::Allowed || m_threads->isAtHand(conversation.id)
            ? m_threads->modelFor(conversation.id, country, conversation.participant,
                                  conversation.lastMessage.time)
            : nullptr;
    if (model && model == m_model)
        return;
    if (!model && m_offered.id == conversation.id && !conversation.id.isEmpty())
        return;
    clear();
    showHeader(conversation.participant);
    if (!model) {
        // Nothing to show for free: say so and let the user load it.
        m_offered = conversation;
        m_offeredCountry = country;
        m_stack->setCurrentWidget(m_loadPrompt);
        return;
    }
    m_model = model;
    m_view->setModel(model);
    if (m_replying) {
        m_reply->setConversation(conversation.id,
                                 UrlText::toUrl(conversation.participant.profileUrl), country);
        m_reply->show();
    }
    connect(model, &MessageListModel::stateChanged, this, &ThreadPane::showState);
    connect(model, &MessageListModel::pageLoaded, this, &ThreadPane::onPageLoaded);
    connect(model, &MessageListModel::rowsAboutToBeInserted, this, &ThreadPane::rememberAnchor);
    connect(model, &MessageListModel::rowsInserted, this, &ThreadPane::onRowsInserted);
    showState();
    if (model->rowCount() > 0)
        m_view->scrollToBottom(); // a thread shown again opens at its newest message
}

void ThreadPane::showHeader(const Person &participant)
{
    m_participant = participant;
    m_name->setText(DisplayText::singleLine(m_participant.name, 200));
    m_headline->setText(DisplayText::singleLine(m_participant.headline, 300));
    m_openProfile->setEnabled(!m_participant.profileUrl.isEmpty());
    m_pictureUrl = UrlText::toUrl(m_participant.pictureUrl);
    m_delegate->setParticipantAvatar(m_pictureUrl, m_participant.name);
    updateHeaderPicture();
}

void ThreadPane::updateHeaderPicture()
{
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(HeaderAvatarSize, HeaderAvatarSize) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    Painting::paintAvatar(&painter, QRect(0, 0, HeaderAvatarSize, HeaderAvatarSize), m_avatars,
                          m_pictureUrl, m_participant.name, m_participant.name);
    painter.end();
    m_picture->setPixmap(pixmap);
}

void ThreadPane::focusThread()
{
    // The messages when they are there, else what the pane offers: focus never goes
    // nowhere because the list of messages is still hidden behind the busy page.
    QWidget *target = m_view->isVisibleTo(this) ? static_cast<QWidget *>(m_view)
            : m_load->isVisibleTo(this)         ? static_cast<QWidget *>(m_load)
            : m_back->isVisibleTo(this)         ? static_cast<QWidget *>(m_back)
                                                : static_cast<QWidget *>(m_openProfile);
    target->setFocus();
}

void ThreadPane::showState()
{
    if (!m_model)
        return;
    using State = MessageListModel::LoadState;
    const State state = m_model->state();
    const bool empty = m_model->rowCount() == 0;
    // The keyboard follows the messages out of the busy page, but stays in the reply box.
    const QWidget *focus = QApplication::focusWidget();
    const bool hadFocus = isAncestorOf(focus) && !m_reply->isAncestorOf(focus);
    m_stack->setCurrentWidget(empty && state == State::Loading ? m_busy : m_view);
    if (hadFocus && m_stack->currentWidget() == m_view)
        m_view->setFocus();
    m_loadingOlder->setVisible(!empty && state == State::Loading);
    if (!empty && !m_toldRead) {
        m_toldRead = true; // once per showing: Mark as Unread must stay unread
        emit threadRead(m_model->conversationId());
    }
    if (state == State::Error) {
        m_banner->showError(m_model->lastError());
    } else {
        m_banner->hide();
    }
}

void ThreadPane::onPageLoaded()
{
    showState(); // the first rows: the thread is being read
    // Once more now that the page is complete: the first old row may have lost its day
    // separator or sender line, which changes its height.
    restoreAnchor();
    m_anchorFromBottom = -1;
    if (m_followBottom)
        m_view->scrollToBottom(); // a chat opens, and stays, at its newest message
    m_followBottom = false;
    loadOlderIfAtTop(); // a short first page leaves the view at its top
}

void ThreadPane::loadOlderIfAtTop()
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    if (m_model && m_model->rowCount() > 0 && bar->value() - bar->minimum() <= LoadOlderDistance
        && m_model->canLoadOlder())
        m_model->loadOlder();
}

void ThreadPane::rememberAnchor(const QModelIndex &, int first)
{
    // Older messages arrive at the top: keep the distance to the bottom so the message
    // being read stays where it is. Newer ones arrive at the bottom: a reader at the
    // bottom follows them, one reading older messages stays where they are.
    const QScrollBar *bar = m_view->verticalScrollBar();
    const int rows = m_view->model() ? m_view->model()->rowCount() : 0;
    const bool atTop = first == 0 && rows > 0;
    m_anchorFromBottom = atTop ? bar->maximum() - bar->value() : -1;
    m_followBottom = m_followBottom || rows == 0 || (!atTop && bar->value() >= bar->maximum());
}

void ThreadPane::restoreAnchor()
{
    if (m_anchorFromBottom < 0)
        return;
    m_view->doItemsLayout(); // the new rows' heights, before the scroll range is read
    QScrollBar *bar = m_view->verticalScrollBar();
    bar->setValue(bar->maximum() - m_anchorFromBottom);
}

void ThreadPane::onRowsInserted(const QModelIndex &, int first)
{
    restoreAnchor();
    // A message the user just wrote: in sight, whatever they were reading (it is no page,
    // so no pageLoaded() follows to scroll).
    if (m_model
        && !m_model->index(first).data(MessageListModel::LocalKeyRole).toString().isEmpty()) {
        m_followBottom = false;
        m_view->scrollToBottom();
        m_atBottom = true;
    }
}

bool ThreadPane::eventFilter(QObject *watched, QEvent *event)
{
    // The reply box grew or a bar came above it: the newest message stays in sight.
    if (watched == m_reply && event->type() == QEvent::Resize && m_atBottom)
        QMetaObject::invokeMethod(m_view, &QListView::scrollToBottom, Qt::QueuedConnection);
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Left && m_back->isVisible()) {
            emit backRequested();
            return true;
        }
        if (key->key() == Qt::Key_PageUp && m_model && m_model->canLoadOlder()
            && m_view->verticalScrollBar()->value() == m_view->verticalScrollBar()->minimum()) {
            m_model->loadOlder();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
