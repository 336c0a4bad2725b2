#include "conversationlistview.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

ConversationListView::ConversationListView(QWidget *parent)
    : QListView(parent)
{
    // Dragging the bar or clicking its arrows and trough: the user scrolls. (The slider
    // position is already where the action takes it; the value follows.)
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderNoAction)
            emit scrolledTowardEnd();
    });
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
