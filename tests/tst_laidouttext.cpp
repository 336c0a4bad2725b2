#include "laidouttext.h"
#include "painting.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

namespace {

// The same text drawn into rect by QPainter::drawText or by a LaidOutText made once.
QImage drawn(const QString &text, const QFont &font, int flags, const QRect &rect, qreal dpr,
             bool laidOut)
{
    QImage image(QSize(240, 40) * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.setPen(Qt::black);
    painter.setFont(font);
    if (laidOut) {
        const LaidOutText line(text, LaidOutText::deviceFont(&painter, font), flags);
        line.draw(&painter, rect);
        line.draw(&painter, rect); // drawn twice: the same ink, not more
    } else {
        painter.drawText(rect, flags, text);
        painter.drawText(rect, flags, text);
    }
    return image;
}

} // namespace

// LaidOutText draws what QPainter::drawText draws, pixel for pixel, in every alignment
// and direction the delegates use, clipped where drawText clips.
class TestLaidOutText : public QObject
{
    Q_OBJECT

private slots:
    void drawsAsDrawTextDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("alignment");
        QTest::addColumn<int>("direction");
        QTest::addColumn<QRect>("rect");
        QTest::addColumn<qreal>("dpr");
        const QList<QPair<const char *, QString>> texts = {
                {"latin", QStringLiteral("Ada Lovelace · Mathematician")},
                {"arabic", QStringLiteral("ليلى حداد، مهندسة")},
                {"mixed", QStringLiteral("Chen Wei 陈伟 🚀 ok")},
                {"markup", QStringLiteral("<b>Bold</b> & <i>co</i>")},
                {"elided", QStringLiteral("A long line that does not fit at all in its rect…")},
                {"newline", QStringLiteral("two\nlines\tand a tab")},
                {"badge", QStringLiteral("99+")}};
        const QList<QPair<const char *, int>> alignments = {
                {"left", Qt::AlignLeft | Qt::AlignVCenter},
                {"right", Qt::AlignRight | Qt::AlignVCenter},
                {"center", Qt::AlignCenter}};
        for (const auto &[textName, text] : texts) {
            for (const auto &[alignName, alignment] : alignments) {
                for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
                    for (const qreal dpr : {1.0, 1.5, 2.0}) {
                        QTest::addRow("%s %s %s dpr %g", textName, alignName,
                                      direction == Qt::LeftToRight ? "ltr" : "rtl", dpr)
                                << text << alignment << int(direction) << QRect(7, 5, 151, 23)
                                << dpr;
                    }
                }
            }
        }
        QTest::addRow("empty") << QString() << int(Qt::AlignLeft) << int(Qt::LeftToRight)
                               << QRect(0, 0, 100, 20) << 1.0;
        QTest::addRow("odd rect") << QStringLiteral("Yesterday") << int(Qt::AlignCenter)
                                  << int(Qt::LeftToRight) << QRect(3, 4, 61, 17) << 2.0;
    }

    void drawsAsDrawTextDoes()
    {
        QFETCH(QString, text);
        QFETCH(int, alignment);
        QFETCH(int, direction);
        QFETCH(QRect, rect);
        QFETCH(qreal, dpr);
        const int flags =
                Painting::textFlags(Qt::LayoutDirection(direction), Qt::Alignment(alignment), text);
        for (const QFont &font :
             {QApplication::font(), Painting::weighted(QApplication::font(), QFont::Bold)}) {
            const QImage expected = drawn(text, font, flags, rect, dpr, false);
            const QImage actual = drawn(text, font, flags, rect, dpr, true);
            QCOMPARE(actual, expected);
        }
    }

    // Device fonts are shared (SharedFont), and a font bound to a device of another
    // resolution is another font: point sizes make other pixel sizes there.
    void aDeviceFontKeepsItsDevicesResolution()
    {
        QFont font = QApplication::font();
        font.setPointSizeF(10);
        QImage screen(10, 10, QImage::Format_ARGB32_Premultiplied);
        QImage print = screen;
        print.setDotsPerMeterX(screen.dotsPerMeterX() * 2);
        print.setDotsPerMeterY(screen.dotsPerMeterY() * 2);
        QPainter onScreen(&screen);
        QPainter onPrint(&print);
        const QFont first = LaidOutText::deviceFont(&onScreen, font);
        const QFont second = LaidOutText::deviceFont(&onPrint, font);
        QCOMPARE(QFontMetrics(first).fontDpi(), screen.logicalDpiY());
        QCOMPARE(QFontMetrics(second).fontDpi(), print.logicalDpiY());
        QCOMPARE(QFontMetrics(second).height(), QFontMetrics(QFont(font, &print)).height());
        QVERIFY(QFontMetrics(second).height() > QFontMetrics(first).height());
        QCOMPARE(QFontMetrics(LaidOutText::deviceFont(&onScreen, font)).fontDpi(),
                 screen.logicalDpiY());
    }
};

QTEST_MAIN(TestLaidOutText)
#include "tst_laidouttext.moc"
