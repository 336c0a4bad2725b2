#pragma once

#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QWidget>

class DraftStore;
class ErrorBanner;
class OutgoingMessages;
class ReplyBox;

// The reply box of the conversation the thread pane shows, with what it needs around it:
// the conversation's draft (shown when the conversation is, written a moment after the
// user stops typing and at once when it goes), sending through the session's
// OutgoingMessages (the box empties and the message joins the thread as "Sending…"), and
// a bar for the newest message of the conversation that was not sent, with Retry (the
// same text again) and Edit (the text back into the box). Nothing is retried by itself.
class ReplyComposer : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DraftDelayMs = 500;

    explicit ReplyComposer(QWidget *parent = nullptr);
    ~ReplyComposer() override;

    // Both belong to the session; either may go before this widget does.
    void setServices(OutgoingMessages *outgoing, DraftStore *drafts);
    // Shows this conversation's draft (the one before is saved first).
    void setConversation(const QString &conversationId, const QUrl &recipient,
                         const QString &country);
    // Saves the draft and shows no conversation.
    void clear();
    QString conversationId() const { return m_conversationId; }
    // Writes the draft now if it changed since it was last written.
    void saveDraft();
    void focusBox();

    ReplyBox *box() const { return m_box; }
    ErrorBanner *notSentBanner() const { return m_notSent; }
    QString notSentKey() const { return m_notSentKey; }

private:
    void send(const QString &text);
    void retry();
    void edit();
    void showOutgoing();

    QPointer<OutgoingMessages> m_outgoing;
    QPointer<DraftStore> m_drafts;
    QString m_conversationId;
    QUrl m_recipient;
    QString m_country;
    QString m_notSentKey; // the message the bar's Retry and Edit are for
    QTimer m_draftTimer;
    bool m_draftDirty = false;
    ErrorBanner *m_notSent;
    ReplyBox *m_box;
};
