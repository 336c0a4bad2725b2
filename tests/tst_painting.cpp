#include "painting.h"
#include "text/initials.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QUrl>

namespace {

QImage canvas(const QSize &size, qreal dpr, const QColor &background = Qt::transparent)
{
    QImage image((QSizeF(size) * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(background);
    return image;
}

// A row's background under the circle, so that its edge is blended as on screen.
const QColor RowBackground(0xf0, 0xe8, 0xd8);

// An initials circle as it was drawn before the disc was kept as a mask: an
// antialiased ellipse in the colour, the initials in white over it.
QImage drawnDirectly(const QString &name, const QString &colorKey, const QRect &rect, qreal dpr,
                     QPainter::RenderHints hints)
{
    QImage circle = canvas(rect.size(), dpr);
    QPainter p(&circle);
    p.setRenderHints(hints | QPainter::Antialiasing);
    const QRect local(QPoint(0, 0), rect.size());
    p.setPen(Qt::NoPen);
    p.setBrush(Initials::colorFor(colorKey));
    p.drawEllipse(QRectF(local));
    QFont font = QApplication::font();
    font.setBold(true);
    font.setPixelSize(qMax(1, qRound(rect.height() * 0.38)));
    p.setFont(font);
    p.setPen(Qt::white);
    const QString initials = Initials::of(name);
    p.drawText(local, Painting::textFlags(Qt::LeftToRight, Qt::AlignCenter, initials), initials);
    p.end();
    QImage target = canvas(QSize(64, 64), dpr, RowBackground);
    QPainter onTarget(&target);
    onTarget.drawImage(rect.topLeft(), circle);
    return target;
}

QImage painted(const QString &name, const QString &colorKey, const QRect &rect, qreal dpr,
               QPainter::RenderHints hints)
{
    QImage target = canvas(QSize(64, 64), dpr, RowBackground);
    QPainter painter(&target);
    painter.setRenderHints(hints);
    painter.setFont(QApplication::font());
    Painting::paintAvatar(&painter, rect, nullptr, QUrl(), name, colorKey);
    return target;
}

} // namespace

// The initials circles paint what an antialiased ellipse and drawText painted, for
// every colour, at every pixel ratio, drawn anew or from the cache.
class TestPainting : public QObject
{
    Q_OBJECT

private slots:
    void initialsCirclesPaintAsEllipses_data()
    {
        QTest::addColumn<qreal>("dpr");
        QTest::addColumn<int>("hints");
        for (const qreal dpr : {1.0, 1.5, 2.0}) {
            QTest::addRow("dpr %g", dpr)
                    << dpr << int(QPainter::Antialiasing | QPainter::TextAntialiasing);
            QTest::addRow("dpr %g, no hints", dpr) << dpr << 0;
        }
    }

    void initialsCirclesPaintAsEllipses()
    {
        QFETCH(qreal, dpr);
        QFETCH(int, hints);
        const QRect rect(7, 5, 48, 48);
        for (int i = 0; i < 300; ++i) {
            const QString name = QStringLiteral("Person %1 Example").arg(i);
            const QImage expected =
                    drawnDirectly(name, name, rect, dpr, QPainter::RenderHints(hints));
            QCOMPARE(painted(name, name, rect, dpr, QPainter::RenderHints(hints)), expected);
            QCOMPARE(painted(name, name, rect, dpr, QPainter::RenderHints(hints)), expected);
        }
        const QRect small(3, 2, 23, 23); // an odd size: another disc
        QCOMPARE(painted(QStringLiteral("Ada"), QStringLiteral("a"), small, dpr,
                         QPainter::RenderHints(hints)),
                 drawnDirectly(QStringLiteral("Ada"), QStringLiteral("a"), small, dpr,
                               QPainter::RenderHints(hints)));
    }

    // lookOf() keeps what it worked out: by name and colour key both, and past its bound.
    void theLookOfANameIsItsInitialsAndItsKeysColour()
    {
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < 600; ++i) {
                const QString name = QStringLiteral("Zoë %1 Ångström").arg(i);
                const QString key = QStringLiteral("urn:li:%1").arg(i % 7);
                const Initials::Look look = Initials::lookOf(name, key);
                QCOMPARE(look.letters, Initials::of(name));
                QCOMPARE(look.color, Initials::colorFor(key));
            }
        }
        const QString name = QStringLiteral("Ada Lovelace");
        const QString a = QStringLiteral("a");
        const QString b = QStringLiteral("b");
        QVERIFY(Initials::colorFor(a) != Initials::colorFor(b));
        QCOMPARE(Initials::lookOf(name, a).color, Initials::colorFor(a));
        QCOMPARE(Initials::lookOf(name, b).color, Initials::colorFor(b));
        QCOMPARE(Initials::lookOf(QStringLiteral("Bo Li"), a).letters, QStringLiteral("BL"));
    }
};

QTEST_MAIN(TestPainting)
#include "tst_painting.moc"
