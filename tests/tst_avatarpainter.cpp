#include "demo/avatarpainter.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QTest>

// The demo's generated pictures: a pure function of the key, in a plain QCoreApplication
// (the stand-alone server has no fonts), and different enough to tell people apart.
class TestAvatarPainter : public QObject
{
    Q_OBJECT

private:
    static QStringList sampleKeys()
    {
        QStringList keys{QStringLiteral("me")};
        for (int i = 1; i <= 40; ++i)
            keys.append(QStringLiteral("p%1").arg(i, 3, 10, QLatin1Char('0')));
        return keys;
    }

    // The picture as an 8×8 thumbnail: what the eye compares at a glance.
    static QImage thumbnail(const QString &key)
    {
        return QImage::fromData(AvatarPainter::png(key))
                .scaled(8, 8, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                .convertToFormat(QImage::Format_RGB32);
    }

    // Mean difference per channel between two thumbnails, 0..255.
    static qreal difference(const QImage &a, const QImage &b)
    {
        qreal total = 0;
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x) {
                const QRgb p = a.pixel(x, y);
                const QRgb q = b.pixel(x, y);
                total += qAbs(qRed(p) - qRed(q)) + qAbs(qGreen(p) - qGreen(q))
                        + qAbs(qBlue(p) - qBlue(q));
            }
        }
        return total / (a.width() * a.height() * 3);
    }

private slots:
    void isAPureFunctionOfTheKey()
    {
        const QByteArray first = AvatarPainter::png(QStringLiteral("p001"));
        QCOMPARE(AvatarPainter::png(QStringLiteral("p001")), first);
        const QImage image = QImage::fromData(first);
        QCOMPARE(image.size(), QSize(96, 96));
        QCOMPARE(QImage::fromData(AvatarPainter::png(QStringLiteral("p001"), 48)).size(),
                 QSize(48, 48));
        QVERIFY(first != AvatarPainter::png(QStringLiteral("p002")));
    }

    void peopleAreToldApart()
    {
        const QStringList keys = sampleKeys();
        QList<QImage> thumbnails;
        for (const QString &key : keys)
            thumbnails.append(thumbnail(key));
        qreal sum = 0;
        qreal closest = 255;
        int pairs = 0;
        for (int i = 0; i < thumbnails.size(); ++i) {
            for (int j = i + 1; j < thumbnails.size(); ++j) {
                const qreal d = difference(thumbnails.at(i), thumbnails.at(j));
                sum += d;
                closest = qMin(closest, d);
                ++pairs;
            }
        }
        const qreal mean = sum / pairs;
        qInfo("mean difference %.1f, closest pair %.1f", mean, closest);
        // The old silhouettes differed by about their background tint only.
        QVERIFY2(mean > 40, qPrintable(QString::number(mean)));
        QVERIFY2(closest > 8, qPrintable(QString::number(closest)));
    }

    // LINKUP_AVATAR_PREVIEW=<directory> writes a contact sheet of the sample keys, to look
    // at by eye; without it this does nothing.
    void preview()
    {
        const QString directory = qEnvironmentVariable("LINKUP_AVATAR_PREVIEW");
        if (directory.isEmpty())
            return;
        QVERIFY(QDir().mkpath(directory));
        const QStringList keys = sampleKeys();
        constexpr int Size = 64;
        constexpr int Columns = 8;
        QImage sheet(Columns * (Size + 8), int((keys.size() + Columns - 1) / Columns) * (Size + 8),
                     QImage::Format_RGB32);
        sheet.fill(Qt::white);
        QPainter painter(&sheet);
        painter.setRenderHint(QPainter::Antialiasing);
        for (int i = 0; i < keys.size(); ++i) {
            const QImage avatar = QImage::fromData(AvatarPainter::png(keys.at(i), Size));
            const QRect target((i % Columns) * (Size + 8) + 4, (i / Columns) * (Size + 8) + 4, Size,
                               Size);
            painter.setBrush(QBrush(avatar));
            painter.setBrushOrigin(target.topLeft());
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(target); // as the app rounds them
        }
        painter.end();
        const QString path = QDir(directory).filePath(QStringLiteral("avatars.png"));
        QVERIFY(sheet.save(path));
        qInfo("wrote %s", qPrintable(path));
    }
};

QTEST_GUILESS_MAIN(TestAvatarPainter)
#include "tst_avatarpainter.moc"
