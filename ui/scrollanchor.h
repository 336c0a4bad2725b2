#pragma once

#include <QObject>
#include <QPersistentModelIndex>

class QAbstractItemView;

// Keeps the row under the user's eyes where it is while rows are inserted or moved
// above it (a refresh merging new conversations in). At the very top of the list the
// new rows simply show, as in every mail client.
class ScrollAnchor : public QObject
{
    Q_OBJECT

public:
    // Lives as a child of the view; follows the view's model at construction.
    explicit ScrollAnchor(QAbstractItemView *view);

private:
    void remember();
    void restore();

    QAbstractItemView *m_view;
    QPersistentModelIndex m_anchor;
    int m_anchorTop = 0;
};
