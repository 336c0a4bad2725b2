#include "avatars/avatarstore.h"
#include "demo/avatarpainter.h"
#include "demo/builtindemo.h"
#include "demo/sampleinbox.h"
#include "demo/scripting/scripteddemoserver.h"
#include "inbox/conversationlistmodel.h"
#include "inbox/inboxsync.h"
#include "support/demofixture.h"
#include "support/storefixture.h"

Q_DECLARE_METATYPE(ScriptedReply)

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// AvatarStore against the built-in server, which counts every picture request.
class TestAvatarStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScriptedDemoServer> m_server;
    std::unique_ptr<QTemporaryDir> m_cacheDir;

    QUrl avatarUrl(const QString &name) const
    {
        return m_server->baseUrl().resolved(QUrl(QStringLiteral("avatars/") + name));
    }

    int requestsFor(const QString &name) const
    {
        return m_server->avatarRequestsByPath().value(QStringLiteral("/avatars/") + name);
    }

    static bool settle(const AvatarStore &store)
    {
        return QTest::qWaitFor([&store] { return !store.isBusy(); }, 10000);
    }

    // Asks like a paint event would, then waits for the fetch and decode to finish.
    static QPixmap fetched(AvatarStore &store, const QUrl &url, qreal ratio = 1)
    {
        store.pixmap(url, 48, ratio);
        settle(store);
        return store.pixmap(url, 48, ratio);
    }

private slots:
    void init()
    {
        m_server = std::make_unique<ScriptedDemoServer>();
        QVERIFY(m_server->listenOnLoopback());
        m_cacheDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_cacheDir->isValid());
    }

    void cleanup()
    {
        m_server.reset();
        m_cacheDir.reset();
    }

    void answersAtOnceThenSignalsReady()
    {
        AvatarStore store(m_cacheDir->path());
        const QUrl url = avatarUrl(QStringLiteral("p001.png"));
        QVERIFY(store.pixmap(url, 48, 1).isNull()); // the caller shows initials meanwhile
        QSignalSpy ready(&store, &AvatarStore::avatarReady);
        QVERIFY(ready.wait());
        QCOMPARE(ready.takeFirst().at(0).toUrl(), url);
        const QPixmap pixmap = store.pixmap(url, 48, 1);
        QCOMPARE(pixmap.size(), QSize(48, 48));
        QCOMPARE(requestsFor(QStringLiteral("p001.png")), 1);
    }

    void rendersAtTheDevicePixelRatio_data()
    {
        QTest::addColumn<qreal>("ratio");
        QTest::addColumn<int>("pixels");
        QTest::newRow("1") << qreal(1) << 48;
        QTest::newRow("1.5") << qreal(1.5) << 72;
        QTest::newRow("2") << qreal(2) << 96;
    }

    void rendersAtTheDevicePixelRatio()
    {
        QFETCH(qreal, ratio);
        QFETCH(int, pixels);
        AvatarStore store(m_cacheDir->path());
        const QPixmap pixmap = fetched(store, avatarUrl(QStringLiteral("p002.png")), ratio);
        QCOMPARE(pixmap.size(), QSize(pixels, pixels));
        QCOMPARE(pixmap.devicePixelRatio(), ratio);
        QCOMPARE(pixmap.deviceIndependentSize(), QSizeF(48, 48));
    }

    void oneRequestPerUrlWhileInFlight()
    {
        AvatarStore store(m_cacheDir->path());
        const QUrl url = avatarUrl(QStringLiteral("p003.png"));
        for (int i = 0; i < 20; ++i)
            store.pixmap(url, 48, 1);
        store.pixmap(url, 48, 2); // another size of the same picture, same download
        QVERIFY(settle(store));
        QCOMPARE(requestsFor(QStringLiteral("p003.png")), 1);
        QVERIFY(!store.pixmap(url, 48, 1).isNull());
        QVERIFY(!store.pixmap(url, 48, 2).isNull());
        QCOMPARE(requestsFor(QStringLiteral("p003.png")), 1);
    }

    void atMostSixDownloadsAtOnce()
    {
        AvatarStore store(m_cacheDir->path());
        for (int i = 0; i < 30; ++i)
            m_server->scriptAvatar(QStringLiteral("/avatars/slow%1.png").arg(i), [] {
                ScriptedReply slow =
                        ScriptedReply::raw(200, AvatarPainter::png(QStringLiteral("x")));
                slow.delayMs = 100;
                return slow;
            }());
        int most = 0;
        QObject watcher;
        for (int i = 0; i < 30; ++i)
            store.pixmap(avatarUrl(QStringLiteral("slow%1.png").arg(i)), 48, 1);
        QTimer probe;
        connect(&probe, &QTimer::timeout, &watcher,
                [&] { most = qMax(most, store.downloadsInFlight()); });
        probe.start(5);
        QVERIFY(settle(store));
        QCOMPARE(m_server->avatarRequestCount(), 30);
        QVERIFY(most > 0);
        QVERIFY(most <= AvatarStore::MaxDownloads);
    }

    void theMostRecentlyAskedGoFirst()
    {
        AvatarStore store(m_cacheDir->path());
        QStringList order;
        connect(&store, &AvatarStore::avatarReady, &store,
                [&order](const QUrl &url) { order.append(url.fileName()); });
        // One batch as from a paint event; the last rows asked for are the ones on
        // screen now (the earlier ones have scrolled away).
        for (int i = 0; i < 20; ++i)
            store.pixmap(avatarUrl(QStringLiteral("r%1.png").arg(i, 2, 10, QLatin1Char('0'))), 48,
                         1);
        QVERIFY(settle(store));
        QCOMPARE(order.size(), 20);
        QVERIFY(order.indexOf(u"r19.png") < order.indexOf(u"r00.png"));
    }

    // A picture's cache file is made and written off the GUI thread: it reaches the disk
    // while this thread handles no event at all (the server answers from a thread of
    // its own meanwhile). That is why this waits by polling, not with QTRY_*.
    void theDiskCacheIsWrittenOffTheGuiThread()
    {
        BuiltInDemo demo;
        QVERIFY(demo.start());
        const QUrl url = demo.apiBase().resolved(QUrl(QStringLiteral("/avatars/p020.png")));
        AvatarStore store(m_cacheDir->path());
        store.pixmap(url, 48, 1);
        QCoreApplication::processEvents(); // downloads start once the paint has asked
        const auto cacheFiles = [this] {
            QDirIterator files(m_cacheDir->path(), {QStringLiteral("*.d")}, QDir::Files,
                               QDirIterator::Subdirectories);
            return files.hasNext();
        };
        QDeadlineTimer deadline(10000);
        while (!cacheFiles() && !deadline.hasExpired())
            QThread::msleep(2);
        QVERIFY(cacheFiles());
        QVERIFY(settle(store));
        QVERIFY(!store.pixmap(url, 48, 1).isNull());
    }

    void secondRunUsesTheDiskCache()
    {
        const QList<QUrl> urls = {avatarUrl(QStringLiteral("p010.png")),
                                  avatarUrl(QStringLiteral("p011.png")),
                                  avatarUrl(QStringLiteral("p012.png"))};
        {
            AvatarStore first(m_cacheDir->path());
            for (const QUrl &url : urls)
                first.pixmap(url, 48, 1);
            QVERIFY(settle(first));
        }
        const int before = m_server->avatarRequestCount();
        QCOMPARE(before, 3);
        AvatarStore second(m_cacheDir->path());
        for (const QUrl &url : urls)
            QVERIFY(!fetched(second, url).isNull());
        QCOMPARE(m_server->avatarRequestCount(), before);
    }

    void hostileAnswersKeepThePlaceholder_data()
    {
        QTest::addColumn<ScriptedReply>("reply");
        QFile bomb(QFINDTESTDATA("data/bomb-20000x20000.png"));
        QVERIFY(bomb.open(QIODevice::ReadOnly));
        QTest::newRow("20000x20000 png") << ScriptedReply::raw(200, bomb.readAll());
        const QByteArray good = AvatarPainter::png(QStringLiteral("t"));
        QTest::newRow("truncated") << ScriptedReply::raw(200, good.left(good.size() / 2));
        QTest::newRow("not an image") << ScriptedReply::raw(200, "<html>oops</html>");
        QTest::newRow("404") << ScriptedReply::raw(404, "not found");
        QTest::newRow("403 expired") << ScriptedReply::raw(403, "URL signature expired");
        QTest::newRow("3 MB") << ScriptedReply::raw(200, QByteArray(3 * 1024 * 1024, 'x'));
        ScriptedReply dropped;
        dropped.body = "x";
        dropped.closeWithoutAnswer = true;
        QTest::newRow("connection dropped") << dropped;
        ScriptedReply endless = ScriptedReply::raw(200, good.left(64));
        endless.streamBytes = -1;
        endless.declareLength = false;
        QTest::newRow("a body that never ends") << endless;
        ScriptedReply drip = ScriptedReply::raw(200, good.left(64));
        drip.streamBytes = -1;
        drip.declareLength = false;
        drip.chunkBytes = 1;
        drip.chunkIntervalMs = 100;
        QTest::newRow("a slow drip") << drip;
    }

    void redirectsLeadOnlyToHttps()
    {
        // Plain http is allowed for the loopback URL asked for, never through a redirect.
        m_server->scriptAvatar(QStringLiteral("/avatars/moved.png"),
                               ScriptedReply::redirect(avatarUrl(QStringLiteral("p020.png"))));
        AvatarStore store(m_cacheDir->path());
        const QUrl url = avatarUrl(QStringLiteral("moved.png"));
        QVERIFY(fetched(store, url).isNull());
        QVERIFY(store.hasFailed(url));
        QCOMPARE(requestsFor(QStringLiteral("p020.png")), 0);
    }

    void hostileAnswersKeepThePlaceholder()
    {
        QFETCH(ScriptedReply, reply);
        m_server->scriptAvatar(QStringLiteral("/avatars/bad.png"), reply);
        AvatarStore store(m_cacheDir->path());
        store.setTimeouts(1000, 2000); // the drip never falls silent: only the deadline ends it
        QSignalSpy ready(&store, &AvatarStore::avatarReady);
        const QUrl url = avatarUrl(QStringLiteral("bad.png"));
        QVERIFY(fetched(store, url).isNull());
        QVERIFY(store.hasFailed(url));
        QCOMPARE(ready.count(), 0);
        // Remembered for the session: no retry storm. (Qt itself may resend a GET once
        // when the connection drops before an answer.)
        const int requests = requestsFor(QStringLiteral("bad.png"));
        QVERIFY(requests >= 1 && requests <= 2);
        store.pixmap(url, 48, 1);
        QVERIFY(settle(store));
        QCOMPARE(requestsFor(QStringLiteral("bad.png")), requests);
        // The store still works for good pictures.
        QVERIFY(!fetched(store, avatarUrl(QStringLiteral("p020.png"))).isNull());
    }

    void unsafeUrlsAreNeverFetched_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::newRow("javascript") << QUrl(QStringLiteral("javascript:alert(1)"));
        QTest::newRow("file") << QUrl(QStringLiteral("file:///etc/passwd"));
        QTest::newRow("plain http elsewhere") << QUrl(QStringLiteral("http://example.com/a.png"));
        QTest::newRow("data") << QUrl(QStringLiteral("data:image/png;base64,AAAA"));
    }

    void unsafeUrlsAreNeverFetched()
    {
        QFETCH(QUrl, url);
        AvatarStore store(m_cacheDir->path());
        QVERIFY(store.pixmap(url, 48, 1).isNull());
        QVERIFY(!store.isBusy());
        QVERIFY(store.hasFailed(url));
        QCOMPARE(m_server->avatarRequestCount(), 0);
    }

    void onlyTheRowsShowingThePictureRepaint()
    {
        DemoFixture demo;
        QVERIFY(demo.start());
        StoreFixture saved;
        QVERIFY(saved.open());
        ConversationListModel model(&saved.conversations, InboxCategory::Inbox);
        InboxSync sync(&saved.conversations, &model,
                       [&demo](const InboxQuery &query, QObject *context,
                               LinkupClient::InboxCallback onDone) {
                           return demo.client.fetchInbox(query, context, std::move(onDone));
                       });
        AvatarStore store(m_cacheDir->path());
        model.setAvatarStore(&store);
        sync.start();
        sync.loadMore();
        QTRY_COMPARE(sync.state(), PageLoader::State::Idle);
        int row = -1;
        for (int r = 0; r < model.rowCount() && row < 0; ++r) {
            if (!model.index(r).data(ConversationListModel::AvatarUrlRole).toUrl().isEmpty())
                row = r;
        }
        QVERIFY(row >= 0);
        const QUrl url = model.index(row).data(ConversationListModel::AvatarUrlRole).toUrl();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy ready(&store, &AvatarStore::avatarReady);
        store.pixmap(url, 48, 1);
        QVERIFY(ready.wait());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), row);
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{Qt::DecorationRole});
    }
};

QTEST_MAIN(TestAvatarStore)
#include "tst_avatarstore.moc"
