#pragma once

#include "notifier.h"

#include <QIcon>
#include <QObject>
#include <QPointer>

#include <functional>

class InboxSession;
class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

// The system tray icon, where the platform has one: the unread total in its tooltip
// and as a small count on the icon; its menu shows or hides the window, refreshes, and
// quits. It also tells of new messages a refresh found, through a Notifier (the tray's
// own, unless another is set): the sender and a plain preview, never while the window
// is active and showing that conversation; a click opens the conversation.
class TrayController : public QObject
{
    Q_OBJECT

public:
    using ShownConversation = std::function<QString()>;

    TrayController(InboxSession *inbox, QWidget *window, ShownConversation shown,
                   QObject *parent = nullptr);
    ~TrayController() override;

    // Off: no icon (and closing the window quits).
    void setTrayEnabled(bool enabled);
    bool isTrayEnabled() const { return m_trayEnabled; }
    void setNotificationsEnabled(bool enabled) { m_notify = enabled; }
    // For tests, or another notification service; the controller does not own it.
    void setNotifier(Notifier *notifier);
    bool isTrayVisible() const;

    QMenu *menu() const { return m_menu; }
    QSystemTrayIcon *icon() const { return m_icon; }
    // The icon with the unread count painted on it (0: the plain icon).
    static QIcon countedIcon(const QIcon &base, int count);

signals:
    void openConversation(const QString &conversationId);
    void refreshRequested();
    void quitRequested();

private:
    void updateCount();
    void onNewMessages(const QList<qint64> &keys);
    void toggleWindow();

    InboxSession *m_inbox;
    QWidget *m_window;
    ShownConversation m_shown;
    QMenu *m_menu;
    QAction *m_showHide;
    QSystemTrayIcon *m_icon;
    Notifier *m_ownNotifier;
    QPointer<Notifier> m_notifier;
    bool m_trayEnabled = true;
    bool m_notify = true;
};
