#pragma once

#include "inbox/inboxcategory.h"

#include <QWidget>

#include "conversationlistview.h"

class ConversationListModel;
struct ApiError;
class ErrorBanner;
class QLabel;
class QListView;
class QProgressBar;
class QStackedWidget;
struct Conversation;

// One tab: the conversation list of a category with its states around it: a busy
// page before the first rows, a friendly line for an empty category, a banner with
// Retry on errors (rows stay), a thin bar while the next page loads. It asks for the
// next page when the user scrolls (wheel, scroll bar, Down, Page Down, End) to within
// a screen of the end, and at no other time: showing, hiding, resizing or switching
// tabs never buys a page. Conversations are named by id in every signal, never by row.
class InboxTab : public QWidget
{
    Q_OBJECT

public:
    InboxTab(ConversationListModel *model, QWidget *parent = nullptr);

    ConversationListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    ErrorBanner *errorBanner() const { return m_banner; }

    // The conversation under the keyboard cursor, or null / empty.
    const Conversation *currentConversation() const;
    QString currentConversationId() const;
    // Makes this conversation current (as the program, not as the user's pick).
    bool selectConversation(const QString &conversationId);

    // Reloads from the first page and selects the same conversation again if it is there.
    void refresh();
    // One line for the status bar.
    QString statusText() const;

signals:
    void statusChanged();
    // pickedByUser: a click or an arrow key chose it; else the program or a jump moved
    // the current row (which alone never costs a request).
    void currentConversationChanged(bool pickedByUser);
    void conversationActivated(const QString &conversationId); // double-click
    void conversationClicked(const QString &conversationId);
    void threadRequested(const QString &conversationId); // the Right arrow: read it
    void contextMenuRequested(const QString &conversationId, const QPoint &globalPos);
    // The banner's "Log In Again…" / "Change API Key…" was pressed.
    void credentialsFixRequested(const ApiError &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showState();
    void loadMoreIfNearEnd();
    bool isNearEnd() const;
    void onPageLoaded();
    void onCurrentChanged();
    QString idAt(const QModelIndex &index) const;
    QString emptyText() const;
    static QString fixFor(const ApiError &error);

    ConversationListModel *m_model;
    ErrorBanner *m_banner;
    QStackedWidget *m_stack;
    ConversationListView *m_view;
    QWidget *m_busy;
    QLabel *m_empty;
    QProgressBar *m_loadingMore;
    QString m_reselectId; // after refresh(): the conversation to select again
    QString m_currentId;
    bool m_wantsMore = false; // the user reached the end while a page was on its way
};
