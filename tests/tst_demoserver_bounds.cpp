// The built-in server's own defences: only requests addressed to it, bounded requests.

#include "demo/demoserver.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDemoServerBounds : public QObject
{
    Q_OBJECT

private:
    DemoServer m_server;

    // Sends raw bytes (the server runs in this thread, so everything waits on signals),
    // returns the status code of the answer (0 for none).
    int exchange(const QByteArray &request, QByteArray *answer = nullptr)
    {
        QTcpSocket socket;
        QByteArray received;
        connect(&socket, &QTcpSocket::readyRead, &socket,
                [&socket, &received] { received += socket.readAll(); });
        connect(&socket, &QTcpSocket::connected, &socket,
                [&socket, &request] { socket.write(request); });
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        socket.connectToHost(u"127.0.0.1"_s, m_server.port());
        if (!closed.wait(10000))
            return -1;
        received += socket.readAll();
        if (answer)
            *answer = received;
        const QList<QByteArray> statusLine = received.left(received.indexOf('\r')).split(' ');
        return statusLine.value(1).toInt();
    }

    static QByteArray inboxRequest(const QByteArray &host, const QByteArray &body)
    {
        return "POST /v1/messages/inbox HTTP/1.1\r\nHost: " + host
                + "\r\nContent-Type: application/json\r\nx-api-key: demo-key\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    QByteArray ownHost() const { return "127.0.0.1:" + QByteArray::number(m_server.port()); }

private slots:
    void initTestCase() { QVERIFY(m_server.listenOnLoopback()); }

    void answersItsOwnAddress()
    {
        const QByteArray body =
                R"({"login_token":"demo-token","total_results":10,"category":"INBOX"})";
        QByteArray answer;
        QCOMPARE(exchange(inboxRequest(ownHost(), body), &answer), 200);
        QVERIFY(answer.contains("\"conversations\""));
        QCOMPARE(exchange(inboxRequest("localhost:" + QByteArray::number(m_server.port()), body)),
                 200);
    }

    void refusesOtherHostNames_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::newRow("rebinding name") << QByteArray("evil.example:");
        QTest::newRow("another port") << QByteArray("127.0.0.1:1");
        QTest::newRow("no port") << QByteArray("127.0.0.1");
        QTest::newRow("empty") << QByteArray();
    }

    void refusesOtherHostNames()
    {
        QFETCH(QByteArray, host);
        if (host.endsWith(':'))
            host += QByteArray::number(m_server.port());
        const QByteArray body =
                R"({"login_token":"demo-token","total_results":10,"category":"INBOX"})";
        QByteArray answer;
        QCOMPARE(exchange(inboxRequest(host, body), &answer), 403);
        QVERIFY(!answer.contains("\"conversations\""));
    }

    void refusesABodyOverOneMebibyteBeforeReadingIt()
    {
        // Announced as 2 MiB: refused from the header, whatever follows.
        const QByteArray head = "POST /v1/messages/inbox HTTP/1.1\r\nHost: " + ownHost()
                + "\r\nContent-Length: 2097152\r\n\r\n";
        QCOMPARE(exchange(head + QByteArray(4096, ' ')), 413);
        // Just under the bound is read (and refused for what it says, not its size).
        QCOMPARE(exchange(inboxRequest(ownHost(), QByteArray(1000 * 1000, ' '))), 400);
    }

    void refusesAnEndlessHead()
    {
        QByteArray head = "GET /avatars/a.png HTTP/1.1\r\nHost: " + ownHost() + "\r\n";
        while (head.size() < 40 * 1024)
            head += "X-Padding: " + QByteArray(1000, 'x') + "\r\n";
        QCOMPARE(exchange(head), 431);
    }

    void refusesChunkedBodies()
    {
        const QByteArray request = "POST /v1/messages/inbox HTTP/1.1\r\nHost: " + ownHost()
                + "\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n";
        QCOMPARE(exchange(request), 411);
    }

    void refusesGarbage() { QCOMPARE(exchange("hello there\r\n\r\n"), 400); }
};

QTEST_GUILESS_MAIN(TestDemoServerBounds)
#include "tst_demoserver_bounds.moc"
