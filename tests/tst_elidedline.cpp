#include "elidedline.h"
#include "painting.h"
#include "support/elisiontexts.h"

#include <QApplication>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QTest>

namespace {

QImage canvas(qreal dpr, int dpi)
{
    QImage image(QSize(440, 30) * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    return image;
}

} // namespace

// An ElidedLine holds what the delegate made before it: the text QFontMetrics elides the
// whole text to, its advance, and a layout that paints as drawText paints that text,
// at both pixel ratios and on a device whose resolution differs from the font's.
class TestElidedLine : public QObject
{
    Q_OBJECT

private slots:
    void elidesAndPaintsAsBefore_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qreal>("dpr");
        QTest::addColumn<int>("dpi");
        const int screenDpi = QImage(1, 1, QImage::Format_ARGB32).logicalDpiY();
        for (const ElisionTexts::Sample &sample : ElisionTexts::samples()) {
            for (const qreal dpr : {1.0, 2.0})
                QTest::addRow("%s, dpr %g", sample.name, dpr) << sample.text << dpr << screenDpi;
            QTest::addRow("%s, 144 dpi", sample.name) << sample.text << 1.0 << 144;
        }
    }

    void elidesAndPaintsAsBefore()
    {
        QFETCH(QString, text);
        QFETCH(qreal, dpr);
        QFETCH(int, dpi);
        for (const QFont &font : ElisionTexts::rowFonts()) {
            const QFontMetrics metrics(font);
            for (int width = 0; width <= 420; width += width < 40 ? 1 : 7) {
                for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
                    QImage image = canvas(dpr, dpi);
                    QPainter painter(&image);
                    const ElidedLine line(text, font, LaidOutText::deviceFont(&painter, font),
                                          width, direction, Qt::AlignLeft | Qt::AlignVCenter);
                    const QString expected = metrics.elidedText(text, Qt::ElideRight, width);
                    QCOMPARE(line.text, expected);
                    QCOMPARE(line.advance, metrics.horizontalAdvance(expected));
                    if (width % 5 != 0)
                        continue; // painting every width adds time, not cases
                    const QRect rect(4, 3, width, 24);
                    line.line.draw(&painter, rect);
                    painter.end();
                    QImage drawn = canvas(dpr, dpi);
                    QPainter reference(&drawn);
                    reference.setFont(font);
                    reference.drawText(rect,
                                       Painting::textFlags(direction,
                                                           Qt::AlignLeft | Qt::AlignVCenter,
                                                           expected),
                                       expected);
                    reference.end();
                    QCOMPARE(image, drawn);
                }
            }
        }
    }
};

QTEST_MAIN(TestElidedLine)
#include "tst_elidedline.moc"
