#pragma once

#include "account/session.h"
#include "inbox/inboxlist.h"
#include "store/markstore.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

class ApiUsage;
class AvatarStore;
class Connectivity;
class ConversationListModel;
class ConversationSearch;
class ConversationStore;
class CreditLedger;
class DraftStore;
class InboxSync;
class LinkupClient;
class ListLoader;
class OutgoingMessages;
class StoreDatabase;
class ThreadCache;
class ThreadStore;
struct Conversation;
struct ConversationWrite;
struct InboxPage;
struct OutgoingMessage;

// The one object that owns the app's services for the inbox the Session points at: the
// usage meter, the connectivity, the store (one file per account, the demo's apart), the
// avatar store, the thread cache, the drafts and the outbox, and each category's model
// and sync. The window only shows them.
//
// A stored inbox opens with its rows at once. A first connection has no store yet: its
// first page names the account's owner, and so its file (an earlier one of the same
// account included); until then the session runs in memory. Signing out deletes the
// account's store. A message LinkupAPI took shows as the conversation's last message at
// once, in every list that has the conversation; what failed to go out when an inbox
// closes becomes its conversation's draft, so it waits in the box next time.
class InboxSession : public QObject
{
    Q_OBJECT

public:
    // The session must outlive this object.
    explicit InboxSession(Session *account, QObject *parent = nullptr);
    ~InboxSession() override;

    Session *account() const { return m_account; }
    LinkupClient *client() const;
    ApiUsage *usage() const { return m_usage; }
    CreditLedger *credits() const { return m_credits; }
    Connectivity *connectivity() const { return m_connectivity; }
    AvatarStore *avatars() const { return m_avatars; }
    ThreadCache *threads() const { return m_threads; }
    StoreDatabase *database() const { return m_database.get(); }
    ConversationStore *conversations() const { return m_conversations.get(); }
    // Any stored conversation of the account, in whatever list (empty when not stored).
    Conversation storedConversation(const QString &conversationId) const;
    ConversationSearch *search() const { return m_search.get(); }
    MarkStore *marks() const { return m_marks.get(); }
    DraftStore *drafts() const { return m_drafts.get(); }
    OutgoingMessages *outgoing() const { return m_outgoing; }

    // An inbox (the demo or an account) is open: the models and syncs exist.
    bool isOpen() const { return !m_syncs.isEmpty(); }
    // The list the window shows first when an inbox opens: read before the others, which
    // follow one event-loop turn each (listLoaded). Asking for a model or sync reads its
    // list at once if it still waits.
    void setFirstList(InboxList list) { m_firstList = list; }
    bool isLoaded(InboxList list) const;
    ConversationListModel *model(InboxList list) const;
    ConversationListModel *model(InboxCategory category) const;
    InboxSync *sync(InboxCategory category) const;
    // The sync of a category's list; null for a view (it costs nothing to keep).
    InboxSync *sync(InboxList list) const;

    // Sets a conversation's local mark and shows it in every list (a view may gain or
    // lose the row). Returns the mark it had, for undoing.
    Mark setMark(qint64 key, const Mark &mark);
    // Conversations with unread messages the store knows for the category.
    int unreadCount(InboxCategory category) const { return m_unread.value(category); }

    // A conversation changed here (a reply went out): stored, and folded into every
    // category's list that shows it (moved to the top when its last message is newer).
    void updateConversation(const Conversation &conversation);

signals:
    // The models and syncs of a new inbox exist (the window builds its tabs on them).
    void opened();
    // They are about to go (another inbox, signing out).
    void aboutToClose();
    void unreadCountsChanged();
    // A list read after the first (its rows and count are there now).
    void listLoaded(InboxList list);
    // Local marks changed (seen, done): what the tray and titles count may change.
    void marksChanged();
    // A refresh found new messages in these conversations (store keys).
    void newMessages(const QList<qint64> &keys);
    // Something about the saved inbox the user should know (plain words, translated).
    void storeProblem(const QString &message);

private:
    void onKindChanged(Session::Kind kind);
    void open(const QString &storeFile);
    void load(InboxList list);
    void close();
    void forgetStore();
    void onAboutToWrite(const InboxPage &page);
    void onWrote(InboxCategory category, const QList<ConversationWrite> &writes);
    // Folds writes into every list that has been read, but except.
    void mergeIntoLists(const QList<ConversationWrite> &writes,
                        std::optional<InboxList> except = std::nullopt);
    void applySettings();
    void countUnread();
    void onMessageSent(const OutgoingMessage &message);
    void keepUnsentAsDrafts();

    Session *m_account;
    InboxList m_firstList = InboxList::Inbox;
    ListLoader *m_lists;
    ApiUsage *m_usage;
    CreditLedger *m_credits;
    Connectivity *m_connectivity;
    AvatarStore *m_avatars;
    ThreadCache *m_threads;
    std::unique_ptr<StoreDatabase> m_database;
    std::unique_ptr<ConversationStore> m_conversations;
    std::unique_ptr<ThreadStore> m_threadStore;
    std::unique_ptr<ConversationSearch> m_search;
    std::unique_ptr<MarkStore> m_marks;
    std::unique_ptr<DraftStore> m_drafts;
    OutgoingMessages *m_outgoing;
    QHash<InboxList, ConversationListModel *> m_models;
    QHash<InboxCategory, InboxSync *> m_syncs;
    QHash<InboxCategory, int> m_unread;
    bool m_ownerPending = false; // in memory until a page names the account's owner
};
