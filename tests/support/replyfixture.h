#pragma once

#include "inbox/conversationlistmodel.h"
#include "replybox.h"
#include "replycomposer.h"
#include "replyedit.h"
#include "thread/messagelistmodel.h"
#include "threadpane.h"
#include "windowfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The window over the built-in server, with the steps of replying: open a conversation's
// thread, write in its box, send with the keys, read what the server was sent.
struct ReplyFixture : WindowFixture
{
    MainWindow *openWindow()
    {
        MainWindow *shown = open();
        [&] {
            QVERIFY(QTest::qWaitForWindowActive(shown));
            QTRY_VERIFY(shown->model() && shown->model()->rowCount() >= 20);
            QTRY_VERIFY(sync()->state() != PageLoader::State::Loading);
        }();
        return shown;
    }

    ConversationListModel *list() const { return window->model(); }
    ThreadPane *pane() const { return window->threadPane(); }
    ReplyComposer *composer() const { return pane()->reply(); }
    ReplyBox *box() const { return composer()->box(); }
    ReplyEdit *editor() const { return box()->editor(); }
    MessageListModel *thread() const { return pane()->model(); }

    // Shows the thread of the list's row (as asking to read it does) once it is there.
    QString openThread(int row)
    {
        const QString id = list()->conversationAt(row).id;
        window->openThreadInPlace(id);
        [&] {
            QTRY_VERIFY(thread() && thread()->conversationId() == id);
            QTRY_VERIFY(thread()->state() != PageLoader::State::Loading
                        && thread()->rowCount() > 0);
            QVERIFY(composer()->isVisible());
        }();
        return id;
    }

    // As typed: the box's text changes the way a keystroke changes it.
    void write(const QString &text) const { editor()->insertPlainText(text); }
    void pressSend() const { QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier); }

    QJsonObject sentBody(int call) const
    {
        return QJsonDocument::fromJson(demo.server.sendRequests().at(call).body).object();
    }

    // The last row of the thread and its delivery.
    MessageRow::Delivery lastDelivery() const
    {
        const QModelIndex last = thread()->index(thread()->rowCount() - 1);
        return MessageRow::Delivery(last.data(MessageListModel::DeliveryRole).toInt());
    }
    QString lastText() const
    {
        return thread()
                ->index(thread()->rowCount() - 1)
                .data(MessageListModel::TextRole)
                .toString();
    }
};
