// UrlPolicy: which URLs may open in the browser, serve as API base, or load a picture.

#include "api/urlpolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestUrlPolicy : public QObject
{
    Q_OBJECT

private slots:
    void isOpenableProfileUrl_data();
    void isOpenableProfileUrl();
    void isOpenableProfileUrlBuiltUrls();
    void apiBaseProblem_data();
    void apiBaseProblem();
    void apiBaseProblemMentionsTheUrl();
    void isFetchableImageUrl_data();
    void isFetchableImageUrl();
    void isLoopbackHost_data();
    void isLoopbackHost();
};

void TestUrlPolicy::isOpenableProfileUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("openable");

    // Good: https on linkedin.com or a subdomain.
    QTest::newRow("www") << u"https://www.linkedin.com/in/x"_s << true;
    QTest::newRow("bare domain") << u"https://linkedin.com/in/x"_s << true;
    QTest::newRow("country subdomain") << u"https://fr.linkedin.com/in/x"_s << true;
    QTest::newRow("upper case") << u"HTTPS://WWW.LINKEDIN.COM/in/x"_s << true;
    QTest::newRow("opaque id") << u"https://www.linkedin.com/in/ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ"_s
                               << true;
    QTest::newRow("trailing slash") << u"https://www.linkedin.com/in/anna-smith/"_s << true;
    QTest::newRow("query and fragment")
            << u"https://www.linkedin.com/in/x?miniProfileUrn=urn%3Ali%3Afs#top"_s << true;
    QTest::newRow("encoded unicode slug") << u"https://www.linkedin.com/in/j%C3%B6rg"_s << true;
    QTest::newRow("explicit port 443") << u"https://www.linkedin.com:443/in/x"_s << true;
    QTest::newRow("deep subdomain") << u"https://a.b.linkedin.com/in/x"_s << true;
    QTest::newRow("fullwidth dot maps to linkedin.com")
            << u"https://www.linkedin\uFF0Ecom/in/x"_s << true;

    // Bad: other schemes.
    QTest::newRow("http") << u"http://www.linkedin.com/in/x"_s << false;
    QTest::newRow("http bare host") << u"http://www.linkedin.com"_s << false;
    QTest::newRow("ftp") << u"ftp://linkedin.com/in/x"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("javascript upper") << u"JAVASCRIPT:alert(document.cookie)"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("data") << u"data:text/html,<script>alert(1)</script>"_s << false;
    QTest::newRow("data empty") << u"data:"_s << false;
    QTest::newRow("mailto") << u"mailto:x@linkedin.com"_s << false;
    QTest::newRow("linkedin app scheme") << u"linkedin://profile/x"_s << false;
    QTest::newRow("wss") << u"wss://www.linkedin.com/in/x"_s << false;

    // Bad: other hosts that look alike.
    QTest::newRow("suffix domain") << u"https://linkedin.com.evil.example/in/x"_s << false;
    QTest::newRow("hyphen prefix") << u"https://evil-linkedin.com/in/x"_s << false;
    QTest::newRow("glued prefix") << u"https://notlinkedin.com/in/x"_s << false;
    QTest::newRow("other tld") << u"https://www.linkedin.co/in/x"_s << false;
    QTest::newRow("cyrillic i") << u"https://www.l\u0456nkedin.com/in/x"_s << false;
    QTest::newRow("cyrillic e in bare domain") << u"https://link\u0435din.com/in/x"_s << false;
    QTest::newRow("punycode look-alike") << u"https://www.xn--lnkedin-rog.com/in/x"_s << false;
    QTest::newRow("trailing dot") << u"https://linkedin.com./in/x"_s << false;
    QTest::newRow("empty label") << u"https://.linkedin.com/in/x"_s << false;
    QTest::newRow("ip address") << u"https://13.107.42.14/in/x"_s << false;
    QTest::newRow("no host") << u"https:///in/x"_s << false;

    // Bad: credentials and ports, or a host hidden behind them.
    QTest::newRow("user and password") << u"https://user:pass@linkedin.com/in/x"_s << false;
    QTest::newRow("user only") << u"https://user@www.linkedin.com/in/x"_s << false;
    QTest::newRow("linkedin as user info") << u"https://www.linkedin.com@evil.example/"_s << false;
    QTest::newRow("backslash user info") << u"https://www.linkedin.com\\@evil.example/"_s << false;
    QTest::newRow("encoded slash user info") << u"https://linkedin.com%2F@evil.example/"_s << false;
    QTest::newRow("fragment trick") << u"https://evil.example#@www.linkedin.com/in/x"_s << false;
    QTest::newRow("other port") << u"https://linkedin.com:8443/"_s << false;
    QTest::newRow("port 80") << u"https://www.linkedin.com:80/in/x"_s << false;

    // Bad: not an absolute URL at all.
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("spaces") << u"   "_s << false;
    QTest::newRow("relative path") << u"/in/x"_s << false;
    QTest::newRow("scheme-relative") << u"//www.linkedin.com/in/x"_s << false;
    QTest::newRow("host without scheme") << u"www.linkedin.com/in/x"_s << false;
    QTest::newRow("garbage") << u"::::"_s << false;
}

void TestUrlPolicy::isOpenableProfileUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, openable);
    QCOMPARE(UrlPolicy::isOpenableProfileUrl(QUrl(url)), openable);
    // Strict parsing must never make a refused URL openable.
    if (!openable)
        QVERIFY(!UrlPolicy::isOpenableProfileUrl(QUrl(url, QUrl::StrictMode)));
}

void TestUrlPolicy::isOpenableProfileUrlBuiltUrls()
{
    QVERIFY(!UrlPolicy::isOpenableProfileUrl(QUrl()));

    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(u"www.linkedin.com"_s);
    url.setPath(u"/in/x"_s);
    QVERIFY(UrlPolicy::isOpenableProfileUrl(url));

    QUrl withUser = url;
    withUser.setUserName(u"someone"_s);
    QVERIFY(!UrlPolicy::isOpenableProfileUrl(withUser));

    QUrl withPort = url;
    withPort.setPort(8080);
    QVERIFY(!UrlPolicy::isOpenableProfileUrl(withPort));

    QUrl lookAlike = url;
    lookAlike.setHost(u"www.linkedin.com.evil.example"_s);
    QVERIFY(!UrlPolicy::isOpenableProfileUrl(lookAlike));
}

void TestUrlPolicy::apiBaseProblem_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");

    QTest::newRow("production") << u"https://api.linkupapi.com/v1"_s << true;
    QTest::newRow("https with port") << u"https://api.example.com:8443/v1"_s << true;
    QTest::newRow("https upper case") << u"HTTPS://API.LINKUPAPI.COM/v1"_s << true;
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080/v1"_s << true;
    QTest::newRow("http localhost") << u"http://localhost"_s << true;
    QTest::newRow("http LOCALHOST with port") << u"http://LOCALHOST:9000/v1"_s << true;
    QTest::newRow("http ::1") << u"http://[::1]:1234"_s << true;
    QTest::newRow("http 127.5.6.7") << u"http://127.5.6.7"_s << true;
    QTest::newRow("https loopback") << u"https://127.0.0.1:8443/v1"_s << true;

    QTest::newRow("http public host") << u"http://example.com"_s << false;
    QTest::newRow("http public host with path") << u"http://example.com/v1"_s << false;
    QTest::newRow("http production") << u"http://api.linkupapi.com/v1"_s << false;
    QTest::newRow("http private lan") << u"http://192.168.1.10"_s << false;
    QTest::newRow("http 10.x") << u"http://10.0.0.1:8080/v1"_s << false;
    QTest::newRow("http any address") << u"http://0.0.0.0:8080"_s << false;
    QTest::newRow("http localhost look-alike") << u"http://localhost.evil.example/v1"_s << false;
    QTest::newRow("http loopback look-alike") << u"http://127.0.0.1.nip.io/v1"_s << false;
    QTest::newRow("ftp") << u"ftp://api.linkupapi.com/v1"_s << false;
    QTest::newRow("ws") << u"ws://127.0.0.1:8080"_s << false;
    QTest::newRow("file") << u"file:///tmp/api"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("garbage") << u"::::"_s << false;
    QTest::newRow("words") << u"not a url"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("missing host") << u"https:///v1"_s << false;
    QTest::newRow("missing scheme") << u"api.linkupapi.com/v1"_s << false;
    QTest::newRow("relative") << u"/v1"_s << false;
    QTest::newRow("user info") << u"https://user:secret@api.linkupapi.com/v1"_s << false;
    QTest::newRow("loopback user info") << u"http://user@127.0.0.1:8080/v1"_s << false;
}

void TestUrlPolicy::apiBaseProblem()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);

    const QString problem = UrlPolicy::apiBaseProblem(QUrl(url, QUrl::StrictMode));
    QVERIFY2(problem.isEmpty() == ok, qPrintable(problem));
    QCOMPARE(UrlPolicy::apiBaseProblem(QUrl(url)).isEmpty(), ok);
}

void TestUrlPolicy::apiBaseProblemMentionsTheUrl()
{
    const QString plain = UrlPolicy::apiBaseProblem(QUrl(u"http://example.com/v1"_s));
    QVERIFY(plain.contains(u"https"_s));
    QVERIFY(plain.contains(u"example.com"_s));

    const QString noHost = UrlPolicy::apiBaseProblem(QUrl(u"https:///v1"_s));
    QVERIFY(!noHost.isEmpty());

    // The reason never repeats a password that was typed into the URL.
    const QString secret = UrlPolicy::apiBaseProblem(QUrl(u"http://user:s3cr3t@example.com/"_s));
    QVERIFY(!secret.isEmpty());
    QVERIFY2(!secret.contains(u"s3cr3t"_s), qPrintable(secret));
    for (const QString &text : {u"https://user:s3cr3t@/v1"_s, u"http://:s3cr3t@:80/v1"_s,
                                u"ftp://user:s3cr3t@api.linkupapi.com/"_s}) {
        const QString reason = UrlPolicy::apiBaseProblem(QUrl(text, QUrl::StrictMode));
        QVERIFY2(!reason.isEmpty(), qPrintable(text));
        QVERIFY2(!reason.contains(u"s3cr3t"_s), qPrintable(reason));
    }
}

void TestUrlPolicy::isFetchableImageUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("fetchable");

    QTest::newRow("linkedin cdn")
            << u"https://media.licdn.com/dms/image/D4E03AQ/profile-displayphoto-shrink_100_100/0/1?e=1735776000&v=beta&t=abc"_s
            << true;
    QTest::newRow("any https host") << u"https://images.example.com/a.png"_s << true;
    QTest::newRow("http loopback") << u"http://127.0.0.1:1234/avatars/a.png"_s << true;
    QTest::newRow("http localhost") << u"http://localhost/a.png"_s << true;
    QTest::newRow("http ::1") << u"http://[::1]:8080/a.png"_s << true;

    QTest::newRow("http cdn") << u"http://media.licdn.com/a.jpg"_s << false;
    QTest::newRow("http lan") << u"http://192.168.0.2/a.jpg"_s << false;
    QTest::newRow("file") << u"file:///home/user/.ssh/id_rsa"_s << false;
    QTest::newRow("data") << u"data:image/png;base64,iVBORw0KGgo="_s << false;
    QTest::newRow("ftp") << u"ftp://media.licdn.com/a.jpg"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("qrc") << u"qrc:/icons/app.png"_s << false;
    QTest::newRow("user info") << u"https://user:pw@media.licdn.com/a.jpg"_s << false;
    QTest::newRow("no host") << u"https:///a.jpg"_s << false;
    QTest::newRow("relative") << u"a.jpg"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestUrlPolicy::isFetchableImageUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, fetchable);
    QCOMPARE(UrlPolicy::isFetchableImageUrl(QUrl(url)), fetchable);
}

void TestUrlPolicy::isLoopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");

    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("LocalHost") << u"LocalHost"_s << true;
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.5.6.7") << u"127.5.6.7"_s << true;
    QTest::newRow("127.255.255.254") << u"127.255.255.254"_s << true;
    QTest::newRow("::1") << u"::1"_s << true;
    QTest::newRow("::1 long form") << u"0:0:0:0:0:0:0:1"_s << true;

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("any address") << u"0.0.0.0"_s << false;
    QTest::newRow("ipv6 any") << u"::"_s << false;
    QTest::newRow("lan") << u"192.168.1.10"_s << false;
    QTest::newRow("128.0.0.1") << u"128.0.0.1"_s << false;
    QTest::newRow("public name") << u"example.com"_s << false;
    QTest::newRow("localhost subdomain of other") << u"localhost.example.com"_s << false;
    QTest::newRow("name starting with 127") << u"127.0.0.1.example.com"_s << false;
    QTest::newRow("localhost with suffix") << u"localhostx"_s << false;
    QTest::newRow("bracketed") << u"[::1]x"_s << false;
    QTest::newRow("garbage") << u"not a host"_s << false;
}

void TestUrlPolicy::isLoopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(UrlPolicy::isLoopbackHost(host), loopback);
}

QTEST_GUILESS_MAIN(TestUrlPolicy)
#include "tst_urlpolicy.moc"
