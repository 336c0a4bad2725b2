#pragma once

#include <QCache>
#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QUrl>

class AvatarFetcher;

// Profile pictures for the conversation rows. pixmap() answers at once: the finished
// round avatar when it is in memory, else a null pixmap (the caller paints the initials
// placeholder) while the picture is fetched. When it is ready, avatarReady(url) lets the
// model repaint just the rows that show it.
//
// Fetching: an AvatarFetcher on a thread of its own, with its own QNetworkAccessManager
// over a capped AvatarDiskCache (a picture is downloaded once, across runs; its files are
// never made on the GUI thread), at most MaxDownloads at once, the most recently asked
// for first (rows on screen), each URL once while in flight; a failed URL is remembered
// for the session. Decoding runs on the store's own pool (AvatarDecoder); only QPixmap
// creation happens on the GUI thread. Finished avatars live in a byte-bounded QCache.
class AvatarStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxDownloads = 6;
    static constexpr qint64 DiskCacheBytes = qint64(50) * 1024 * 1024;
    // Decoded pictures: 450 rows' worth at 48 px (9 KB each; 110 at ratio 2, 36 KB each),
    // ten screens or more either way; the disk cache holds the rest, decoded again off
    // the GUI thread when scrolled back to. Twice this held 4 MB more at 10 000 rows
    // loaded for pictures scrolled past long ago.
    static constexpr int MemoryCacheBytes = 4 * 1024 * 1024;
    static constexpr int MaxWaiting = 200; // beyond that, the least recently asked are dropped
    static constexpr int TimeoutMs = 20000; // silence
    static constexpr int DeadlineMs = 30000; // the whole download
    static constexpr int MaxRedirects = 3;

    explicit AvatarStore(const QString &cacheDirectory = defaultCacheDirectory(),
                         QObject *parent = nullptr);
    ~AvatarStore() override;

    static QString defaultCacheDirectory();

    QPixmap pixmap(const QUrl &url, int logicalSize, qreal devicePixelRatio);

    // Silence timeout and total deadline of each download (TimeoutMs and DeadlineMs
    // unless set; tests make them short).
    void setTimeouts(int silenceMs, int deadlineMs);

    bool hasFailed(const QUrl &url) const { return m_failed.contains(url); }
    bool isBusy() const;
    int downloadsInFlight() const { return int(m_inFlight.size()); }
    qint64 memoryCacheBytes() const { return m_pixmaps.totalCost(); }
    int memoryCacheCount() const { return int(m_pixmaps.count()); }

signals:
    void avatarReady(const QUrl &url);
    // Nothing is downloading, decoding or waiting any more.
    void idle();

private:
    struct Size
    {
        int logical;
        qreal ratio;
        friend bool operator==(const Size &a, const Size &b)
        {
            return a.logical == b.logical && qFuzzyCompare(a.ratio, b.ratio);
        }
    };
    struct Wanted
    {
        quint64 lastAsked = 0;
        QList<Size> sizes;
    };

    static QString cacheKey(const QUrl &url, const Size &size);
    void startDownloads();
    void download(const QUrl &url);
    void onFetched(const QUrl &url, const QByteArray &bytes, const QString &error);
    void decode(const QUrl &url, const QByteArray &bytes, const QList<Size> &sizes);
    void fail(const QUrl &url, const QString &why);
    void emitIdleIfDone();

    QThread m_fetchThread;
    AvatarFetcher *m_fetcher; // lives on m_fetchThread
    // Decoding, on threads of its own that yield to the window's (not the global pool,
    // whose other work keeps its normal priority).
    QThreadPool m_decoders;
    QCache<QString, QPixmap> m_pixmaps;
    QHash<QUrl, Wanted> m_waiting;
    QHash<QUrl, Wanted> m_inFlight;
    QSet<QUrl> m_failed;
    int m_decoding = 0;
    int m_silenceMs = TimeoutMs;
    int m_deadlineMs = DeadlineMs;
    quint64 m_askSerial = 0;
    bool m_startScheduled = false;
};
