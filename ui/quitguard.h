#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>

class OutgoingMessages;
class QCloseEvent;

// Asks before the window closes while a message is on its way: closing abandons the
// request, and nobody can tell then whether the message went out. Without a nested event
// loop: the close is refused, a window-modal question opens, and "Quit Anyway" closes
// the window again. (The text of a message abandoned so is kept as a draft.)
class QuitGuard : public QObject
{
    Q_OBJECT

public:
    QuitGuard(OutgoingMessages *outgoing, QWidget *window);

    // True when the window may close now; else the event is ignored and the question is
    // on screen.
    bool allowsClose(QCloseEvent *event);
    QMessageBox *question() const { return m_question; }

private:
    QPointer<OutgoingMessages> m_outgoing;
    QWidget *m_window;
    QPointer<QMessageBox> m_question;
    bool m_confirmed = false;
};
