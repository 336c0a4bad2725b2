#include "avatarfetcher.h"

#include "api/urlpolicy.h"
#include "avatardecoder.h"
#include "avatardiskcache.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

AvatarFetcher::AvatarFetcher(const QString &cacheDirectory, qint64 cacheBytes, int maxRedirects)
    : m_cacheDirectory(cacheDirectory)
    , m_cacheBytes(cacheBytes)
    , m_maxRedirects(maxRedirects)
{
}

void AvatarFetcher::open()
{
    Q_ASSERT(!m_network);
    m_network = new QNetworkAccessManager(this);
    auto *disk = new AvatarDiskCache(m_network); // expires off this thread too
    disk->setCacheDirectory(m_cacheDirectory);
    disk->setMaximumCacheSize(m_cacheBytes);
    disk->measureInBackground();
    m_network->setCache(disk);
    // Every hop must keep to the picture rule, not only the first URL.
    m_network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
}

void AvatarFetcher::fetch(const QUrl &url, int silenceMs, int deadlineMs)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    request.setTransferTimeout(silenceMs);
    request.setMaximumRedirectsAllowed(m_maxRedirects);
    QNetworkReply *reply = m_network->get(request);
    // The transfer timeout counts silence; a slow drip must not hold a download slot
    // forever either.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, &QNetworkReply::abort);
    deadline->start(deadlineMs);
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
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void AvatarFetcher::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const QUrl url = reply->request().url();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status >= 400) {
        // Expired CDN links (403/404) land here too. Qt's error string names the whole
        // URL (an expiring CDN token): the codes only.
        emit fetched(
                url, {},
                QStringLiteral("HTTP %1, network error %2").arg(status).arg(int(reply->error())));
        return;
    }
    emit fetched(url, reply->readAll(), {});
}
