// Benchmark (label "benchmark", not part of the normal test run):
//   ctest --test-dir build -L benchmark --verbose
// Reports the time to decode, scale and round one avatar, and the memory the avatar
// cache holds after "scrolling" through 1000 conversations with distinct pictures.

#include "avatars/avatardecoder.h"
#include "avatars/avatarstore.h"
#include "demo/avatarpainter.h"
#include "demo/scripting/scripteddemoserver.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray jpegOf(int side)
{
    // A photo-like picture: the generated avatar scaled up, with noise so JPEG works.
    QImage image = QImage::fromData(AvatarPainter::png(QStringLiteral("bench"), 96))
                           .scaled(side, side, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                           .convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < side; y += 3)
        for (int x = (y * 7) % 5; x < side; x += 5)
            image.setPixel(x, y, image.pixel(x, y) ^ 0x0f0f0f);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

// Resident memory of this process in KiB (Linux); -1 elsewhere.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class BenchAvatars : public QObject
{
    Q_OBJECT

private slots:
    void decodeScaleRound_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("pixelSize");
        QTest::newRow("200px jpeg -> 48") << jpegOf(200) << 48;
        QTest::newRow("200px jpeg -> 96 (dpr 2)") << jpegOf(200) << 96;
        QTest::newRow("400px jpeg -> 96 (dpr 2)") << jpegOf(400) << 96;
        QTest::newRow("96px png -> 96") << AvatarPainter::png(QStringLiteral("b"), 96) << 96;
    }

    void decodeScaleRound()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, pixelSize);
        QBENCHMARK {
            const AvatarDecoder::Result result = AvatarDecoder::decode(bytes, pixelSize);
            QVERIFY(!result.image.isNull());
        }
    }

    void memoryAfterThousandConversations_data()
    {
        QTest::addColumn<qreal>("ratio");
        QTest::newRow("dpr 1") << qreal(1);
        QTest::newRow("dpr 2") << qreal(2);
    }

    void memoryAfterThousandConversations()
    {
        QFETCH(qreal, ratio);
        ScriptedDemoServer server;
        QVERIFY(server.listenOnLoopback());
        QTemporaryDir cache;
        AvatarStore store(cache.path());
        const qint64 rssBefore = residentKiB();
        constexpr int Conversations = 1000;
        constexpr int Screen = 10; // rows a window shows at once
        for (int first = 0; first < Conversations; first += Screen) {
            for (int row = first; row < first + Screen; ++row)
                store.pixmap(
                        server.baseUrl().resolved(QUrl(QStringLiteral("avatars/b%1.png").arg(row))),
                        48, ratio);
            QVERIFY(QTest::qWaitFor([&store] { return !store.isBusy(); }, 30000));
        }
        QCOMPARE(server.avatarRequestCount(), Conversations);
        const qint64 rssAfter = residentKiB();
        qInfo("dpr %.1f: %d avatars in memory, %.1f MiB counted by the cache (limit %.0f MiB); "
              "process RSS grew %.1f MiB",
              ratio, store.memoryCacheCount(), store.memoryCacheBytes() / 1048576.0,
              AvatarStore::MemoryCacheBytes / 1048576.0, (rssAfter - rssBefore) / 1024.0);
        QVERIFY(store.memoryCacheBytes() <= AvatarStore::MemoryCacheBytes);
    }
};

QTEST_MAIN(BenchAvatars)
#include "bench_avatars.moc"
