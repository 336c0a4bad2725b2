#pragma once

#include "api/inboxcategory.h"
#include "store/conversationstore.h"

#include <QAbstractListModel>
#include <QCache>

class AvatarStore;
class DraftStore;

// The conversations of one category, newest first, as the store holds them. The model
// keeps only each row's key and time in memory (16 bytes a row); what a row shows is
// read from the store for the rows around the ones asked for and cached, so a list of
// 100 000 conversations costs little more than the screen it fills.
//
// Rows are identified by the store's key, never by position: merge() folds what a page
// did into the list in place (dataChanged), moving a conversation whose last message is
// newer (beginMoveRows) and inserting new ones where they belong (beginInsertRows). It
// never resets the model, so selections and the row under the user's eyes stay put.
// Paging is InboxSync's; this model never asks the network for anything.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ParticipantNameRole,
        HeadlineRole,
        ProfileUrlRole,
        AvatarUrlRole,
        LastMessageTextRole,
        LastMessageTimeRole,
        SenderNameRole,
        SentByMeRole,
        UnreadCountRole,
        TypeRole,
        KeyRole, // the store's key (qint64)
        HasDraftRole, // the user typed a reply and has not sent it
    };
    Q_ENUM(Role)

    // How many rows one read from the store brings in, and how many stay cached.
    static constexpr int ReadWindow = 64;
    static constexpr int CachedRows = 1024;

    ConversationListModel(ConversationStore *store, InboxCategory category,
                          QObject *parent = nullptr);
    ~ConversationListModel() override;

    InboxCategory category() const { return m_category; }

    // Replaces the rows by what the store holds for the category (at start, or when the
    // store changed underneath: a new account).
    void reload();
    // Folds in what writing a page did. A conversation new to the category is inserted
    // only when addNew (the page was this category's); otherwise only rows already in
    // the list are updated and moved (a page of another category touched them).
    void merge(const QList<ConversationWrite> &writes, bool addNew);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // The view must not buy pages by itself: see InboxSync.
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;

    // Repaints (dataChanged with Qt::DecorationRole) the rows whose picture is ready.
    void setAvatarStore(AvatarStore *store);
    // Where the drafts are: read with the rows, a flag per cached row.
    void setDraftStore(const DraftStore *drafts) { m_drafts = drafts; }
    // The conversation's draft came, went or changed: its row reads it again.
    void draftChanged(const QString &conversationId);

    // The conversation shown in a row (an empty one for a row that is not there).
    Conversation conversationAt(int row) const;
    QString idAt(int row) const;
    int rowOf(const QString &conversationId) const;
    int rowOfKey(const ConversationKey &key) const;
    QList<ConversationKey> keys() const { return m_keys; }

private:
    // What a row shows, sanitized once for painting, with what the actions need.
    struct Row
    {
        Conversation conversation;
        QString displayName;
        QString displayHeadline;
        QString displayText;
        QString displaySender;
        bool sentByMe = false;
        bool hasDraft = false;
    };

    const Row *rowAt(int row) const;
    void readAround(int row) const;
    int insertionPoint(const ConversationKey &key) const;
    void moveRow(int from, const ConversationKey &to);
    QString accessibleText(const Row &row) const;
    void onAvatarReady(const QUrl &url);

    ConversationStore *m_store;
    const DraftStore *m_drafts = nullptr;
    const InboxCategory m_category;
    QList<ConversationKey> m_keys; // newest first (comesBefore)
    mutable QCache<qint64, Row> m_rows{CachedRows};
};
