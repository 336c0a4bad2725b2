#include "avatardiskcache.h"

#include <QDirIterator>
#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

// QNetworkDiskCache's own layout: finished files end in ".d"; those under "prepared"
// are still being written.
constexpr QLatin1StringView CacheFileSuffix(".d");
constexpr QLatin1StringView BeingWritten("/prepared/");

struct CacheFile
{
    QDateTime written;
    qint64 size;
    QString path;
};

} // namespace

AvatarDiskCache::AvatarDiskCache(QObject *parent)
    : QNetworkDiskCache(parent)
{
    m_pruning.setObjectName(QStringLiteral("linkup-prune")); // names its thread
    m_pruning.setMaxThreadCount(1);
    connect(&m_prune, &QFutureWatcherBase::finished, this, &AvatarDiskCache::onPruned);
}

AvatarDiskCache::~AvatarDiskCache()
{
    m_prune.waitForFinished();
}

qint64 AvatarDiskCache::expire()
{
    // clear() sets the maximum to 0 and expects everything gone when it returns.
    if (maximumCacheSize() == 0)
        return QNetworkDiskCache::expire();
    // cacheSize() asks expire() when the size is not known yet: the first prune learns it.
    if (m_inExpire)
        return 0;
    m_inExpire = true;
    const qint64 size = cacheSize();
    m_inExpire = false;
    m_correction = 0; // QNetworkDiskCache takes the returned size as its own
    if (!isPruning() && (!m_sizeKnown || size >= maximumCacheSize()))
        startPrune(size);
    return size;
}

void AvatarDiskCache::measureInBackground()
{
    if (!m_sizeKnown && !isPruning())
        startPrune(0);
}

qint64 AvatarDiskCache::cacheSize() const
{
    return std::max<qint64>(0, QNetworkDiskCache::cacheSize() + m_correction);
}

void AvatarDiskCache::startPrune(qint64 sizeNow)
{
    m_sizeAtPruneStart = sizeNow;
    const qint64 goal = maximumCacheSize() * PruneGoalPercent / 100;
    m_prune.setFuture(
            QtConcurrent::run(&m_pruning, &AvatarDiskCache::prune, cacheDirectory(), goal));
}

void AvatarDiskCache::onPruned()
{
    const qint64 remaining = m_prune.result();
    // What was stored while the prune ran is counted on top of what it left.
    m_correction = remaining - m_sizeAtPruneStart;
    m_sizeKnown = true;
    emit pruned(remaining);
}

qint64 AvatarDiskCache::prune(const QString &directory, qint64 goal)
{
    if (directory.isEmpty())
        return 0;
    QList<CacheFile> files;
    qint64 total = 0;
    QDirIterator it(directory, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        const QString path = info.filePath();
        if (!path.endsWith(CacheFileSuffix) || path.contains(BeingWritten))
            continue;
        // Written once (a new picture is a new file): its last change is its age.
        files.append({info.lastModified(), info.size(), path});
        total += info.size();
    }
    if (total < goal)
        return total;
    std::sort(files.begin(), files.end(),
              [](const CacheFile &a, const CacheFile &b) { return a.written < b.written; });
    for (const CacheFile &file : std::as_const(files)) {
        if (total < goal)
            break;
        // A file in use may refuse (Windows): it stays counted, the next prune retries.
        if (QFile::remove(file.path))
            total -= file.size;
    }
    return total;
}
