#pragma once

#include "currentmove.h"

#include <QListView>

class RowsAhead;

// The conversation list's view. It knows whether a change of the current row comes from
// the user picking a row (a click, the arrow keys), from the user jumping (Home/End/Page
// keys, typing a name) or from the program (restoring a selection, rows arriving): only
// a row the user picked may cost a request for its thread.
class ConversationListView : public QListView
{
    Q_OBJECT

public:
    explicit ConversationListView(QWidget *parent = nullptr);

    // What is moving the current row now: Program outside the user's input.
    CurrentMove move() const { return m_move; }
    // The options a row is painted with, its rectangle aside.
    QStyleOptionViewItem rowOption() const
    {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        return option;
    }
    // Lays out the rows around the shown ones once painting pauses.
    RowsAhead *rowsAhead() const { return m_rowsAhead; }

signals:
    // The user scrolled or moved toward the end of the list (wheel, scroll bar, Down,
    // Page Down, End): the moment to look whether the next page is wanted.
    void scrolledTowardEnd();

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    CurrentMove m_move = CurrentMove::Program;
    RowsAhead *m_rowsAhead;
};
