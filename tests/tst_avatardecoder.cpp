#include "avatars/avatardecoder.h"
#include "demo/avatarpainter.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

// AvatarDecoder on good and hostile bytes.
class TestAvatarDecoder : public QObject
{
    Q_OBJECT

private:
    static QByteArray encoded(const QImage &image, const char *format = "PNG")
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, format);
        return bytes;
    }

private slots:
    void roundsAndScales_data()
    {
        QTest::addColumn<int>("pixelSize");
        QTest::newRow("48") << 48;
        QTest::newRow("72 (dpr 1.5)") << 72;
        QTest::newRow("96 (dpr 2)") << 96;
    }

    void roundsAndScales()
    {
        QFETCH(int, pixelSize);
        const AvatarDecoder::Result result =
                AvatarDecoder::decode(AvatarPainter::png(QStringLiteral("p001"), 96), pixelSize);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.image.size(), QSize(pixelSize, pixelSize));
        QCOMPARE(result.image.format(), QImage::Format_ARGB32_Premultiplied);
        QCOMPARE(qAlpha(result.image.pixel(0, 0)), 0); // outside the circle
        QCOMPARE(qAlpha(result.image.pixel(pixelSize / 2, pixelSize / 2)), 255);
    }

    void cropsTheCentreOfAWideImage()
    {
        QImage wide(300, 100, QImage::Format_RGB32);
        wide.fill(Qt::red);
        for (int x = 100; x < 200; ++x)
            for (int y = 0; y < 100; ++y)
                wide.setPixel(x, y, qRgb(0, 0, 255));
        const AvatarDecoder::Result result = AvatarDecoder::decode(encoded(wide), 48);
        QVERIFY(!result.image.isNull());
        const QColor centre = result.image.pixelColor(24, 24);
        QVERIFY(centre.blue() > 200 && centre.red() < 50);
        const QColor nearEdge = result.image.pixelColor(3, 24);
        QVERIFY(nearEdge.red() < 50); // no red strip: the sides were cropped, not squeezed
    }

    void acceptsJpeg()
    {
        QImage photo(120, 120, QImage::Format_RGB32);
        photo.fill(Qt::darkCyan);
        QVERIFY(!AvatarDecoder::decode(encoded(photo, "JPEG"), 48).image.isNull());
    }

    void refusesHostileInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray good = AvatarPainter::png(QStringLiteral("p002"), 96);
        QFile bomb(QFINDTESTDATA("data/bomb-20000x20000.png"));
        QVERIFY(bomb.open(QIODevice::ReadOnly));
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("not an image") << QByteArray("<html>403 Forbidden</html>")
                                      << QStringLiteral("not a readable image");
        QTest::newRow("truncated png") << good.left(good.size() / 2) << QString();
        QTest::newRow("header only") << good.left(40) << QString();
        QTest::newRow("over 2 MB") << QByteArray(3 * 1024 * 1024, 'x') << QStringLiteral("over");
        QTest::newRow("20000x20000 bomb") << bomb.readAll() << QStringLiteral("declared size");
        QImage tall(10, 3000, QImage::Format_RGB32);
        tall.fill(Qt::green);
        QTest::newRow("3000 px tall") << encoded(tall) << QStringLiteral("declared size");
    }

    void refusesHostileInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const AvatarDecoder::Result result = AvatarDecoder::decode(bytes, 96);
        QVERIFY(result.image.isNull());
        QVERIFY(!result.error.isEmpty());
        if (!reason.isEmpty())
            QVERIFY2(result.error.contains(reason), qPrintable(result.error));
    }

    void refusesBadTargetSizes()
    {
        const QByteArray good = AvatarPainter::png(QStringLiteral("p003"), 96);
        QVERIFY(AvatarDecoder::decode(good, 0).image.isNull());
        QVERIFY(AvatarDecoder::decode(good, 100000).image.isNull());
    }
};

QTEST_GUILESS_MAIN(TestAvatarDecoder)
#include "tst_avatardecoder.moc"
