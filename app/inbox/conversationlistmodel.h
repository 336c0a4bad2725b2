#pragma once

#include "inboxlist.h"
#include "store/conversationstore.h"

#include <QAbstractListModel>
#include <QCache>
#include <QHash>
#include <QUrl>

#include <functional>

class AvatarStore;
class DraftStore;

// The conversations of one list (a category, a waiting view, search results), as the
// store holds them. The model keeps only each row's key, time and unread flag in memory
// (24 bytes a row); what a row shows is read from the store for the rows around the ones
// asked for and cached, so a list of 100 000 conversations costs little more than the
// screen it fills.
//
// Rows are identified by the store's key, never by position: merge() folds what a page
// did into the list in place (dataChanged), moving a conversation whose place changed
// (beginMoveRows) and inserting new ones where they belong (beginInsertRows). A category
// never loses rows; a view (waiting, search) follows its query (resync()). The model is
// never reset by a refresh, so selections and the row under the user's eyes stay put.
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
        SeenRole, // read in the app since the last message: the badge is subdued
        DoneRole, // marked done since the last message
        SnippetRole, // a search hit's words from the thread (empty: none)
        WaitingRole, // the row belongs to a waiting view: it shows how long
        HasDraftRole, // the user typed a reply and has not sent it
    };
    Q_ENUM(Role)

    enum class Order { NewestFirst, UnreadFirst, OldestFirst };
    Q_ENUM(Order)

    using KeySource = std::function<QList<ConversationKey>()>;

    // How many rows one read from the store brings in, and how many stay cached (four
    // reads: a few screens either way; a row is about 1.5 KB with its display texts).
    static constexpr int ReadWindow = 64;
    static constexpr int CachedRows = 256;

    // A list of the store: a category's conversations, or a waiting view's.
    ConversationListModel(ConversationStore *store, InboxList list, QObject *parent = nullptr);
    ConversationListModel(ConversationStore *store, InboxCategory category,
                          QObject *parent = nullptr)
        : ConversationListModel(store, InboxLists::of(category), parent)
    {
    }
    ~ConversationListModel() override;

    InboxList list() const { return m_list; }
    // The category (for a view: Inbox, the one its labels fall back to).
    InboxCategory category() const;

    void setOrder(Order order);
    Order order() const { return m_order; }

    // Replaces the rows by what the store holds for the list (at start, or when the
    // store changed underneath: another account).
    void reload();
    // Folds in what writing a page did. A conversation new to the list is inserted only
    // when addNew (the page was this category's); otherwise only rows already in the
    // list are updated and moved. A view follows its query instead (resync()).
    void merge(const QList<ConversationWrite> &writes, bool addNew);
    // A view: rows in, out and moved to match the store; rows shown that still belong
    // are updated in place.
    void resync();
    // The rows of these keys changed in the store (a mark): read them again.
    void refreshRows(const QList<qint64> &keys);

    // A model of the same list over the same stores (a search's results), whose rows
    // follow what this one is told: marks, drafts and pictures show on both at once.
    ConversationListModel *companion(QObject *parent) const;

    // Search results instead of the list's own rows (the same model, so actions and
    // painting are the ones of every list); an empty list of hits shows nothing.
    void showHits(const QList<ConversationKey> &keys, const QHash<qint64, QString> &snippets);

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
    ConversationRecord recordAt(int row) const;
    QString idAt(int row) const;
    qint64 keyAt(int row) const { return row >= 0 && row < m_keys.size() ? m_keys.at(row).key : 0; }
    int rowOf(const QString &conversationId) const;
    int rowOfKey(const ConversationKey &key) const;
    QList<ConversationKey> keys() const { return m_keys; }

    // Whether a row is in memory, and reading rows in one go: a view that shows rows far
    // apart in this list (a search's filter) reads the ones it will paint, not each
    // one's neighbours here.
    bool isCached(int row) const;
    void readRows(const QList<int> &rows) const;
    // The rows one read brings in around row, of a list of count rows: ReadWindow of
    // them, most below (the direction lists are read in).
    static QList<int> readWindow(int row, int count);

signals:
    // Passed on to the companions: refreshRows() and draftChanged() were called.
    void rowsRefreshed(const QList<qint64> &keys);
    void draftRefreshed(const QString &conversationId);

private:
    // What a row shows, sanitized once for painting, with what the actions need.
    struct Row
    {
        ConversationRecord record;
        QString displayName;
        QString displayHeadline;
        QString displayText;
        QString displaySender;
        QUrl picture;
        bool hasDraft = false;
    };

    bool before(const ConversationKey &a, const ConversationKey &b) const;
    QList<ConversationKey> sourceKeys() const;
    const Row *rowAt(int row) const;
    void readAround(int row) const;
    void readKeys(const QList<qint64> &keys) const;
    int insertionPoint(const ConversationKey &key) const;
    void insertRow(const ConversationKey &key);
    void moveRow(int from, const ConversationKey &to);
    QString accessibleText(const Row &row) const;
    void onAvatarReady(const QUrl &url);

    ConversationStore *m_store;
    const InboxList m_list;
    Order m_order = Order::NewestFirst;
    QList<ConversationKey> m_keys; // in m_order
    QHash<qint64, QString> m_snippets; // search hits only
    bool m_showingHits = false;
    const DraftStore *m_drafts = nullptr;
    AvatarStore *m_avatars = nullptr;
    mutable QCache<qint64, Row> m_rows{CachedRows};
};
