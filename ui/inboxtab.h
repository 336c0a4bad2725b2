#pragma once

#include "inbox/inboxcategory.h"

#include <QWidget>

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
// Retry on errors (rows stay), a thin bar while the next page loads. It also starts
// the next page a screen before the end, so steady scrolling never waits.
class InboxTab : public QWidget
{
    Q_OBJECT

public:
    InboxTab(ConversationListModel *model, QWidget *parent = nullptr);

    ConversationListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    ErrorBanner *errorBanner() const { return m_banner; }

    // The conversation under the keyboard cursor, or null.
    const Conversation *currentConversation() const;
    int currentRow() const;

    // Reloads from the first page and selects the same conversation again if it is there.
    void refresh();
    // One line for the status bar.
    QString statusText() const;

signals:
    void statusChanged();
    void currentConversationChanged();
    void conversationActivated(int row); // double-click
    void conversationClicked(int row);
    void threadRequested(int row); // the Right arrow: read this conversation
    void contextMenuRequested(int row, const QPoint &globalPos);
    // The banner's "Log In Again…" / "Change API Key…" was pressed.
    void credentialsFixRequested(const ApiError &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showState();
    void prefetchIfNearEnd();
    void onPageLoaded();
    QString emptyText() const;
    static QString fixFor(const ApiError &error);

    ConversationListModel *m_model;
    ErrorBanner *m_banner;
    QStackedWidget *m_stack;
    QListView *m_view;
    QWidget *m_busy;
    QLabel *m_empty;
    QProgressBar *m_loadingMore;
    QString m_reselectId; // after refresh(): the conversation to select again
};
