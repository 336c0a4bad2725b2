// Benchmark (label "benchmark", run by bench/run.sh): painting the conversation list.
// One row and a full viewport through ConversationDelegate at device pixel ratio 1 and 2
// (targets: 50 µs and 2 ms; the one-row figure repaints rows already painted, the cold
// one paints each of 10 000 rows once), and frames while scrolling 10 000 stored conversations in a
// real QListView (target: none over 16 ms; the worst and the 99th percentile). Rows come
// from a real store through ConversationListModel; pictures are initials (no avatar
// store), the costlier way to paint one.

#include "colorscheme.h"
#include "conversationdelegate.h"
#include "conversationlistview.h"
#include "rowsahead.h"
#include "inbox/conversationlistmodel.h"
#include "store/conversationstore.h"
#include "store/storedatabase.h"
#include "support/framemeter.h"
#include "support/generatedstore.h"
#include "support/userscroll.h"

#include <QApplication>
#include <functional>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int Rows = 10000;
constexpr QSize ViewSize(420, 720); // the list pane of a 1100 px wide window

QByteArray tagOf(const char *what, qreal ratio)
{
    return QByteArray(what) + ".dpr" + QByteArray::number(int(ratio));
}

} // namespace

class BenchPaint : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    StoreDatabase m_database;
    std::unique_ptr<ConversationStore> m_store;
    std::unique_ptr<ConversationListModel> m_model;
    ConversationDelegate m_delegate;

    QStyleOptionViewItem optionFor(const QModelIndex &index) const
    {
        QStyleOptionViewItem option;
        option.font = QApplication::font();
        option.fontMetrics = QFontMetrics(option.font);
        option.palette = QApplication::palette();
        option.state = QStyle::State_Enabled | QStyle::State_Active;
        option.rect = QRect(QPoint(0, 0), QSize(ViewSize.width(), 0));
        option.rect.setHeight(m_delegate.sizeHint(option, index).height());
        return option;
    }

    // The window's list view over the model and the delegate, shown.
    bool showView(ConversationListView &view)
    {
        view.setUniformItemSizes(true);
        view.setModel(m_model.get());
        view.setItemDelegate(&m_delegate);
        view.resize(ViewSize);
        view.show();
        return QTest::qWaitForWindowExposed(&view);
    }

    // Paints batches of Batch rows into an image of that pixel ratio, rowOf(batch, i)
    // choosing each row; reports each batch as one figure in µs a row (a single paint is
    // too short to time alone).
    static constexpr int Batch = 100;
    void reportBatches(const char *figure, const ConversationDelegate &delegate, int batches,
                       const std::function<int(int, int)> &rowOf)
    {
        QFETCH(qreal, ratio);
        const QStyleOptionViewItem option = optionFor(m_model->index(0));
        QImage image(option.rect.size() * ratio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        QPainter painter(&image);
        QList<double> perRow;
        for (int batch = 0; batch < batches; ++batch) {
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < Batch; ++i)
                delegate.paint(&painter, option, m_model->index(rowOf(batch, i)));
            perRow.append(double(timer.nsecsElapsed()) / 1e3 / Batch);
        }
        Measure::report(tagOf(figure, ratio).constData(), Measure::of(perRow), "us");
    }

private slots:
    void initTestCase()
    {
        ColorScheme::apply(*qApp, {}); // the app's style, as main() sets it
        const QString file = m_folder.filePath(QStringLiteral("inbox.sqlite"));
        QVERIFY(fillGeneratedStore(file, Rows));
        QVERIFY(m_database.open(file));
        m_store = std::make_unique<ConversationStore>(&m_database);
        m_model = std::make_unique<ConversationListModel>(m_store.get(), InboxCategory::Inbox);
        m_model->reload();
        QCOMPARE(m_model->rowCount(), Rows);
    }

    void oneRow_data()
    {
        QTest::addColumn<qreal>("ratio");
        QTest::newRow("dpr 1") << qreal(1);
        QTest::newRow("dpr 2") << qreal(2);
    }

    // The first screens' worth of rows (40), cycled: rows repainted, as a view does.
    void oneRow()
    {
        reportBatches("paint.one_row_us", m_delegate, 60, [](int, int i) { return i % 40; });
    }

    void oneRowCold_data() { oneRow_data(); }

    // Every paint a row never painted before (10 000 rows, each once, a fresh delegate):
    // what the delegate's caches cannot help with, and what scrolling into new rows
    // costs. Includes reading the rows from the model.
    void oneRowCold()
    {
        ConversationDelegate delegate;
        reportBatches("paint.one_row_cold_us", delegate, Rows / Batch,
                      [](int batch, int i) { return batch * Batch + i; });
    }

    void fullViewport_data() { oneRow_data(); }

    // The view's own paint of a screenful (the rows it finds visible, each through the
    // delegate), into an image of that pixel ratio; Page Down between paints so that
    // rows come and go as when scrolling. Two figures: the page as Page Down paints it
    // when the key's repeat leaves the pause RowsAhead waits for (its rows laid out
    // ahead), and a page painted at once, its rows laid out by their first paint. Only
    // for a view at that pixel ratio (as laid-out rows are kept): QT_SCALE_FACTOR=2 for 2.
    void fullViewport()
    {
        QFETCH(qreal, ratio);
        for (const bool ahead : {true, false}) {
            ConversationListView view;
            QVERIFY(showView(view));
            if (!qFuzzyCompare(view.devicePixelRatio(), ratio)) {
                qInfo("the view is at pixel ratio %g: run with QT_SCALE_FACTOR=%g for %g",
                      view.devicePixelRatio(), ratio, ratio);
                return;
            }
            QSignalSpy laidOut(view.rowsAhead(), &RowsAhead::done);
            QImage image(view.viewport()->size() * ratio, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(ratio);
            QList<double> paints;
            for (int run = 0; run < 200; ++run) {
                QTest::keyClick(&view, Qt::Key_PageDown);
                if (ahead)
                    QVERIFY(laidOut.wait());
                QElapsedTimer timer;
                timer.start();
                view.viewport()->render(&image);
                paints.append(double(timer.nsecsElapsed()) / 1e6);
            }
            const char *name = ahead ? "paint.viewport_ms" : "paint.viewport_unprepared_ms";
            Measure::report(tagOf(name, ratio).constData(), Measure::of(paints), "ms");
        }
    }

    void scrollingTenThousand()
    {
        ConversationListView view;
        QVERIFY(showView(view));
        view.setFocus();
        view.setCurrentIndex(m_model->index(0));
        FrameMeter meter(view.viewport());
        int last = -1;
        while (view.currentIndex().row() != last) {
            last = view.currentIndex().row();
            meter.frame([&] { QTest::keyClick(&view, Qt::Key_PageDown); });
        }
        QCOMPARE(last, Rows - 1);
        meter.report("paint.scroll_keyboard_frame_ms");
        qInfo("keyboard: %d frames, %d paints", meter.frames(), meter.paints());

        meter.clear();
        userScrollTo(&view, 0);
        QScrollBar *bar = view.verticalScrollBar();
        for (int notch = 0; notch < 20000 && bar->value() < bar->maximum(); ++notch)
            meter.frame([&] { userWheelDown(&view); });
        QCOMPARE(bar->value(), bar->maximum());
        meter.report("paint.scroll_wheel_frame_ms");
        qInfo("wheel: %d frames, %d paints", meter.frames(), meter.paints());
    }
};

QTEST_MAIN(BenchPaint)
#include "bench_paint.moc"
