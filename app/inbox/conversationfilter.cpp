#include "conversationfilter.h"

#include "conversationlistmodel.h"

#include <algorithm>

ConversationFilter::ConversationFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Rows arriving while filtering are judged as they come.
    setDynamicSortFilter(true);
}

ConversationListModel *ConversationFilter::list() const
{
    return qobject_cast<ConversationListModel *>(sourceModel());
}

void ConversationFilter::setMatching(QList<qint64> keys)
{
    if (!std::is_sorted(keys.cbegin(), keys.cend()))
        std::sort(keys.begin(), keys.end());
    if (m_filtering && keys == m_keys)
        return; // a keystroke that changed nothing (a space, a word's repeat)
    m_keys = std::move(keys);
    m_filtering = true;
    refilter();
}

void ConversationFilter::clearMatching()
{
    if (!m_filtering)
        return;
    m_keys.clear();
    m_filtering = false;
    refilter();
}

void ConversationFilter::refilter()
{
    // The mapping made again in one pass (a layout change: the current row and the
    // selection stay with their conversations when those still match), not
    // invalidateFilter()'s row ranges removed and inserted one by one, which over a
    // scattered result costs a removal per range: seconds at 100 000 rows.
    invalidate();
}

int ConversationFilter::sourceRow(int row) const
{
    return mapToSource(index(row, 0)).row();
}

int ConversationFilter::rowOfSource(int row) const
{
    return sourceModel() ? mapFromSource(sourceModel()->index(row, 0)).row() : -1;
}

bool ConversationFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_filtering)
        return true;
    const ConversationListModel *model = list();
    return model && std::binary_search(m_keys.cbegin(), m_keys.cend(), model->keyAt(sourceRow));
}

QVariant ConversationFilter::data(const QModelIndex &index, int role) const
{
    if (m_filtering && index.isValid())
        readAround(index.row());
    return QSortFilterProxyModel::data(index, role);
}

void ConversationFilter::readAround(int row) const
{
    // The matches lie far apart in the list: its own read around each one would bring in
    // its neighbours, which the filter hides, and push out the matches painted before.
    const ConversationListModel *model = list();
    if (!model || model->isCached(sourceRow(row)))
        return;
    QList<int> rows = ConversationListModel::readWindow(row, rowCount());
    for (int &shown : rows)
        shown = sourceRow(shown);
    model->readRows(rows);
}

bool ConversationFilter::canFetchMore(const QModelIndex &) const
{
    return false; // searching costs nothing: pages only when the user asks for them
}

void ConversationFilter::fetchMore(const QModelIndex &) { }
