#include "messagedelegate.h"
#include "messagelistview.h"
#include "thread/messagelistmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QMenu>
#include <QStandardItemModel>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// Copying from the thread: Ctrl+C on the current message, and the context menu's Copy
// Text / Copy Link, inside a window whose own Ctrl+C means something else.
class TestMessageListView : public QObject
{
    Q_OBJECT

private:
    struct Thread
    {
        explicit Thread(const QStringList &texts)
        {
            for (const QString &text : texts) {
                auto *item = new QStandardItem(text);
                item->setData(text, MessageListModel::TextRole);
                item->setData(QDateTime(QDate(2024, 6, 15), QTime(9, 0)),
                              MessageListModel::TimeRole);
                item->setData(u"Ada"_s, MessageListModel::SenderNameRole);
                item->setData(true, MessageListModel::StartsRunRole);
                model.appendRow(item);
            }
            view = new MessageListView;
            view->setModel(&model);
            view->setItemDelegate(new MessageDelegate(view));
            view->setUniformItemSizes(false);
            view->setWordWrap(true);
            auto *layout = new QVBoxLayout(&window);
            layout->addWidget(view);
            // The window's Ctrl+C (the app's "Copy Last Message").
            windowCopy = new QAction(&window);
            windowCopy->setShortcut(QKeySequence::Copy);
            window.addAction(windowCopy);
            window.resize(600, 500);
            window.show();
        }

        // A point on the first character of an https link of that row, else null.
        QPoint pointOnLink(int row) const
        {
            const QModelIndex index = model.index(row, 0);
            const auto *delegate = static_cast<MessageDelegate *>(view->itemDelegate());
            QStyleOptionViewItem option;
            option.initFrom(view);
            option.font = view->font();
            option.widget = view;
            option.rect = view->visualRect(index);
            const QRect text = delegate->layoutFor(option, index).text;
            for (int x = text.left(); x <= text.right(); ++x) {
                const QPoint point(x, text.top() + view->fontMetrics().height() / 2);
                if (delegate->linkAt(option, index, point).isValid())
                    return point;
            }
            return {};
        }

        QStandardItemModel model;
        QWidget window;
        MessageListView *view;
        QAction *windowCopy;
    };

    static QStringList actionTexts(const QMenu *menu)
    {
        QStringList texts;
        for (const QAction *action : menu->actions())
            texts.append(action->text());
        return texts;
    }

private slots:
    void changingModelsKeepsOneSelectionModel()
    {
        MessageListView view;
        QStandardItemModel first(3, 1);
        QStandardItemModel second(2, 1);
        for (int i = 0; i < 50; ++i) {
            view.setModel(i % 3 == 0 ? nullptr : (i % 3 == 1 ? &first : &second));
            QCOMPARE(view.findChildren<QItemSelectionModel *>().size(), 1);
        }
        view.setModel(&first);
        QVERIFY(view.selectionModel());
        view.setCurrentIndex(first.index(2, 0));
        QCOMPARE(view.selectionModel()->currentIndex().row(), 2);
    }

    void ctrlCCopiesTheCurrentMessageNotTheWindowsAction()
    {
        Thread thread({u"First"_s, u"Second message"_s, u"Third"_s});
        QVERIFY(QTest::qWaitForWindowActive(&thread.window));
        int windowCopies = 0;
        connect(thread.windowCopy, &QAction::triggered, this, [&windowCopies] { ++windowCopies; });
        thread.view->setFocus();
        thread.view->setCurrentIndex(thread.model.index(1, 0));
        QApplication::clipboard()->clear();
        QTest::keyClick(thread.view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), u"Second message"_s);
        QCOMPARE(windowCopies, 0);
        // No current message: Ctrl+C is the window's again.
        thread.view->setCurrentIndex({});
        QTest::keyClick(thread.view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(windowCopies, 1);
    }

    void theContextMenuCopiesTheTextOrTheLink()
    {
        Thread thread({u"Plain words only"_s, u"See https://example.com/deck for the deck"_s});
        QVERIFY(QTest::qWaitForWindowExposed(&thread.window));
        const QPoint onText = thread.view->visualRect(thread.model.index(0, 0)).center();
        std::unique_ptr<QMenu> plain(thread.view->createContextMenu(onText));
        QVERIFY(plain);
        QCOMPARE(actionTexts(plain.get()), QStringList{u"&Copy Text"_s});
        plain->actions().first()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), u"Plain words only"_s);

        const QPoint onLink = thread.pointOnLink(1);
        QVERIFY(!onLink.isNull());
        std::unique_ptr<QMenu> linked(thread.view->createContextMenu(onLink));
        QCOMPARE(actionTexts(linked.get()), QStringList({u"&Copy Text"_s, u"Copy &Link"_s}));
        linked->actions().at(1)->trigger();
        QCOMPARE(QApplication::clipboard()->text(), u"https://example.com/deck"_s);
        linked->actions().at(0)->trigger();
        QCOMPARE(QApplication::clipboard()->text(), u"See https://example.com/deck for the deck"_s);

        // Below the last message there is nothing to copy.
        const QPoint below(10, thread.view->viewport()->height() - 2);
        QVERIFY(!thread.view->indexAt(below).isValid());
        QVERIFY(!thread.view->createContextMenu(below));
    }

    void aRightClickMakesTheMessageCurrentAndOpensTheMenu()
    {
        Thread thread({u"One"_s, u"Two"_s});
        QVERIFY(QTest::qWaitForWindowExposed(&thread.window));
        const QPoint pos = thread.view->visualRect(thread.model.index(1, 0)).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos,
                                thread.view->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(thread.view->viewport(), &event);
        QCOMPARE(thread.view->currentIndex().row(), 1);
        QMenu *menu = thread.view->findChild<QMenu *>();
        QVERIFY(menu);
        QTRY_VERIFY(menu->isVisible()); // popup(): no nested event loop
        menu->close();
    }
};

QTEST_MAIN(TestMessageListView)
#include "tst_ui_messagelistview.moc"
