#pragma once

#include <QAbstractItemView>
#include <QScrollBar>

// Scrolling as the user does it (a drag of the scroll bar: an action), not as a
// program does (setValue): the app asks for pages only for the former.
inline void userScrollTo(QAbstractItemView *view, int value)
{
    QScrollBar *bar = view->verticalScrollBar();
    bar->setSliderPosition(value);
    bar->triggerAction(QAbstractSlider::SliderMove);
}

inline void userScrollToBottom(QAbstractItemView *view)
{
    view->doItemsLayout(); // rows that just landed count for the range
    userScrollTo(view, view->verticalScrollBar()->maximum());
}
