#include "conversationactions.h"

#include "api/urlpolicy.h"
#include "api/urltext.h"
#include "text/displaytext.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QMenu>

ConversationActions::ConversationActions(Lookup lookup, CurrentId current, QObject *parent)
    : QObject(parent)
    , m_lookup(std::move(lookup))
    , m_current(std::move(current))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_openProfile(new QAction(tr("&Open Profile"), this))
    , m_copyLink(new QAction(tr("Copy Profile &Link"), this))
    , m_copyMessage(new QAction(tr("&Copy Last Message"), this))
{
    m_openProfile->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    // Only where it is added (the list, the thread): Return keeps its meaning elsewhere.
    m_openProfile->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyLink->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyMessage->setShortcut(QKeySequence::Copy);
    connect(m_openProfile, &QAction::triggered, this, [this] { openProfile(m_current()); });
    connect(m_copyLink, &QAction::triggered, this, [this] { copyProfileLink(m_current()); });
    connect(m_copyMessage, &QAction::triggered, this, [this] { copyLastMessage(m_current()); });
}

void ConversationActions::update(const Conversation &conversation)
{
    const bool any = !conversation.id.isEmpty();
    // Enabled for any row so Return on an unsafe link says why it is not opened; the
    // context menu disables its own item for such rows.
    m_openProfile->setEnabled(any);
    m_copyLink->setEnabled(!conversation.participant.profileUrl.isEmpty());
    m_copyMessage->setEnabled(any && !conversation.lastMessage.text.isEmpty());
}

void ConversationActions::openProfile(const QString &conversationId)
{
    const Conversation conversation = m_lookup(conversationId);
    if (conversation.id.isEmpty())
        return;
    const QUrl url = UrlText::toUrl(conversation.participant.profileUrl);
    if (!UrlPolicy::isOpenableProfileUrl(url)) {
        emit statusMessage(
                url.isEmpty() ? tr("This conversation has no profile link.")
                              : tr("Not opening “%1”: only https links to linkedin.com are opened.")
                                        .arg(DisplayText::singleLine(url.toDisplayString(), 120)));
        return;
    }
    if (!m_openUrl(url))
        emit statusMessage(tr("Could not open the browser."));
}

void ConversationActions::copyProfileLink(const QString &conversationId)
{
    const Conversation conversation = m_lookup(conversationId);
    if (conversation.id.isEmpty())
        return;
    QApplication::clipboard()->setText(conversation.participant.profileUrl);
    emit statusMessage(tr("Profile link copied"));
}

void ConversationActions::copyLastMessage(const QString &conversationId)
{
    const Conversation conversation = m_lookup(conversationId);
    if (conversation.id.isEmpty())
        return;
    QApplication::clipboard()->setText(conversation.lastMessage.text);
    emit statusMessage(tr("Last message copied"));
}

QMenu *ConversationActions::createContextMenu(const QString &conversationId, QWidget *parent)
{
    const Conversation conversation = m_lookup(conversationId);
    if (conversation.id.isEmpty())
        return nullptr;
    auto *menu = new QMenu(parent);
    const QString id = conversationId;
    QAction *open = menu->addAction(m_openProfile->text(), this, [this, id] { openProfile(id); });
    open->setEnabled(
            UrlPolicy::isOpenableProfileUrl(UrlText::toUrl(conversation.participant.profileUrl)));
    QAction *link = menu->addAction(m_copyLink->text(), this, [this, id] { copyProfileLink(id); });
    link->setEnabled(!conversation.participant.profileUrl.isEmpty());
    QAction *text =
            menu->addAction(m_copyMessage->text(), this, [this, id] { copyLastMessage(id); });
    text->setEnabled(!conversation.lastMessage.text.isEmpty());
    return menu;
}
