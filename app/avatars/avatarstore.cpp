#include "avatarstore.h"

#include "api/urlpolicy.h"
#include "avatardecoder.h"
#include "avatardiskcache.h"
#include "startup/heaptrim.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcAvatars, "linkup.avatars")

AvatarStore::AvatarStore(const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_pixmaps(MemoryCacheBytes)
{
    auto *disk = new AvatarDiskCache(m_network); // expires off the GUI thread
    disk->setCacheDirectory(cacheDirectory);
    disk->setMaximumCacheSize(DiskCacheBytes);
    disk->measureInBackground();
    m_network->setCache(disk);
    // Every hop must keep to the picture rule, not only the first URL.
    m_network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
}

AvatarStore::~AvatarStore() = default;

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
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    request.setTransferTimeout(m_silenceMs);
    request.setMaximumRedirectsAllowed(MaxRedirects);
    QNetworkReply *reply = m_network->get(request);
    // The transfer timeout counts silence; a slow drip must not hold a download slot
    // forever either.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, &QNetworkReply::abort);
    deadline->start(m_deadlineMs);
    connect(reply, &QNetworkReply::redirected, reply, [reply](const QUrl &target) {
        if (UrlPolicy::isAllowedImageRedirect(target))
            emit reply->redirectAllowed();
        else
            reply->abort();
    });
    // Refuse oversized bodies as soon as they announce or reveal themselves.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > AvatarDecoder::MaxBytes || total > AvatarDecoder::MaxBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onDownloaded(reply); });
}

void AvatarStore::onDownloaded(QNetworkReply *reply)
{
    reply->deleteLater();
    const QUrl url = reply->request().url();
    const Wanted wanted = m_inFlight.take(url);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status >= 400) {
        // Expired CDN links (403/404) land here too: the initials stay, quietly.
        // Qt's error string names the whole URL (an expiring CDN token): the code only.
        fail(url, QStringLiteral("HTTP %1, network error %2").arg(status).arg(int(reply->error())));
    } else {
        decode(url, reply->readAll(), wanted.sizes);
    }
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
        watcher->setFuture(QtConcurrent::run(&AvatarDecoder::decode, bytes, pixelSize));
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
