#pragma once

#include "api/apierror.h"
#include "api/linkuptypes.h"
#include "inboxcategory.h"
#include "paging/cursorpager.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QSet>
#include <QTimer>

class ApiCall;
class AvatarStore;
class LinkupClient;
struct InboxResult;

// The conversations of one category and country, loaded page by page as the view asks
// (canFetchMore/fetchMore). At most one request is in flight; a reply the model no
// longer waits for is dropped; an error keeps every row and waits for retry().
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(LoadState state READ state NOTIFY stateChanged)

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
    };
    Q_ENUM(Role)

    enum class LoadState { Idle, Loading, Error, AtEnd };
    Q_ENUM(LoadState)

    static constexpr int DefaultPageSize = 20;
    static constexpr int MaxPages = 500; // a bound on any server's paging

    ConversationListModel(LinkupClient *client, InboxCategory category, const QString &country,
                          QObject *parent = nullptr);
    ~ConversationListModel() override;

    InboxCategory category() const { return m_category; }
    QString country() const { return m_country; }

    // Clamped to 10..25 and rounded to a multiple of 10: the API bills per started 10.
    static int normalizedPageSize(int requested);
    void setPageSize(int requested);
    int pageSize() const { return m_pageSize; }

    LoadState state() const { return m_state; }
    ApiError lastError() const { return m_pager.lastError(); }
    int pagesLoaded() const { return m_pager.pagesLoaded(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;

    // Repaints (dataChanged with Qt::DecorationRole) exactly the rows whose picture the
    // store reports ready.
    void setAvatarStore(AvatarStore *store);

    const Conversation *conversationAt(int row) const;
    int rowOf(const QString &conversationId) const;

public slots:
    // After an error: asks again for the page that failed (honouring Retry-After).
    void retry();
    // Forgets every row and loads the first page again.
    void refresh();

signals:
    void stateChanged(ConversationListModel::LoadState state);
    // A page (the first after refresh() included) was added.
    void pageLoaded(int addedRows);

private:
    struct Row
    {
        Conversation conversation;
        QString displayName; // sanitized once, painted many times
        QString displayHeadline;
        QString displayText;
        QString displaySender;
        bool sentByMe = false;
    };

    void requestPage();
    void onPage(const QString &requestedCursor, const InboxResult &result);
    void setState(LoadState state);
    void appendConversations(const QList<Conversation> &conversations);
    QString accessibleText(const Row &row) const;
    void onAvatarReady(const QUrl &url);

    LinkupClient *m_client;
    const InboxCategory m_category;
    const QString m_country;
    int m_pageSize = DefaultPageSize;

    QList<Row> m_rows;
    QSet<QString> m_ids;
    QHash<QUrl, QList<int>> m_rowsByPicture;
    CursorPager m_pager{MaxPages};

    LoadState m_state = LoadState::Idle;
    QPointer<ApiCall> m_pending;
    QTimer m_retryTimer; // waits out Retry-After before a retry
    quint64 m_generation = 0; // bumped by refresh(): older replies are stale
};
