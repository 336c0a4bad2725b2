#pragma once

#include "api/apierror.h"
#include "api/linkuptypes.h"
#include "inboxcategory.h"
#include "paging/pageloader.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QSet>

class AvatarStore;
class LinkupClient;
struct InboxResult;

// The conversations of one category and country, loaded page by page through a
// PageLoader (at most one request in flight, stale replies dropped, an error keeps every
// row and waits for retry()).
//
// canFetchMore() is false on purpose: a view calls fetchMore() whenever its viewport is
// not full or its scroll bar sits at the end, which showing, hiding and resizing do
// without the user asking; every page costs credits. The UI asks for pages itself, when
// the user scrolls near the end, through loadMore().
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

    using LoadState = PageLoader::State;

    static constexpr int DefaultPageSize = 20;

    ConversationListModel(LinkupClient *client, InboxCategory category, const QString &country,
                          QObject *parent = nullptr);
    ~ConversationListModel() override;

    InboxCategory category() const { return m_category; }
    QString country() const { return m_country; }

    // Rounded by the billing rule (Billing::normalizedPageSize).
    void setPageSize(int requested);
    int pageSize() const { return m_pageSize; }
    void setMaxPages(int pages) { m_loader.setMaxPages(pages); }

    LoadState state() const { return m_loader.state(); }
    ApiError lastError() const { return m_loader.lastError(); }
    int pagesLoaded() const { return m_loader.pagesLoaded(); }
    // True when loadMore() would ask for a page now.
    bool canLoadMore() const { return m_loader.canLoadMore(); }

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
    // Asks for the next page (no-op unless canLoadMore()).
    void loadMore();
    // After an error: asks again for the page that failed (honouring Retry-After).
    void retry();
    // Forgets every row and loads the first page again.
    void refresh();

signals:
    void stateChanged(PageLoader::State state);
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

    ApiCall *startPage(const PageLoader::Ticket &ticket);
    void onPage(const PageLoader::Ticket &ticket, const InboxResult &result);
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
    PageLoader m_loader;
};
