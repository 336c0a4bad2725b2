#pragma once

#include "api/apierror.h"
#include "api/linkuptypes.h"
#include "thread/messagelistmodel.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>

class AvatarStore;
class DraftStore;
class ElidedLabel;
class ErrorBanner;
class MessageDelegate;
class OutgoingMessages;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class ReplyComposer;
class ThreadCache;

// The conversation pane beside the list: a header (picture, name, headline, Open
// Profile) over the thread, oldest message at the top. Scrolling to the top (or Page Up
// there) loads older messages without moving what the reader is looking at. Errors keep
// what is shown and offer Retry. Threads come from the session's ThreadCache, so one
// already loaded is shown again without a request. Under a thread (loaded or loading)
// is its reply box (ReplyComposer); the keyboard goes thread → reply box → list.
class ThreadPane : public QWidget
{
    Q_OBJECT

public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    ThreadPane(ThreadCache *threads, AvatarStore *avatars, QWidget *parent = nullptr);

    // How a conversation may be shown: loading its thread (the user picked it), or only
    // when that costs nothing; otherwise the pane offers to load it.
    enum class Loading { Allowed, OnlyIfFree };
    void showConversation(const Conversation &conversation, const QString &country,
                          Loading loading = Loading::Allowed);
    void clear();
    QString conversationId() const;
    MessageListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    ErrorBanner *errorBanner() const { return m_banner; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *loadButton() const { return m_load; }
    void setUrlOpener(UrlOpener opener);
    // Where replies go and drafts are kept (the session's); without them no box shows.
    void setReplyServices(OutgoingMessages *outgoing, DraftStore *drafts);
    ReplyComposer *reply() const { return m_reply; }
    // Gives the keyboard to the reply box when it shows, else as focusThread().
    void focusReply();
    // Gives the keyboard to the messages, or to what the pane shows instead of them.
    void focusThread();
    // In a narrow window the pane replaces the list, and Back returns to it.
    void setBackVisible(bool visible);

signals:
    void openProfileRequested();
    void backRequested();
    void credentialsFixRequested(const ApiError &error);
    // The conversation's messages are on screen: the user is reading it (once a showing).
    void threadRead(const QString &conversationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showState();
    void loadOlderIfAtTop();
    void rememberAnchor(const QModelIndex &parent, int first);
    void restoreAnchor();
    void onRowsInserted(const QModelIndex &parent, int first);
    void onPageLoaded();
    void updateHeaderPicture();
    void showHeader(const Person &participant);

    ThreadCache *m_threads;
    AvatarStore *m_avatars;
    QPointer<MessageListModel> m_model;
    Person m_participant;
    QUrl m_pictureUrl; // m_participant's, as the avatar store names it
    Conversation m_offered; // shown with "Load Messages", not loaded yet
    QString m_offeredCountry;

    QLabel *m_picture;
    ElidedLabel *m_name; // both on the layout's leading side, each in its own direction
    ElidedLabel *m_headline;
    QPushButton *m_openProfile;
    QPushButton *m_back;
    ErrorBanner *m_banner;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QWidget *m_loadPrompt;
    QPushButton *m_load;
    QWidget *m_busy;
    QListView *m_view;
    QProgressBar *m_loadingOlder;
    MessageDelegate *m_delegate;
    ReplyComposer *m_reply;
    bool m_replying = false; // reply services are set
    int m_anchorFromBottom = -1; // while older rows are inserted at the top
    bool m_toldRead = false; // threadRead() was emitted for this showing
    bool m_followBottom = false; // the page goes below what the reader sees: scroll with it
    bool m_atBottom = true; // the newest message is in sight: a smaller view keeps it so
};
