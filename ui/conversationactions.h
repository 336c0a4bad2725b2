#pragma once

#include "api/linkuptypes.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

// What the user can do with one conversation: open the participant's profile (only
// https on linkedin.com: UrlPolicy), copy the profile link or the last message, and the
// context menu that offers them. Every action names its conversation by id and looks it
// up when it runs, so no row number can make it hit another conversation.
class ConversationActions : public QObject
{
    Q_OBJECT

public:
    using Lookup = std::function<Conversation(const QString &conversationId)>;
    using CurrentId = std::function<QString()>;
    // Opens a URL outside the app; QDesktopServices by default, injected in tests.
    using UrlOpener = std::function<bool(const QUrl &)>;

    ConversationActions(Lookup lookup, CurrentId current, QObject *parent = nullptr);

    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    // The menu and shortcut actions, acting on the current conversation.
    QAction *openProfileAction() const { return m_openProfile; }
    QAction *copyLinkAction() const { return m_copyLink; }
    QAction *copyMessageAction() const { return m_copyMessage; }
    // Enables them for the current conversation, as the list holds it: a move of the
    // current row (each Page Down) reads nothing from the store for it.
    void update(const Conversation &current);

    void openProfile(const QString &conversationId);
    void copyProfileLink(const QString &conversationId);
    void copyLastMessage(const QString &conversationId);
    // The conversation's context menu (owned by parent): Open Profile is disabled for
    // links that break the https-on-linkedin.com rule.
    QMenu *createContextMenu(const QString &conversationId, QWidget *parent);

signals:
    // A short note for the status bar (plain text).
    void statusMessage(const QString &text);

private:
    Lookup m_lookup;
    CurrentId m_current;
    UrlOpener m_openUrl;
    QAction *m_openProfile;
    QAction *m_copyLink;
    QAction *m_copyMessage;
};
