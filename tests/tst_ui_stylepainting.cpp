#include "appstyle.h"
#include "colorscheme.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOptionSlider>
#include <QTest>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

// What AppStyle paints at every scroll step, Fusion's scroll bars (from cached pixmaps)
// and focus frames (in bands), looks exactly as Fusion paints it, and is painted without
// Qt's painting threads, whose wait made the slowest frames of Page Down through 100 000
// conversations.
class TestStylePainting : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QStyle> m_fusion{QStyleFactory::create(u"Fusion"_s)};
    AppStyle m_appStyle{u"Fusion"_s};

    QStyleOptionSlider bar(Qt::Orientation orientation, int maximum, int value, QStyle::State state,
                           QStyle::SubControls active) const
    {
        QStyleOptionSlider option;
        option.rect = orientation == Qt::Vertical ? QRect(0, 0, 16, 700) : QRect(0, 0, 700, 16);
        option.orientation = orientation;
        option.minimum = 0;
        option.maximum = maximum;
        option.pageStep = 10;
        option.singleStep = 1;
        option.sliderPosition = value;
        option.sliderValue = value;
        option.state = state
                | (orientation == Qt::Horizontal ? QStyle::State_Horizontal : QStyle::State_None);
        option.subControls = QStyle::SC_All;
        option.activeSubControls = active;
        option.palette = m_fusion->standardPalette();
        return option;
    }

    // format: Format_ARGB32, as some backing stores are, makes even a plain copy of a
    // pixmap one span per row, as does a repaint clipped to a region.
    static QImage painted(const QStyle &style, const QStyleOptionSlider &option, qreal dpr,
                          QImage::Format format = QImage::Format_ARGB32_Premultiplied,
                          const QRegion &clip = {})
    {
        QImage image(option.rect.size() * dpr, format);
        image.setDevicePixelRatio(dpr);
        image.fill(option.palette.color(QPalette::Window));
        QPainter painter(&image);
        if (!clip.isEmpty())
            painter.setClipRegion(clip);
        style.drawComplexControl(QStyle::CC_ScrollBar, &option, &painter);
        return image;
    }

    // The time on a core (ns) of each of Qt's pooled threads in this process, by id.
    static QHash<QString, qint64> pooledThreadTimes()
    {
        QHash<QString, qint64> times;
        const QDir tasks(u"/proc/self/task"_s);
        for (const QString &id : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile name(tasks.filePath(id + u"/comm"_s));
            if (!name.open(QIODevice::ReadOnly) || name.readAll().trimmed() != "Thread (pooled)")
                continue;
            QFile schedstat(tasks.filePath(id + u"/schedstat"_s));
            if (schedstat.open(QIODevice::ReadOnly))
                times.insert(id, schedstat.readAll().split(' ').value(0).toLongLong());
        }
        return times;
    }

    // The pooled threads' times once they stay put: a thread that finished the last fill
    // (of the run before) still runs a little after the painter goes on, later on a
    // loaded machine, and that is not this run's.
    static QHash<QString, qint64> settledPooledThreadTimes()
    {
        QHash<QString, qint64> times = pooledThreadTimes();
        for (int tries = 0; tries < 200; ++tries) {
            QTest::qWait(5);
            const QHash<QString, qint64> now = pooledThreadTimes();
            if (now == times)
                break;
            times = now;
        }
        return times;
    }

    // Whether painting steps 1 to 50 ran anything on a pooled thread (a new one, or one
    // that ran since). Step 0 goes first, left out: it may fill a cache (and the pool).
    static bool usesPooledThreads(const std::function<void(int step)> &paint)
    {
        paint(0);
        const QHash<QString, qint64> before = settledPooledThreadTimes();
        for (int step = 1; step <= 50; ++step)
            paint(step);
        const QHash<QString, qint64> after = pooledThreadTimes();
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (it.value() > before.value(it.key(), -1))
                return true;
        }
        return false;
    }

    // The bar scrolled a step at a time, painted as the screen and two kinds of backing
    // store get it.
    bool scrollingUsesPooledThreads(const QStyle &style) const
    {
        const QStyle::State state = QStyle::State_Enabled | QStyle::State_Active;
        const QRegion twoRects = QRegion(0, 0, 7, 700) + QRegion(9, 0, 7, 700);
        return usesPooledThreads([&](int step) {
            const QStyleOptionSlider option =
                    bar(Qt::Vertical, 1000, 5 + step * 10, state, QStyle::SC_None);
            painted(style, option, 1);
            painted(style, option, 1, QImage::Format_ARGB32);
            painted(style, option, 1, QImage::Format_ARGB32_Premultiplied, twoRects);
        });
    }

    QStyleOptionFocusRect focusFrame(const QSize &size) const
    {
        QStyleOptionFocusRect option;
        option.rect = QRect(QPoint(4, 3), size);
        option.state = QStyle::State_Enabled | QStyle::State_Active | QStyle::State_HasFocus
                | QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        option.palette = m_fusion->standardPalette();
        option.backgroundColor = option.palette.color(QPalette::Base);
        return option;
    }

    // The largest difference of one channel of one pixel (the images are of one size).
    static int largestDifference(const QImage &a, const QImage &b)
    {
        const QImage left = a.convertToFormat(QImage::Format_ARGB32);
        const QImage right = b.convertToFormat(QImage::Format_ARGB32);
        int largest = 0;
        for (int y = 0; y < left.height(); ++y) {
            for (int x = 0; x < left.width(); ++x) {
                const QRgb p = left.pixel(x, y);
                const QRgb q = right.pixel(x, y);
                largest = std::max({largest, std::abs(qRed(p) - qRed(q)),
                                    std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q)),
                                    std::abs(qAlpha(p) - qAlpha(q))});
            }
        }
        return largest;
    }

    static QImage paintedFrame(const QStyle &style, const QStyleOptionFocusRect &option, qreal dpr)
    {
        QImage image((option.rect.size() + QSize(8, 6)) * dpr, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(option.backgroundColor);
        QPainter painter(&image);
        style.drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter);
        return image;
    }

private slots:
    void looksAsFusionDrawsIt_data()
    {
        QTest::addColumn<int>("orientation");
        QTest::addColumn<int>("maximum");
        QTest::addColumn<int>("value");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("active");
        QTest::addColumn<qreal>("dpr");
        const int normal = QStyle::State_Enabled | QStyle::State_Active;
        const int hovered = normal | QStyle::State_MouseOver;
        QTest::newRow("at the top") << int(Qt::Vertical) << 1000 << 0 << normal << 0 << 1.0;
        QTest::newRow("midway") << int(Qt::Vertical) << 1000 << 500 << normal << 0 << 1.0;
        QTest::newRow("at the bottom") << int(Qt::Vertical) << 1000 << 1000 << normal << 0 << 1.0;
        QTest::newRow("a short list's long slider")
                << int(Qt::Vertical) << 5 << 2 << normal << 0 << 1.0;
        QTest::newRow("nothing to scroll") << int(Qt::Vertical) << 0 << 0 << normal << 0 << 1.0;
        QTest::newRow("horizontal") << int(Qt::Horizontal) << 1000 << 300 << normal << 0 << 1.0;
        QTest::newRow("slider hovered") << int(Qt::Vertical) << 1000 << 300 << hovered
                                        << int(QStyle::SC_ScrollBarSlider) << 1.0;
        QTest::newRow("slider dragged")
                << int(Qt::Vertical) << 1000 << 300 << (hovered | QStyle::State_Sunken)
                << int(QStyle::SC_ScrollBarSlider) << 1.0;
        QTest::newRow("arrow pressed")
                << int(Qt::Vertical) << 1000 << 300 << (hovered | QStyle::State_Sunken)
                << int(QStyle::SC_ScrollBarAddLine) << 1.0;
        QTest::newRow("disabled") << int(Qt::Vertical) << 1000 << 300 << int(QStyle::State_Active)
                                  << 0 << 1.0;
        QTest::newRow("device pixel ratio 1.5")
                << int(Qt::Vertical) << 1000 << 300 << normal << 0 << 1.5;
        QTest::newRow("device pixel ratio 3")
                << int(Qt::Vertical) << 1000 << 300 << normal << 0 << 3.0;
        QTest::newRow("device pixel ratio 2")
                << int(Qt::Vertical) << 1000 << 300 << normal << 0 << 2.0;
    }

    void looksAsFusionDrawsIt()
    {
        QFETCH(int, orientation);
        QFETCH(int, maximum);
        QFETCH(int, value);
        QFETCH(int, state);
        QFETCH(int, active);
        QFETCH(qreal, dpr);
        const QStyleOptionSlider option = bar(Qt::Orientation(orientation), maximum, value,
                                              QStyle::State(state), QStyle::SubControls(active));
        const QImage fusion = painted(*m_fusion, option, dpr);
        // Twice: the second drawing comes from the cache the first one filled.
        QCOMPARE(painted(m_appStyle, option, dpr), fusion);
        QCOMPARE(painted(m_appStyle, option, dpr), fusion);
    }

    void aStateOrPaletteChangeIsNotServedFromAnotherPixmap()
    {
        const int normal = QStyle::State_Enabled | QStyle::State_Active;
        const QStyleOptionSlider resting =
                bar(Qt::Vertical, 1000, 300, QStyle::State(normal), QStyle::SC_None);
        const QStyleOptionSlider pressed =
                bar(Qt::Vertical, 1000, 300, QStyle::State(normal | QStyle::State_Sunken),
                    QStyle::SC_ScrollBarSlider);
        QVERIFY(painted(*m_fusion, resting, 1) != painted(*m_fusion, pressed, 1));
        QCOMPARE(painted(m_appStyle, resting, 1), painted(*m_fusion, resting, 1));
        QCOMPARE(painted(m_appStyle, pressed, 1), painted(*m_fusion, pressed, 1));

        QStyleOptionSlider dark = resting;
        dark.palette = ColorScheme::darkPalette();
        QVERIFY(painted(*m_fusion, resting, 1) != painted(*m_fusion, dark, 1));
        QCOMPARE(painted(m_appStyle, dark, 1), painted(*m_fusion, dark, 1));
    }

    void aFocusFrameLooksAsFusionDrawsIt_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("dpr");
        QTest::newRow("a conversation row") << QSize(380, 72) << 1.0;
        QTest::newRow("a conversation row, device pixel ratio 2") << QSize(380, 72) << 2.0;
        QTest::newRow("a conversation row, device pixel ratio 1.5") << QSize(380, 72) << 1.5;
        QTest::newRow("a tall message") << QSize(520, 333) << 1.0;
        QTest::newRow("a short line") << QSize(120, 18) << 1.0;
    }

    void aFocusFrameLooksAsFusionDrawsIt()
    {
        QFETCH(QSize, size);
        QFETCH(qreal, dpr);
        const QStyleOptionFocusRect option = focusFrame(size);
        const QImage fusion = paintedFrame(*m_fusion, option, dpr);
        QVERIFY(fusion != paintedFrame(*m_fusion, focusFrame(QSize(1, 1)), dpr)); // it drew
        // Twice: drawn into the kept pixmap, then copied from it. The translucent frame is
        // blended twice (into the pixmap, the pixmap onto the row): a level of rounding.
        for (int time = 0; time < 2; ++time) {
            const QImage app = paintedFrame(m_appStyle, option, dpr);
            QCOMPARE(app.size(), fusion.size());
            QVERIFY2(largestDifference(app, fusion) <= 2,
                     qPrintable(u"differs by %1"_s.arg(largestDifference(app, fusion))));
        }
    }

    void aFocusFrameNeverWaitsForQtsPaintingThreads()
    {
#ifdef Q_OS_LINUX
        const auto paintFrames = [this](const QStyle &style) {
            return usesPooledThreads([&](int step) {
                paintedFrame(style, focusFrame(QSize(380, 72 + step % 2)), 1);
                paintedFrame(style, focusFrame(QSize(520, 333)), 2);
            });
        };
        if (!paintFrames(*m_fusion))
            QSKIP("Fusion's own frame uses no pooled thread on this machine: nothing to avoid");
        QVERIFY(!paintFrames(m_appStyle));
#else
        QSKIP("reads each thread's name and time from /proc");
#endif
    }

    void scrollingNeverWaitsForQtsPaintingThreads()
    {
#ifdef Q_OS_LINUX
        if (!scrollingUsesPooledThreads(*m_fusion))
            QSKIP("Fusion's own bar uses no pooled thread on this machine: nothing to avoid");
        QVERIFY(!scrollingUsesPooledThreads(m_appStyle));
#else
        QSKIP("reads each thread's name and time from /proc");
#endif
    }
};

QTEST_MAIN(TestStylePainting)
#include "tst_ui_stylepainting.moc"
