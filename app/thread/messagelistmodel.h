#pragma once

#include "api/apierror.h"
#include "api/linkuptypes.h"
#include "api/threadtypes.h"
#include "paging/pageloader.h"

#include <QAbstractListModel>
#include <QDate>
#include <QDateTime>
#include <QSet>

class LinkupClient;
struct ConversationResult;

// The messages of one conversation in chat order: the oldest row at the top, the newest
// at the bottom. setConversation() loads the newest page; loadOlder() asks for the page
// before the first row and inserts it at the top (beginInsertRows(0, n - 1)), so a view
// can keep what the user is reading in place. The paging rules are the inbox model's,
// through the same PageLoader.
//
// canFetchMore() is false on purpose: a view calls fetchMore() whenever its last row is
// visible, and in a chat the last row is the newest message, always on screen, so the
// view would pull in the whole thread page by page at a credit each. Older messages
// come only when the UI asks for them (scrolled to the top, Page Up) through loadOlder().
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
    };
    Q_ENUM(Role)

    using LoadState = PageLoader::State;

    // The conversation call bills 1 credit per 10 messages: 10 is the first screen.
    static constexpr int DefaultPageSize = 10;

    explicit MessageListModel(LinkupClient *client, QObject *parent = nullptr);
    ~MessageListModel() override;

    // Forgets what was shown and loads the newest page of this conversation. The same
    // conversation again is a no-op (what is loaded stays); an empty id clears the model.
    void setConversation(const QString &conversationId, const QString &country,
                         const Person &participant);
    QString conversationId() const { return m_conversationId; }
    QString country() const { return m_country; }
    Person participant() const { return m_participant; }

    // Rounded by the billing rule (Billing::normalizedPageSize).
    void setPageSize(int requested);
    int pageSize() const { return m_pageSize; }
    // At most this many pages per conversation (at least 1).
    void setMaxPages(int pages) { m_loader.setMaxPages(pages); }
    int maxPages() const { return m_loader.maxPages(); }

    LoadState state() const { return m_loader.state(); }
    ApiError lastError() const { return m_loader.lastError(); }
    int pagesLoaded() const { return m_loader.pagesLoaded(); }
    // True when loadOlder() would send a request now.
    bool canLoadOlder() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;

    const ThreadMessage *messageAt(int row) const;
    int rowOf(const QString &messageId) const;

    // v1 has no is_me flag. A message is the account owner's when its sender's name
    // ("first last", compared case-insensitively and ignoring extra spaces, controls and
    // bidi marks) is not the participant's. When either name is missing, the sender id is
    // compared with the owner's profile URN that LinkedIn conversation ids embed
    // ("urn:li:msg_conversation:(urn:li:fsd_profile:<owner>,…)"). SYSTEM messages and
    // messages nothing can decide about count as not sent by the owner.
    static bool isSentByMe(const ThreadMessage &message, const Person &participant,
                           const QString &conversationId);

public slots:
    // Asks for the page of messages older than the first row (no-op unless canLoadOlder()).
    void loadOlder();
    // After an error: asks again for the page that failed (honouring Retry-After).
    void retry();
    // Forgets every row and loads the newest page of the same conversation again.
    void refresh();

signals:
    void stateChanged(PageLoader::State state);
    // A page was added: the first one at the bottom of an empty model, older ones at the
    // top. addedRows may be 0 (a page of duplicates).
    void pageLoaded(int addedRows);

private:
    struct Row
    {
        ThreadMessage message;
        QString displayText; // sanitized once, painted many times
        QString displaySender;
        QDate localDay; // invalid when the time is
        bool sentByMe = false;
    };

    void restart();
    ApiCall *startPage(const PageLoader::Ticket &ticket);
    void onPage(const PageLoader::Ticket &ticket, const ConversationResult &result);
    int prependMessages(const QList<ThreadMessage> &newestFirst);
    bool startsRun(int row) const;
    bool startsDay(int row) const;
    QString accessibleText(const Row &row) const;
    static QString keyOf(const ThreadMessage &message);

    LinkupClient *m_client;
    QString m_conversationId;
    QString m_country;
    Person m_participant;
    int m_pageSize = DefaultPageSize;

    QList<Row> m_rows; // oldest first
    QSet<QString> m_keys;
    PageLoader m_loader;
};
