#pragma once

#include "api/apierror.h"
#include "api/linkupclient.h"
#include "messagerow.h"
#include "paging/pageloader.h"

#include <QAbstractListModel>
#include <QSet>

#include <functional>

class OutgoingMessages;
class ThreadStore;
struct OutgoingMessage;

// The messages of one conversation in chat order: the oldest row at the top, the newest
// at the bottom. What the store holds shows at once; older messages come from the store
// first and from the network after (loadOlder(), inserted at the top with
// beginInsertRows(0, n - 1), so a view can keep what the user reads in place); newer
// ones come only through refreshNewest(), asked when the list shows a newer last message
// than the thread's newest. Every page from the network is stored. Paging follows the
// shared PageLoader rules; the network is reached only through the FetchPage it is given.
//
// Messages the user sends from the app are rows too (OutgoingMessages owns them; the model
// shows them): at their time, with a delivery state. When a page brings the server's copy
// of a sent one (the owner's, same text, within MatchWindowMs), that copy takes the row's
// place instead of showing the message twice; a message still on its way is matched once
// it is sent.
//
// canFetchMore() is false on purpose: a view calls fetchMore() whenever its last row is
// visible, and in a chat the last row is the newest message, always on screen, so the
// view would pull in the whole thread page by page at a credit each.
class MessageListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(LoadState state READ state NOTIFY stateChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // entity_urn (may be empty)
        TextRole, // the server's text as it came: untrusted, never rich text
        TimeRole, // QDateTime (UTC); invalid when the reply had none
        SenderNameRole, // "First Last", sanitized to one line
        SentByMeRole,
        IsSystemRole,
        StartsRunRole, // first row of a run by one sender: show name and avatar
        StartsDayRole, // first row of a local calendar day: show a day separator
        DeliveryRole, // MessageRow::Delivery as an int: None for the server's messages
        LocalKeyRole, // an outgoing message's key in OutgoingMessages (else empty)
        DeliveryErrorRole, // NotSent: why, translated (may quote the server)
    };
    Q_ENUM(Role)

    using LoadState = PageLoader::State;
    using FetchPage = std::function<ApiCall *(const ConversationQuery &query, QObject *context,
                                              LinkupClient::ConversationCallback onDone)>;

    // The conversation call bills 1 credit per 10 messages: 10 is the first screen.
    static constexpr int DefaultPageSize = 10;
    // Stored messages shown at once when a thread opens, and per loadOlder() after.
    static constexpr int StoredAtOpen = 200;
    static constexpr int StoredPerStep = 100;
    static constexpr int MaxCatchUpPages = 5;
    // How far apart the times of a sent message and its server copy may be (clocks differ).
    static constexpr qint64 MatchWindowMs = qint64(30) * 60 * 1000;

    MessageListModel(FetchPage fetch, ThreadStore *store, QObject *parent = nullptr);
    // Over the network only, nothing stored (tests, and sessions without a store).
    explicit MessageListModel(LinkupClient *client, QObject *parent = nullptr);
    ~MessageListModel() override;

    // Forgets what was shown and shows this conversation: what is stored, or else its
    // newest page. The same conversation again is a no-op; an empty id clears the model.
    void setConversation(const QString &conversationId, const QString &country,
                         const Person &participant);
    QString conversationId() const { return m_conversationId; }
    QString country() const { return m_country; }
    Person participant() const { return m_participant; }

    // Where the messages written in the app are; set before setConversation().
    void setOutgoing(OutgoingMessages *outgoing);

    // Rounded by the billing rule (Billing::normalizedPageSize).
    void setPageSize(int requested);
    int pageSize() const { return m_pageSize; }
    // At most this many pages per conversation (at least 1).
    void setMaxPages(int pages) { m_loader.setMaxPages(pages); }
    int maxPages() const { return m_loader.maxPages(); }

    LoadState state() const;
    ApiError lastError() const;
    int pagesLoaded() const { return m_loader.pagesLoaded(); }
    // True when loadOlder() would add rows now (from the store or a request).
    bool canLoadOlder() const;
    // The newest message shown (invalid: none).
    QDateTime newestTime() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;

    const ThreadMessage *messageAt(int row) const;
    int rowOf(const QString &messageId) const;

    static bool isSentByMe(const ThreadMessage &message, const Person &participant,
                           const QString &conversationId)
    {
        return MessageRow::isSentByMe(message, participant, conversationId);
    }

public slots:
    // The messages before the first row: from the store while it has them, then the
    // network (no-op unless canLoadOlder()).
    void loadOlder();
    // The newest page again, its new messages added at the bottom (and on, bounded,
    // until the pages meet what is shown).
    void refreshNewest();
    // After an error: asks again for the page that failed (honouring Retry-After).
    void retry();
    // Forgets every row and shows the same conversation again.
    void refresh();

signals:
    void stateChanged(PageLoader::State state);
    // A page was added: the first one at the bottom of an empty model, older ones at the
    // top, newer ones at the bottom. addedRows may be 0 (a page of duplicates).
    void pageLoaded(int addedRows);

private:
    void restart();
    ApiCall *startPage(PageLoader *loader, const PageLoader::Ticket &ticket);
    void onOlderPage(const PageLoader::Ticket &ticket, const ConversationResult &result);
    void onNewestPage(const PageLoader::Ticket &ticket, const ConversationResult &result);
    int prepend(const QList<ThreadMessage> &oldestFirst);
    int insertNewer(const QList<ThreadMessage> &newestFirst, bool *metShown);
    int serverRowCount() const { return int(m_rows.size()) - m_outgoingRows; }
    int placeFor(qint64 time) const;
    void keepInOrder(int row);
    void addOutgoingRows();
    bool absorbIntoSent(const ThreadMessage &server);
    int rowOfLocalKey(const QString &localKey) const;
    void removeOutgoingRow(int at);
    void onOutgoingAdded(const OutgoingMessage &outgoing);
    void onOutgoingChanged(const OutgoingMessage &outgoing);
    void onOutgoingRemoved(const QString &conversationId, const QString &localKey);
    void store(const ConversationResult &result, bool olderPage);
    void updateState();

    FetchPage m_fetch;
    ThreadStore *m_store = nullptr;
    QString m_conversationId;
    QString m_country;
    Person m_participant;
    int m_pageSize = DefaultPageSize;

    QList<MessageRow> m_rows; // oldest first
    QSet<QString> m_keys;
    OutgoingMessages *m_outgoing = nullptr;
    int m_outgoingRows = 0;
    QSet<QString> m_claimed; // keys of the server copies that took a sent message's row
    int m_storedShown = 0; // stored messages shown so far (the newest ones)
    int m_storedTotal = 0;
    PageLoader m_loader; // older pages
    PageLoader m_newest; // refreshNewest()
    LoadState m_state = LoadState::Idle;
    int m_catchUpPages = 0;
};
