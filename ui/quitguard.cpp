#include "quitguard.h"

#include "thread/outgoingmessages.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QPushButton>

QuitGuard::QuitGuard(OutgoingMessages *outgoing, QWidget *window)
    : QObject(window)
    , m_outgoing(outgoing)
    , m_window(window)
{
}

bool QuitGuard::allowsClose(QCloseEvent *event)
{
    if (m_confirmed || !m_outgoing || m_outgoing->sendingCount() == 0)
        return true;
    event->ignore();
    if (m_question) {
        m_question->raise();
        return false;
    }
    auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Quit Linkup Inbox?"),
            tr("A message is still being sent. If you quit now, it may or may not arrive; its "
               "text stays as a draft of its conversation."),
            QMessageBox::NoButton, m_window);
    box->setTextFormat(Qt::PlainText);
    box->setObjectName(QStringLiteral("quitQuestion"));
    QPushButton *quit = box->addButton(tr("&Quit Anyway"), QMessageBox::DestructiveRole);
    QPushButton *wait = box->addButton(tr("&Keep Sending"), QMessageBox::RejectRole);
    box->setDefaultButton(wait);
    box->setEscapeButton(wait);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(quit, &QPushButton::clicked, this, [this] {
        m_confirmed = true;
        m_window->close();
    });
    m_question = box;
    box->open(); // open(), not exec(): the send goes on while the question waits
    return false;
}
