#pragma once

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// Downloads pictures over HTTP through a capped AvatarDiskCache, on the thread it lives
// on: AvatarStore moves it to a thread of its own, so that neither the cache's files
// (created as each picture arrives, read when it is there already) nor the replies take
// the window's frames. Each hop of a redirect keeps to the picture rule; a body over
// AvatarDecoder::MaxBytes, silence longer than the silence timeout or a download longer
// than the deadline ends the download. fetched() tells how each one ended.
class AvatarFetcher : public QObject
{
    Q_OBJECT

public:
    AvatarFetcher(const QString &cacheDirectory, qint64 cacheBytes, int maxRedirects);

    // Makes the network and its cache, on the thread the fetcher lives on (the cache's
    // own watcher must live there too); call once, before the first fetch.
    void open();
    void fetch(const QUrl &url, int silenceMs, int deadlineMs);

signals:
    // bytes when it worked, else why not (for the log: never the whole URL).
    void fetched(const QUrl &url, const QByteArray &bytes, const QString &error);

private:
    void onFinished(QNetworkReply *reply);

    const QString m_cacheDirectory;
    const qint64 m_cacheBytes;
    const int m_maxRedirects;
    QNetworkAccessManager *m_network = nullptr;
};
