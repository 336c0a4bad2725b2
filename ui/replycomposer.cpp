#include "replycomposer.h"

#include "errorbanner.h"
#include "replybox.h"
#include "replyedit.h"
#include "store/draftstore.h"
#include "text/displaytext.h"
#include "thread/outgoingmessages.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int MaxReasonChars = 300;

} // namespace

ReplyComposer::ReplyComposer(QWidget *parent)
    : QWidget(parent)
    , m_notSent(new ErrorBanner)
    , m_box(new ReplyBox)
{
    setObjectName(QStringLiteral("replyComposer"));
    m_notSent->setObjectName(QStringLiteral("notSentBanner"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notSent);
    layout->addWidget(m_box);
    setFocusProxy(m_box);

    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(DraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &ReplyComposer::saveDraft);
    connect(m_box, &ReplyBox::edited, this, [this] {
        m_draftDirty = true;
        m_draftTimer.start();
    });
    connect(m_box, &ReplyBox::sendRequested, this, &ReplyComposer::send);
    connect(m_notSent, &ErrorBanner::retryRequested, this, &ReplyComposer::retry);
    connect(m_notSent, &ErrorBanner::actionRequested, this, &ReplyComposer::edit);
}

ReplyComposer::~ReplyComposer()
{
    saveDraft();
}

void ReplyComposer::setServices(OutgoingMessages *outgoing, DraftStore *drafts)
{
    if (m_outgoing)
        m_outgoing->disconnect(this);
    m_outgoing = outgoing;
    m_drafts = drafts;
    if (outgoing) {
        for (const auto signal : {&OutgoingMessages::added, &OutgoingMessages::changed})
            connect(outgoing, signal, this, &ReplyComposer::showOutgoing);
        connect(outgoing, &OutgoingMessages::removed, this, &ReplyComposer::showOutgoing);
        connect(outgoing, &OutgoingMessages::sendingCountChanged, this,
                &ReplyComposer::showOutgoing);
    }
    showOutgoing();
}

void ReplyComposer::setConversation(const QString &conversationId, const QUrl &recipient,
                                    const QString &country)
{
    if (conversationId == m_conversationId && recipient == m_recipient && country == m_country)
        return;
    if (conversationId != m_conversationId) {
        saveDraft();
        m_box->setText(m_drafts ? m_drafts->text(conversationId) : QString());
    }
    m_conversationId = conversationId;
    m_recipient = recipient;
    m_country = country;
    showOutgoing();
}

void ReplyComposer::clear()
{
    saveDraft();
    m_conversationId.clear();
    m_recipient.clear();
    m_country.clear();
    m_box->setText({});
    showOutgoing();
}

void ReplyComposer::saveDraft()
{
    m_draftTimer.stop();
    if (!m_draftDirty)
        return;
    m_draftDirty = false;
    if (m_drafts && !m_conversationId.isEmpty())
        m_drafts->setText(m_conversationId, m_box->text());
}

void ReplyComposer::focusBox()
{
    m_box->editor()->setFocus(Qt::ShortcutFocusReason);
}

void ReplyComposer::send(const QString &text)
{
    if (!m_outgoing || m_conversationId.isEmpty())
        return;
    if (m_outgoing->send(m_conversationId, m_recipient, m_country, text).isEmpty())
        return; // refused (one on its way, no profile to send to): the text stays
    // The text lives in the thread now, "Sending…", and Edit gives it back if it fails:
    // it is no longer a draft.
    m_draftTimer.stop();
    m_draftDirty = false;
    m_box->setText({});
    if (m_drafts)
        m_drafts->setText(m_conversationId, {});
}

void ReplyComposer::retry()
{
    const QString key = m_notSentKey; // showOutgoing() changes it while retry() runs
    if (m_outgoing)
        m_outgoing->retry(key);
}

void ReplyComposer::edit()
{
    if (!m_outgoing)
        return;
    const QString key = m_notSentKey;
    const QString text = m_outgoing->takeBack(key);
    if (text.isEmpty())
        return;
    // What is in the box already stays, below the message taken back.
    const QString typed = m_box->text();
    m_box->setText(OutgoingMessages::isBlank(typed) ? text : QString(text + u"\n\n" + typed));
    m_draftDirty = true;
    saveDraft();
    focusBox();
}

void ReplyComposer::showOutgoing()
{
    const bool busy =
            m_outgoing && !m_conversationId.isEmpty() && m_outgoing->isSending(m_conversationId);
    m_box->setBusy(busy);
    const bool replyable = !m_conversationId.isEmpty() && !m_recipient.isEmpty();
    m_box->setEnabled(replyable);
    m_box->editor()->setPlaceholderText(
            replyable || m_conversationId.isEmpty()
                    ? tr("Write a reply…")
                    : tr("This conversation names no profile to send a reply to."));
    m_notSentKey.clear();
    QString reason;
    if (m_outgoing && !m_conversationId.isEmpty()) {
        const QList<OutgoingMessage> messages = m_outgoing->messages(m_conversationId);
        for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
            if (it->state == OutgoingMessage::State::NotSent) {
                m_notSentKey = it->localKey;
                reason = DisplayText::singleLine(it->error.message, MaxReasonChars);
                break;
            }
        }
    }
    if (m_notSentKey.isEmpty()) {
        m_notSent->hide();
        return;
    }
    m_notSent->showMessage(tr("Not sent: %1").arg(reason), tr("&Edit"));
    // One request at a time per conversation: Retry waits for the one on its way.
    m_notSent->retryButton()->setEnabled(!busy);
}
