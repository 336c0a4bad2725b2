#pragma once

#include <QAbstractItemView>
#include <QApplication>
#include <QScrollBar>
#include <QWheelEvent>

// Scrolling as the user does it (a drag of the scroll bar: an action), not as a
// program does (setValue): the app asks for pages only for the former.
inline void userScrollTo(QAbstractItemView *view, int value)
{
    // With tracking on, this is what a drag does: the SliderMove action, then the value.
    view->verticalScrollBar()->setSliderPosition(value);
}

inline void userScrollToBottom(QAbstractItemView *view)
{
    view->doItemsLayout(); // rows that just landed count for the range
    userScrollTo(view, view->verticalScrollBar()->maximum());
}

// One notch of the mouse wheel toward the end, as the user turns it.
inline void userWheelDown(QAbstractItemView *view)
{
    const QPointF at = view->viewport()->rect().center();
    QWheelEvent wheel(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
}
