#include "avatars/avatardiskcache.h"

#include <QDirIterator>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// Keeps every thread of the global pool busy until released, so that a prune started
// meanwhile waits: what the GUI thread did by itself can be seen before it runs.
class PoolHold
{
public:
    explicit PoolHold(QThreadPool *pool)
        : m_threads(pool->maxThreadCount())
    {
        for (int i = 0; i < m_threads; ++i) {
            pool->start([started = m_started, release = m_release] {
                started->release();
                release->acquire();
            });
        }
        m_started->acquire(m_threads); // every thread is held: whatever comes next waits
    }
    ~PoolHold() { release(); }
    void release()
    {
        m_release->release(m_threads - m_given);
        m_given = m_threads;
    }

private:
    // Shared with the held tasks, which may outlive this.
    std::shared_ptr<QSemaphore> m_started = std::make_shared<QSemaphore>();
    std::shared_ptr<QSemaphore> m_release = std::make_shared<QSemaphore>();
    const int m_threads;
    int m_given = 0;
};

} // namespace

// AvatarDiskCache on a real folder: a full cache is pruned on a worker thread, oldest
// first, down to its goal, never what is being written; the GUI thread deletes nothing.
class TestAvatarDiskCache : public QObject
{
    Q_OBJECT

private:
    static constexpr int ItemBytes = 4096;

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<AvatarDiskCache> m_cache;

    static QUrl urlOf(int n)
    {
        return QUrl(QStringLiteral("https://media.example/p/%1.png").arg(n));
    }

    static QNetworkCacheMetaData metaDataFor(const QUrl &url)
    {
        QNetworkCacheMetaData meta;
        meta.setUrl(url);
        meta.setSaveToDisk(true);
        meta.setRawHeaders({{"Content-Type", "image/png"}});
        return meta;
    }

    void store(int n)
    {
        QIODevice *device = m_cache->prepare(metaDataFor(urlOf(n)));
        QVERIFY(device);
        device->write(QByteArray(ItemBytes, char('a' + n % 26)));
        m_cache->insert(device);
    }

    bool has(int n)
    {
        std::unique_ptr<QIODevice> data(m_cache->data(urlOf(n)));
        return data != nullptr;
    }

    QStringList cacheFiles() const
    {
        QStringList files;
        QDirIterator it(m_folder->path(), {QStringLiteral("*.d")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        return files;
    }

    qint64 bytesOnDisk() const
    {
        qint64 total = 0;
        for (const QString &file : cacheFiles())
            total += QFileInfo(file).size();
        return total;
    }

    // File times have the kernel's tick as their resolution: items stored within one tick
    // would tie. Each item's file gets a time of its own, item n n seconds after the first.
    void ageByNumber(int count)
    {
        const QDateTime first = QDateTime::currentDateTimeUtc().addDays(-1);
        for (const QString &path : cacheFiles()) {
            const QUrl url = m_cache->fileMetaData(path).url();
            for (int n = 0; n < count; ++n) {
                if (url == urlOf(n)) {
                    QFile file(path);
                    QVERIFY(file.open(QIODevice::ReadWrite));
                    QVERIFY(file.setFileTime(first.addSecs(n), QFileDevice::FileModificationTime));
                }
            }
        }
    }

    // Stores count items once the cache knows its size (a prune of its own).
    void storeAndSettle(int count)
    {
        QSignalSpy pruned(m_cache.get(), &AvatarDiskCache::pruned);
        m_cache->measureInBackground();
        QVERIFY(pruned.wait());
        for (int n = 0; n < count; ++n)
            store(n);
        QVERIFY(!m_cache->isPruning());
    }

private slots:
    void init()
    {
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
        m_cache = std::make_unique<AvatarDiskCache>();
        m_cache->setCacheDirectory(m_folder->path());
        m_cache->setMaximumCacheSize(1024 * 1024);
    }

    void cleanup()
    {
        m_cache.reset();
        m_folder.reset();
    }

    void aFullCacheIsPrunedInTheBackgroundOldestFirst()
    {
        constexpr int Count = 40;
        storeAndSettle(Count);
        QCOMPARE(cacheFiles().size(), Count);
        ageByNumber(Count);

        const qint64 maximum = bytesOnDisk() / 2;
        QSignalSpy pruned(m_cache.get(), &AvatarDiskCache::pruned);
        PoolHold hold(m_cache->pruningPool());
        m_cache->setMaximumCacheSize(maximum); // over it now: QNetworkDiskCache deletes here
        QCOMPARE(cacheFiles().size(), Count); // nothing deleted on this thread
        QVERIFY(m_cache->isPruning());
        store(Count); // storing goes on meanwhile
        QVERIFY(has(Count));

        hold.release();
        QVERIFY(pruned.wait());
        const qint64 goal = maximum * AvatarDiskCache::PruneGoalPercent / 100;
        QVERIFY2(bytesOnDisk() < goal, qPrintable(QString::number(bytesOnDisk())));
        QCOMPARE(pruned.first().first().toLongLong(), bytesOnDisk());
        QVERIFY(!has(0)); // the oldest went first
        QVERIFY(has(Count - 1)); // the newest stayed
        QVERIFY(has(Count));
        QVERIFY(cacheFiles().size() > Count / 4);
    }

    void theSizeAfterAPruneCountsWhatWasStoredMeanwhile()
    {
        storeAndSettle(20);
        const qint64 stored = bytesOnDisk();
        QCOMPARE(m_cache->cacheSize(), stored);

        m_cache->setMaximumCacheSize(stored / 2);
        QSignalSpy pruned(m_cache.get(), &AvatarDiskCache::pruned);
        QVERIFY(pruned.wait());
        QCOMPARE(m_cache->cacheSize(), bytesOnDisk());
        m_cache->setMaximumCacheSize(stored * 2);
        store(100);
        QVERIFY(!m_cache->isPruning());
        QCOMPARE(m_cache->cacheSize(), bytesOnDisk());
    }

    void whatIsStoredDuringAPruneIsCountedAtLeastOnce()
    {
        storeAndSettle(20);
        QSignalSpy pruned(m_cache.get(), &AvatarDiskCache::pruned);
        PoolHold hold(m_cache->pruningPool());
        m_cache->setMaximumCacheSize(bytesOnDisk()); // full: a prune starts
        QVERIFY(m_cache->isPruning());
        const qint64 before = bytesOnDisk();
        for (int n = 20; n < 30; ++n)
            store(n); // the prune will count these too, the cache has already
        const qint64 storedMeanwhile = bytesOnDisk() - before;
        hold.release();
        QVERIFY(pruned.wait());
        QVERIFY(storedMeanwhile > 0);
        QVERIFY(m_cache->cacheSize() >= bytesOnDisk()); // never under: the bound holds
        QVERIFY(m_cache->cacheSize() <= bytesOnDisk() + storedMeanwhile);
    }

    void aFirstStoreDoesNotWaitForTheSize()
    {
        store(1); // without measureInBackground(): the first store starts the measuring
        QVERIFY(m_cache->isPruning() || m_cache->cacheSize() > 0);
        QTRY_VERIFY(!m_cache->isPruning());
        QVERIFY(has(1));
        QVERIFY(m_cache->cacheSize() >= bytesOnDisk());
    }

    void aFileBeingWrittenIsNeverPruned()
    {
        storeAndSettle(20);
        QIODevice *writing = m_cache->prepare(metaDataFor(urlOf(99)));
        QVERIFY(writing);
        writing->write(QByteArray(ItemBytes, 'z'));

        QSignalSpy pruned(m_cache.get(), &AvatarDiskCache::pruned);
        m_cache->setMaximumCacheSize(ItemBytes); // everything finished may go
        QVERIFY(pruned.wait());
        m_cache->insert(writing);
        QVERIFY(has(99));
    }

    void clearEmptiesTheCacheAtOnce()
    {
        storeAndSettle(10);
        m_cache->clear();
        QVERIFY(cacheFiles().isEmpty());
        QVERIFY(!has(3));
    }

    void aFolderThatIsNotThereIsAnEmptyCache()
    {
        QCOMPARE(AvatarDiskCache::prune(m_folder->filePath(QStringLiteral("missing")), 0), 0);
        QCOMPARE(AvatarDiskCache::prune(QString(), 0), 0);
    }
};

QTEST_GUILESS_MAIN(TestAvatarDiskCache)
#include "tst_avatardiskcache.moc"
