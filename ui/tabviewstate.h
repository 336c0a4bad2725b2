#pragma once

#include "inbox/conversationlistmodel.h"

#include <QObject>
#include <QPersistentModelIndex>

#include <optional>

class ConversationStore;
class QListView;

// What a list's view showed when the app closed (its current conversation, the row at
// its top and how far that was scrolled), kept with the account's store under a key of
// the list, so the next start opens on it. The scroll waits for the view to have a size.
class TabViewState : public QObject
{
    Q_OBJECT

public:
    TabViewState(QListView *view, ConversationStore *store, const QString &listKey);

    void save() const;
    void restore();
    // The list's sort, kept apart (it is chosen, not left behind).
    void saveOrder(ConversationListModel::Order order);
    std::optional<ConversationListModel::Order> storedOrder() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString key(const char *what) const;
    QModelIndex indexOf(const QString &conversationId) const;
    void scrollToTop();

    QListView *m_view;
    ConversationStore *m_store;
    QString m_listKey;
    QPersistentModelIndex m_pendingTop;
    int m_pendingOffset = 0;
};
