#pragma once

#include <QFutureWatcher>
#include <QNetworkDiskCache>
#include <QThreadPool>

// The avatars' disk cache: a QNetworkDiskCache whose expiry runs on a worker thread.
// QNetworkDiskCache::expire() walks and deletes the oldest files on the thread that
// stores the next one, the GUI thread here: with tens of thousands of pictures on disk
// that is a frozen window of 1-3 s (unlinking is slow on many file systems) each time
// the cache fills. Here a full cache starts a prune in the background instead and keeps
// storing meanwhile; the prune takes the cache down to PruneGoalPercent of its maximum,
// so that prunes are rare, and its outcome becomes the cache's size (plus what was stored
// while it ran, some of which it may have counted already: never an underestimate, so
// the cache never outgrows its maximum unnoticed).
class AvatarDiskCache : public QNetworkDiskCache
{
    Q_OBJECT

public:
    static constexpr int PruneGoalPercent = 75;

    explicit AvatarDiskCache(QObject *parent = nullptr);
    ~AvatarDiskCache() override; // waits for a prune under way

    // Learns the size of what is on disk (and prunes it if needed) in the background, so
    // that the first picture stored does not wait for it. Call after setCacheDirectory().
    void measureInBackground();

    bool isPruning() const { return m_prune.isRunning(); }
    // Where the prune runs (tests hold it busy to see what happens meanwhile).
    QThreadPool *pruningPool() { return &m_pruning; }
    qint64 cacheSize() const override; // with what the last prune learnt

    // What one prune does, on any thread: removes the oldest cache files under directory
    // (never one being written) until they take less than goal bytes; returns their size.
    static qint64 prune(const QString &directory, qint64 goal);

signals:
    // A prune finished; the cache holds about sizeBytes.
    void pruned(qint64 sizeBytes);

protected:
    qint64 expire() override;

private:
    void startPrune(qint64 sizeNow);
    void onPruned();

    // A pool of its own, not Qt's global one: the cache lives on the avatars' low-priority
    // thread, and a global pool thread made from there keeps that priority (Linux's nice
    // value passes to a new thread) for the window's own work, the API's parsing.
    QThreadPool m_pruning;
    QFutureWatcher<qint64> m_prune;
    qint64 m_sizeAtPruneStart = 0;
    qint64 m_correction = 0; // what the last prune learnt, handed over by the next expire()
    bool m_sizeKnown = false;
    bool m_inExpire = false;
};
