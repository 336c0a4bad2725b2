#include "conversationlistview.h"

#include "rowsahead.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

ConversationListView::ConversationListView(QWidget *parent)
    : QListView(parent)
    , m_rowsAhead(new RowsAhead(this))
{
    // Dragging the bar or clicking its arrows and trough: the user scrolls. (The slider
    // position is already where the action takes it; the value follows.)
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderNoAction)
            emit scrolledTowardEnd();
    });
}

void ConversationListView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                       const QList<int> &roles)
{
    // QListView lays out every row again for any change of data (it cannot know that a
    // row keeps its size): at 100 000 rows, each picture that arrives cost a few ms.
    // Rows of one size keep their places whatever their data: repainting them is enough.
    if (uniformItemSizes())
        QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    else
        QListView::dataChanged(topLeft, bottomRight, roles);
}

void ConversationListView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool picks = (key == Qt::Key_Up || key == Qt::Key_Down)
            && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    m_move = picks ? CurrentMove::Pick : CurrentMove::Jump;
    QListView::keyPressEvent(event);
    m_move = CurrentMove::Program;
    if (key == Qt::Key_Down || key == Qt::Key_PageDown || key == Qt::Key_End)
        emit scrolledTowardEnd();
}

void ConversationListView::mousePressEvent(QMouseEvent *event)
{
    m_move = CurrentMove::Pick;
    QListView::mousePressEvent(event);
    m_move = CurrentMove::Program;
}

void ConversationListView::wheelEvent(QWheelEvent *event)
{
    QListView::wheelEvent(event);
    if (event->angleDelta().y() < 0 || event->pixelDelta().y() < 0)
        emit scrolledTowardEnd();
}
