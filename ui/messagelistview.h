#pragma once

#include <QListView>

class QMenu;

// The thread's list of messages. A message is copied with Ctrl+C (the current one) or
// from its context menu: Copy Text, and Copy Link when the click is on a link. Ctrl+C
// here is the message's, not the window's (which copies the list row's last message).
class MessageListView : public QListView
{
    Q_OBJECT

public:
    explicit MessageListView(QWidget *parent = nullptr);

    // As QListView's, but the selection model it replaces is deleted: Qt keeps it (a
    // child of the view) for whoever may still hold it, and the thread pane changes
    // models for every conversation shown (25 MB of them after a Page Down through
    // 100 000). Nothing outside the view holds this view's selection model.
    void setModel(QAbstractItemModel *model) override;

    // The context menu for the message at pos (viewport coordinates), owned by the
    // caller; null where there is no message.
    QMenu *createContextMenu(const QPoint &pos);
    // The text the message shows (sanitized, in full); empty for none.
    static QString messageText(const QModelIndex &index);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    static void copy(const QString &text);
};
