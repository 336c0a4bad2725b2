#pragma once

#include <QList>
#include <QSortFilterProxyModel>

class ConversationListModel;

// The rows of a list that a search keeps, between the list and its view. It filters by
// the store's keys the search found (never by reading each row's text, which would read
// every row from the store), and it never buys a page: a view's fetchMore() stops here
// while a filter is on, and the list model never fetches anyway.
class ConversationFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ConversationFilter(QObject *parent = nullptr);

    // Only these conversations (by store key); the search's own words, for saying so.
    void setMatching(QList<qint64> keys);
    void clearMatching();
    bool isFiltering() const { return m_filtering; }

    ConversationListModel *list() const;
    // The source row of a proxy row, and back (-1 when not shown).
    int sourceRow(int row) const;
    int rowOfSource(int sourceRow) const;

    // While filtering, a row not in memory is read with the filtered rows around it.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();
    void readAround(int row) const;

    QList<qint64> m_keys; // sorted: a binary search per row
    bool m_filtering = false;
};
