#include "conversationdelegate.h"
#include "conversationlistview.h"
#include "inbox/conversationlistmodel.h"
#include "rowsahead.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;
using Model = ConversationListModel;

// The conversation list lays out the rows a page below and above the shown ones once
// painting pauses, so that the next Page Down paints rows already elided and shaped;
// rows laid out ahead paint exactly as rows laid out by their first paint.
class TestRowsAhead : public QObject
{
    Q_OBJECT

private:
    struct List
    {
        explicit List(QAbstractItemModel *model)
        {
            view.setUniformItemSizes(true);
            view.setItemDelegate(&delegate);
            view.setModel(model);
            view.resize(400, 500);
            delegate.setNow(QDateTime(QDate(2024, 6, 15), QTime(12, 0)));
        }
        int firstShown() const { return view.indexAt(QPoint(0, 0)).row(); }
        int lastShown() const
        {
            return view.indexAt(QPoint(0, view.viewport()->height() - 1)).row();
        }
        // Whether the row's texts were laid out already (this lays them out if not).
        bool isLaidOut(int row)
        {
            QImage device(1, 1, QImage::Format_ARGB32_Premultiplied);
            device.setDevicePixelRatio(view.viewport()->devicePixelRatio());
            QPainter painter(&device);
            QStyleOptionViewItem option = view.rowOption();
            const QModelIndex index = view.model()->index(row, 0);
            option.rect = view.visualRect(index);
            return !delegate.layOutAhead(&painter, option, index);
        }
        ConversationListView view;
        ConversationDelegate delegate;
    };

    QStandardItemModel m_model;

private slots:
    void initTestCase()
    {
        for (int row = 0; row < 300; ++row) {
            auto *item = new QStandardItem;
            item->setData(u"c%1"_s.arg(row), Model::IdRole);
            item->setData(u"Person %1 Longname"_s.arg(row), Model::ParticipantNameRole);
            item->setData(u"Head of Things at Company %1"_s.arg(row), Model::HeadlineRole);
            item->setData(u"The last message of conversation %1, long enough to be cut"_s.arg(row),
                          Model::LastMessageTextRole);
            item->setData(QDateTime(QDate(2024, 6, 15), QTime(9, 0)).addSecs(-row * 3600),
                          Model::LastMessageTimeRole);
            item->setData(row % 3, Model::UnreadCountRole);
            m_model.appendRow(item);
        }
    }

    void thePagesAroundTheShownRowsAreLaidOutOncePaintingPauses()
    {
        List list(&m_model);
        QSignalSpy done(list.view.rowsAhead(), &RowsAhead::done);
        list.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list.view));
        QVERIFY(done.wait());
        int first = list.firstShown();
        int last = list.lastShown();
        const int page = last - first + 1;
        QVERIFY(page > 3);
        QVERIFY(list.isLaidOut(last + 1));
        QVERIFY(list.isLaidOut(last + page));
        QVERIFY(!list.isLaidOut(last + page + 2)); // beyond the page ahead: not yet

        list.view.setFocus();
        list.view.setCurrentIndex(m_model.index(0, 0));
        // The first goes to the foot of the shown page, the second shows the next one.
        QTest::keyClick(&list.view, Qt::Key_PageDown);
        QTest::keyClick(&list.view, Qt::Key_PageDown);
        QVERIFY(done.wait());
        first = list.firstShown();
        last = list.lastShown();
        QVERIFY(first > 0);
        QVERIFY(list.isLaidOut(last + page));
        QVERIFY(list.isLaidOut(first - 1));
    }

    void aRowLaidOutAheadPaintsAsOneLaidOutByItsPaint()
    {
        // The same page: scrolled to after the pass laid it out, and shown directly in a
        // list whose pass never reached it.
        List ahead(&m_model);
        QSignalSpy done(ahead.view.rowsAhead(), &RowsAhead::done);
        ahead.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ahead.view));
        QVERIFY(done.wait());
        const int first = ahead.lastShown() + 1;
        ahead.view.scrollTo(m_model.index(first, 0), QAbstractItemView::PositionAtTop);
        QCOMPARE(ahead.firstShown(), first);

        List direct(&m_model);
        direct.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&direct.view));
        direct.view.scrollTo(m_model.index(first, 0), QAbstractItemView::PositionAtTop);
        QCOMPARE(direct.firstShown(), first);
        QCOMPARE(ahead.view.viewport()->grab().toImage(), direct.view.viewport()->grab().toImage());
    }
};

QTEST_MAIN(TestRowsAhead)
#include "tst_ui_rowsahead.moc"
