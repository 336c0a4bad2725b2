#include "traycontroller.h"

#include "inbox/inboxsync.h"
#include "session/inboxsession.h"
#include "store/conversationstore.h"
#include "text/displaytext.h"
#include "text/richtextguard.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QWidget>

namespace {

constexpr int PreviewChars = 140;
constexpr int MaxNotificationsAtOnce = 3;

// The tray's own balloons; a click on one opens the conversation it told of.
class TrayNotifier : public Notifier
{
public:
    explicit TrayNotifier(QSystemTrayIcon *icon, QObject *parent)
        : Notifier(parent)
        , m_icon(icon)
    {
        connect(icon, &QSystemTrayIcon::messageClicked, this,
                [this] { emit clicked(m_lastConversation); });
    }

    bool isAvailable() const override
    {
        return m_icon->isVisible() && QSystemTrayIcon::supportsMessages();
    }

    void show(const QString &title, const QString &body, const QString &conversationId) override
    {
        m_lastConversation = conversationId;
        // Some notification services read markup: the text goes as plain, guarded.
        m_icon->showMessage(RichTextGuard::asNotificationText(title),
                            RichTextGuard::asNotificationText(body), QSystemTrayIcon::Information);
    }

private:
    QSystemTrayIcon *m_icon;
    QString m_lastConversation;
};

} // namespace

TrayController::TrayController(InboxSession *inbox, QWidget *window, ShownConversation shown,
                               QObject *parent)
    : QObject(parent)
    , m_inbox(inbox)
    , m_window(window)
    , m_shown(std::move(shown))
    , m_menu(new QMenu)
    , m_showHide(new QAction(tr("&Hide Linkup Inbox"), this))
    , m_icon(new QSystemTrayIcon(this))
    , m_ownNotifier(new TrayNotifier(m_icon, this))
    , m_notifier(m_ownNotifier)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_menu->addAction(m_showHide);
    connect(m_showHide, &QAction::triggered, this, &TrayController::toggleWindow);
    m_menu->addAction(tr("&Refresh"), this, &TrayController::refreshRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &TrayController::quitRequested);
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        m_showHide->setText(m_window->isVisible() ? tr("&Hide Linkup Inbox")
                                                  : tr("&Show Linkup Inbox"));
    });
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    toggleWindow();
            });
    connect(m_ownNotifier, &Notifier::clicked, this, &TrayController::openConversation);
    connect(inbox, &InboxSession::unreadCountsChanged, this, &TrayController::updateCount);
    connect(inbox, &InboxSession::newMessages, this, &TrayController::onNewMessages);
    updateCount();
    setTrayEnabled(true);
}

TrayController::~TrayController()
{
    delete m_menu;
}

void TrayController::setTrayEnabled(bool enabled)
{
    m_trayEnabled = enabled;
    m_icon->setVisible(enabled && QSystemTrayIcon::isSystemTrayAvailable());
}

bool TrayController::isTrayVisible() const
{
    return m_icon->isVisible();
}

void TrayController::setNotifier(Notifier *notifier)
{
    if (m_notifier && m_notifier != m_ownNotifier)
        m_notifier->disconnect(this);
    m_notifier = notifier ? notifier : m_ownNotifier;
    if (m_notifier != m_ownNotifier)
        connect(m_notifier, &Notifier::clicked, this, &TrayController::openConversation);
}

QIcon TrayController::countedIcon(const QIcon &base, int count)
{
    if (count <= 0)
        return base;
    QPixmap pixmap = base.pixmap(64, 64);
    if (pixmap.isNull()) {
        pixmap = QPixmap(64, 64);
        pixmap.fill(Qt::transparent);
    }
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF badge(28, 28, 36, 36);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xD0, 0x32, 0x2A));
    painter.drawEllipse(badge);
    QFont font = painter.font();
    font.setPixelSize(count > 99 ? 16 : 22);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter,
                     count > 99 ? QStringLiteral("99+") : QString::number(count));
    painter.end();
    return QIcon(pixmap);
}

void TrayController::updateCount()
{
    const int unread = m_inbox->isOpen() ? m_inbox->unreadCount(InboxCategory::Inbox) : 0;
    m_icon->setIcon(countedIcon(QApplication::windowIcon(), unread));
    m_icon->setToolTip(unread > 0 ? tr("Linkup Inbox — %n unread", nullptr, unread)
                                  : tr("Linkup Inbox"));
}

void TrayController::onNewMessages(const QList<qint64> &keys)
{
    if (!m_notify || !m_notifier || !m_notifier->isAvailable())
        return;
    const QString shown = m_window->isActiveWindow() ? m_shown() : QString();
    int told = 0;
    for (const ConversationRecord &record : m_inbox->conversations()->records(keys)) {
        const Conversation &c = record.conversation;
        if (record.sentByMe || c.id == shown || ++told > MaxNotificationsAtOnce)
            continue; // nothing to tell of what one wrote, or of what one is reading
        m_notifier->show(DisplayText::singleLine(c.participant.name, 80),
                         DisplayText::singleLine(c.lastMessage.text, PreviewChars), c.id);
    }
}

void TrayController::toggleWindow()
{
    if (m_window->isVisible() && m_window->isActiveWindow()) {
        m_window->hide();
        return;
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}
