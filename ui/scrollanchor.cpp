#include "scrollanchor.h"

#include <QAbstractItemView>
#include <QScrollBar>

ScrollAnchor::ScrollAnchor(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &ScrollAnchor::remember);
    connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, &ScrollAnchor::remember);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ScrollAnchor::restore);
    connect(model, &QAbstractItemModel::rowsMoved, this, &ScrollAnchor::restore);
}

void ScrollAnchor::remember()
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    if (bar->value() <= bar->minimum()) {
        m_anchor = QPersistentModelIndex(); // at the top: show what comes
        return;
    }
    m_anchor = m_view->indexAt(QPoint(1, 1));
    m_anchorTop = m_anchor.isValid() ? m_view->visualRect(m_anchor).top() : 0;
}

void ScrollAnchor::restore()
{
    if (!m_anchor.isValid())
        return;
    m_view->doItemsLayout(); // the new rows count for the range and positions
    QScrollBar *bar = m_view->verticalScrollBar();
    bar->setValue(bar->value() + m_view->visualRect(m_anchor).top() - m_anchorTop);
    m_anchor = QPersistentModelIndex();
}
