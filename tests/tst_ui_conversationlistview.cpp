#include "conversationlistview.h"

#include <QApplication>
#include <QKeyEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTest>

using namespace Qt::StringLiterals;

// The conversation list's view: a change of a row's data (a picture arriving, a draft)
// repaints that row without laying out every row again, which at 100 000 rows cost a
// few ms for each picture; and it tells the user's moves from the program's.
class TestConversationListView : public QObject
{
    Q_OBJECT

private:
    // Counts the layouts of every row, and what the delegate paints.
    class CountingView : public ConversationListView
    {
    public:
        void doItemsLayout() override
        {
            ++layouts;
            ConversationListView::doItemsLayout();
        }
        int layouts = 0;
    };

    class CountingDelegate : public QStyledItemDelegate
    {
    public:
        using QStyledItemDelegate::QStyledItemDelegate;
        void paint(QPainter *painter, const QStyleOptionViewItem &option,
                   const QModelIndex &index) const override
        {
            painted.append(index.data().toString());
            QStyledItemDelegate::paint(painter, option, index);
        }
        mutable QStringList painted;
    };

    struct List
    {
        explicit List(int rows, bool uniform)
        {
            for (int row = 0; row < rows; ++row)
                model.appendRow(new QStandardItem(QStringLiteral("row %1").arg(row)));
            view.setUniformItemSizes(uniform);
            view.setItemDelegate(&delegate);
            view.setModel(&model);
            view.resize(300, 400);
            view.show();
        }
        // Paints what is pending, the layouts it needs first.
        void paint()
        {
            view.viewport()->repaint();
            QCoreApplication::processEvents();
        }
        QStandardItemModel model;
        CountingView view;
        CountingDelegate delegate;
    };

private slots:
    void aRowsNewDataRepaintsItWithoutALayout()
    {
        List list(5000, true);
        QVERIFY(QTest::qWaitForWindowExposed(&list.view));
        list.paint();
        list.view.layouts = 0;
        list.delegate.painted.clear();

        list.model.item(2)->setText(QStringLiteral("row 2, with a picture now"));
        list.paint();
        QCOMPARE(list.view.layouts, 0);
        QVERIFY(list.delegate.painted.contains(QStringLiteral("row 2, with a picture now")));
        QCOMPARE(list.view.visualRect(list.model.index(3, 0)).top(),
                 list.view.visualRect(list.model.index(2, 0)).bottom() + 1);
    }

    void rowsOfTheirOwnSizesAreStillLaidOut()
    {
        // Rows whose size follows their data (not this list's rows) keep Qt's layout.
        List list(50, false);
        QVERIFY(QTest::qWaitForWindowExposed(&list.view));
        list.paint();
        list.view.layouts = 0;
        list.model.item(2)->setText(QStringLiteral("row 2\nnow on two lines"));
        list.paint();
        QVERIFY(list.view.layouts > 0);
        QCOMPARE(list.view.visualRect(list.model.index(3, 0)).top(),
                 list.view.visualRect(list.model.index(2, 0)).bottom() + 1);
    }

    void rowsArrivingAreStillLaidOut()
    {
        List list(20, true);
        QVERIFY(QTest::qWaitForWindowExposed(&list.view));
        list.paint();
        const int before = list.view.verticalScrollBar()->maximum();
        for (int row = 0; row < 100; ++row)
            list.model.appendRow(new QStandardItem(QStringLiteral("more %1").arg(row)));
        list.paint();
        QVERIFY(list.view.verticalScrollBar()->maximum() > before);
    }

    void movesAreToldApart()
    {
        List list(100, true);
        QVERIFY(QTest::qWaitForWindowExposed(&list.view));
        QStringList moves;
        connect(list.view.selectionModel(), &QItemSelectionModel::currentChanged, this, [&] {
            const CurrentMove move = list.view.move();
            moves.append(move == CurrentMove::Pick           ? u"pick"_s
                                 : move == CurrentMove::Jump ? u"jump"_s
                                                             : u"program"_s);
        });
        list.view.setFocus();
        list.view.setCurrentIndex(list.model.index(5, 0));
        QTest::keyClick(&list.view, Qt::Key_Down);
        QTest::keyClick(&list.view, Qt::Key_PageDown);
        QTest::keyClick(&list.view, Qt::Key_End);
        QTest::keyClick(&list.view, Qt::Key_Up, Qt::ControlModifier);
        QTest::mouseClick(list.view.viewport(), Qt::LeftButton, {},
                          list.view.visualRect(list.view.indexAt(QPoint(5, 5))).center());
        QCOMPARE(
                moves,
                (QStringList{u"program"_s, u"pick"_s, u"jump"_s, u"jump"_s, u"jump"_s, u"pick"_s}));
        QCOMPARE(list.view.move(), CurrentMove::Program);
    }
};

QTEST_MAIN(TestConversationListView)
#include "tst_ui_conversationlistview.moc"
