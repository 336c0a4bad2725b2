#include "avatarstore.h"

#include "api/urlpolicy.h"
#include "avatardecoder.h"
#include "avatarfetcher.h"
#include "startup/heaptrim.h"
#include "startup/threadpriority.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcAvatars, "linkup.avatars")

AvatarStore::AvatarStore(const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_fetcher(new AvatarFetcher(cacheDirectory, DiskCacheBytes, MaxRedirects))
    , m_pixmaps(MemoryCacheBytes)
{
    m_fetchThread.setObjectName(QStringLiteral("linkup-avatars"));
    m_decoders.setObjectName(QStringLiteral("linkup-decoders")); // names its threads
    m_fetcher->moveToThread(&m_fetchThread);
    // Made and unmade on its thread: its network replies and cache files live there.
    connect(&m_fetchThread, &QThread::finished, m_fetcher, &QObject::deleteLater);
    connect(m_fetcher, &AvatarFetcher::fetched, this, &AvatarStore::onFetched);
    m_fetchThread.start();
    QMetaObject::invokeMethod(m_fetcher, [fetcher = m_fetcher] {
        ThreadPriority::yieldToTheWindow();
        fetcher->open(); // before any fetch
    });
}

AvatarStore::~AvatarStore()
{
    m_fetchThread.quit();
    m_fetchThread.wait();
}

QString AvatarStore::defaultCacheDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
            + QStringLiteral("/avatars");
}

QString AvatarStore::cacheKey(const QUrl &url, const Size &size)
{
    return url.toString() + u'@' + QString::number(size.logical) + u'x'
            + QString::number(size.ratio);
}

bool AvatarStore::isBusy() const
{
    return !m_waiting.isEmpty() || !m_inFlight.isEmpty() || m_decoding > 0;
}

void AvatarStore::setTimeouts(int silenceMs, int deadlineMs)
{
    m_silenceMs = silenceMs;
    m_deadlineMs = deadlineMs;
}

QPixmap AvatarStore::pixmap(const QUrl &url, int logicalSize, qreal devicePixelRatio)
{
    const Size size{logicalSize, devicePixelRatio};
    if (const QPixmap *cached = m_pixmaps.object(cacheKey(url, size)))
        return *cached;
    if (url.isEmpty() || m_failed.contains(url) || logicalSize <= 0)
        return {};
    if (!UrlPolicy::isFetchableImageUrl(url)) {
        fail(url, QStringLiteral("not an https (or loopback http) URL"));
        return {};
    }

    Wanted &wanted = m_inFlight.contains(url) ? m_inFlight[url] : m_waiting[url];
    wanted.lastAsked = ++m_askSerial;
    if (!wanted.sizes.contains(size))
        wanted.sizes.append(size);
    if (!m_startScheduled) {
        // Paint events ask for many rows in a row; start downloads once they all have.
        m_startScheduled = true;
        QTimer::singleShot(0, this, &AvatarStore::startDownloads);
    }
    return {};
}

void AvatarStore::startDownloads()
{
    m_startScheduled = false;
    // Rows scrolled far away lose their place rather than hold up the ones on screen.
    while (m_waiting.size() > MaxWaiting) {
        auto oldest = m_waiting.begin();
        for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it) {
            if (it->lastAsked < oldest->lastAsked)
                oldest = it;
        }
        m_waiting.erase(oldest);
    }
    while (m_inFlight.size() < MaxDownloads && !m_waiting.isEmpty()) {
        auto newest = m_waiting.begin();
        for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it) {
            if (it->lastAsked > newest->lastAsked)
                newest = it;
        }
        const QUrl url = newest.key();
        m_inFlight.insert(url, newest.value());
        m_waiting.erase(newest);
        download(url);
    }
    emitIdleIfDone();
}

void AvatarStore::download(const QUrl &url)
{
    QMetaObject::invokeMethod(
            m_fetcher, [fetcher = m_fetcher, url, silence = m_silenceMs, deadline = m_deadlineMs] {
                fetcher->fetch(url, silence, deadline);
            });
}

void AvatarStore::onFetched(const QUrl &url, const QByteArray &bytes, const QString &error)
{
    const Wanted wanted = m_inFlight.take(url);
    if (!error.isEmpty())
        fail(url, error); // expired CDN links (403/404) too: the initials stay, quietly
    else
        decode(url, bytes, wanted.sizes);
    startDownloads();
}

void AvatarStore::decode(const QUrl &url, const QByteArray &bytes, const QList<Size> &sizes)
{
    for (const Size &size : sizes) {
        ++m_decoding;
        const int pixelSize = qRound(size.logical * size.ratio);
        // A watcher owned by the store rather than QFuture::then(context): Qt 6.4 asserts
        // when a continuation's context dies first, and the store may go while decoding.
        auto *watcher = new QFutureWatcher<AvatarDecoder::Result>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, url, size] {
            watcher->deleteLater();
            --m_decoding;
            const AvatarDecoder::Result result = watcher->result();
            if (result.image.isNull()) {
                fail(url, result.error);
            } else {
                auto *pixmap = new QPixmap(QPixmap::fromImage(result.image));
                pixmap->setDevicePixelRatio(size.ratio);
                const int cost = pixmap->width() * pixmap->height() * 4;
                m_pixmaps.insert(cacheKey(url, size), pixmap, cost);
                emit avatarReady(url);
            }
            emitIdleIfDone();
        });
        watcher->setFuture(QtConcurrent::run(&m_decoders, [bytes, pixelSize] {
            // Once per thread would do; the call costs less than a microsecond.
            ThreadPriority::yieldToTheWindow();
            return AvatarDecoder::decode(bytes, pixelSize);
        }));
    }
}

void AvatarStore::fail(const QUrl &url, const QString &why)
{
    qCDebug(lcAvatars) << "keeping the placeholder for" << url.host() << why;
    m_failed.insert(url);
}

void AvatarStore::emitIdleIfDone()
{
    if (!isBusy()) {
        // Decoding leaves the pool's heap full of freed buffers: scrolling 100 000 rows
        // held 40 MB of them.
        HeapTrim::trimSoon();
        emit idle();
    }
}
