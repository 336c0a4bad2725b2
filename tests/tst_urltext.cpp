// UrlText: links kept as text must get the verdict, and the text, that QUrl gave them
// when the parser kept QUrls: QUrl(text.trimmed(), StrictMode), valid or dropped,
// shown by toString(). Checked over the hostile URLs of the other suites, every string
// of the fuzz regressions and seed corpus, one-character edits of real links, and
// random strings from the characters that matter.

#include "api/urltext.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// What the parser kept before: a QUrl, as the store and the export wrote it.
QString oldVerdict(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed, QUrl::StrictMode);
    return url.isValid() ? url.toString() : QString();
}

const QStringList &hostileUrls()
{
    static const QStringList urls{
            u"  https://www.linkedin.com/in/anna \n"_s,
            u"HTTPS://WWW.LINKEDIN.COM/in/x"_s,
            u"data:image/png;base64,iVBORw0KGgo="_s,
            u"data:text/html,<script>alert(1)</script>"_s,
            u"file:///etc/passwd"_s,
            u"ftp://user:s3cr3t@api.linkupapi.com/"_s,
            u"http://0.0.0.0:8080"_s,
            u"http://127.0.0.1.nip.io/v1"_s,
            u"http://127.0.0.1:1234/avatars/a.png"_s,
            u"http://127.5.6.7"_s,
            u"http://127.1"_s,
            u"http://0x7f.0.0.1/a.png"_s,
            u"http://0177.0.0.1/a.png"_s,
            u"http://2130706433/a.png"_s,
            u"http://127.0.0.01/a.png"_s,
            u"http://256.0.0.1/a.png"_s,
            u"http://1.2.3.4.5/a.png"_s,
            u"http://:s3cr3t@:80/v1"_s,
            u"http://LOCALHOST:9000/v1"_s,
            u"http://[::1]:1234"_s,
            u"http://[::1]:8080/a.png"_s,
            u"http://user@127.0.0.1:8080/v1"_s,
            u"http://localhost/a.png"_s,
            u"http://media.licdn.com/a.jpg"_s,
            u"https://.linkedin.com/in/x"_s,
            u"https:///a.jpg"_s,
            u"https://"_s,
            u"https:"_s,
            u"https://13.107.42.14/in/x"_s,
            u"https://WWW.LinkedIn.COM/in/anna-smith"_s,
            u"https://evil.example#@www.linkedin.com/in/x"_s,
            u"https://link\u0435din.com/in/x"_s,
            u"https://linkedin.com%2F@evil.example/"_s,
            u"https://linkedin.com./in/x"_s,
            u"https://linkedin.com..evil/in/x"_s,
            u"https://-linkedin.com/in/x"_s,
            u"https://linkedin-.com/in/x"_s,
            u"https://linkedin.com:8443/"_s,
            u"https://linkedin.com:/in/x"_s,
            u"https://linkedin.com:0/in/x"_s,
            u"https://linkedin.com:00443/in/x"_s,
            u"https://linkedin.com:65536/in/x"_s,
            u"https://linkedin.com:443x/in/x"_s,
            u"https://media.licdn.com/dms/image/D4E03AQ/profile-displayphoto-shrink_100_100/0/"
            u"1?e=1735776000&v=beta&t=abc"_s,
            u"https://user:pass@linkedin.com/in/x"_s,
            u"https://user@www.linkedin.com/in/x"_s,
            u"https://www.l\u0456nkedin.com/in/x"_s,
            u"https://www.linkedin.com/in/an na"_s,
            u"https://www.linkedin.com/in/j%C3%B6rg"_s,
            u"https://www.linkedin.com/in/j%c3%b6rg"_s,
            u"https://www.linkedin.com/in/%41nna"_s,
            u"https://www.linkedin.com/in/%zz"_s,
            u"https://www.linkedin.com/in/jörg"_s,
            u"https://www.linkedin.com/in/x//"_s,
            u"https://www.linkedin.com/in/./x/../y"_s,
            u"https://www.linkedin.com/in/x?miniProfileUrn=urn%3Ali%3Afs#top"_s,
            u"https://www.linkedin.com/in/x#a#b"_s,
            u"https://www.linkedin.com/in/x?a=[1]"_s,
            u"https://www.linkedin.com/in/x?a={1}"_s,
            u"https://www.linkedin.com/in/x|y"_s,
            u"https://www.linkedin.com/in/x\"y"_s,
            u"https://www.linkedin.com/in/x<y>"_s,
            u"https://www.linkedin.com/in/x^y`z"_s,
            u"https://www.linkedin.com:443/in/x"_s,
            u"https://www.linkedin.com:99999/in/anna"_s,
            u"https://www.linkedin.com@evil.example/"_s,
            u"https://www.linkedin.com\\@evil.example/"_s,
            u"https://www.linkedin\uFF0Ecom/in/x"_s,
            u"https://www.xn--lnkedin-rog.com/in/x"_s,
            u"https://xn--bcher-kva.example/"_s,
            u"https://www.linkedin.com/in/x\u202Eyxe.exe"_s,
            u"https://www.linkedin.com/in/x\u0000y"_s,
            u"https://www.linkedin.com/in/x\ty"_s,
            u"https://www.linkedin.com/in/x\r\nSet-Cookie: a=b"_s,
            u"https://a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.linkedin.com/"_s,
            u"https://" + QString(63, u'a') + u".com/"_s,
            u"https://" + QString(64, u'a') + u".com/"_s,
            u"https://" + QString(300, u'a') + u".com/"_s,
            u"https://www.linkedin.com/in/" + QString(3000, u'x'),
            u"javascript:alert(1)"_s,
            u"JavaScript:alert(1)"_s,
            u"linkedin://profile/x"_s,
            u"urn:li:fsd_profile:ACoAAB"_s,
            u"//www.linkedin.com/in/x"_s,
            u"/avatars/a.png"_s,
            u"www.linkedin.com/in/x"_s,
            u"ws://127.0.0.1:8080"_s,
            u"wss://www.linkedin.com/in/x"_s,
            u"httpss://www.linkedin.com/in/x"_s,
            u"http:/www.linkedin.com/in/x"_s,
            u"https:\\\\www.linkedin.com\\in\\x"_s,
    };
    return urls;
}

void collectStrings(const QJsonValue &value, QStringList *out)
{
    if (value.isString()) {
        out->append(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectStrings(item, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectStrings(it.value(), out);
    }
}

// Every JSON string in the fuzz regressions and the seed corpus (their first byte or
// two may be a parameter: the JSON starts at the first brace).
QStringList fuzzStrings()
{
    QStringList strings;
    for (const char *dir : {LINKUP_FUZZ_REGRESSIONS_DIR, LINKUP_FUZZ_CORPUS_DIR}) {
        QDirIterator it(QString::fromUtf8(dir), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            const qsizetype brace = bytes.indexOf('{');
            if (brace < 0)
                continue;
            const QJsonDocument document = QJsonDocument::fromJson(bytes.mid(brace));
            if (document.isObject())
                collectStrings(document.object(), &strings);
        }
    }
    return strings;
}

// Characters at the edges of what the plain check accepts.
const QString &editCharacters()
{
    static const QString characters = [] {
        QString s;
        for (char16_t c = 0; c < 128; ++c)
            s.append(QChar(c));
        s.append(u"\u00A0\u00AD\u00B2\u00DF\u00E9\u00F6\u0130\u0131\u017F\u0301\u0435\u0639"_s);
        s.append(u"\u0660\u200B\u200E\u202E\u2028\u2160\u4E2D\uFEFF\uFF0E\uFF0F\uFFFD"_s);
        s.append(QChar(0xD83D)); // a lone high surrogate
        return s;
    }();
    return characters;
}

const QStringList &realLinks()
{
    static const QStringList links{
            u"https://www.linkedin.com/in/anna-smith"_s,
            u"https://media.licdn.com/dms/image/D4E03AQ/shrink_100_100/0/1?e=17&v=beta&t=a_b-c"_s,
            u"http://127.0.0.1:47630/avatars/g1.png"_s,
    };
    return links;
}

} // namespace

class TestUrlText : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithQUrl_data();
    void agreesWithQUrl();
    void agreesOverFuzzStrings();
    void agreesOverOneCharacterEdits();
    void agreesOverRandomStrings();
    void realLinksSkipQUrl();
    void toUrl();
};

void TestUrlText::agreesWithQUrl_data()
{
    QTest::addColumn<QString>("text");
    for (const QString &url : hostileUrls())
        QTest::newRow(qPrintable(url.left(60))) << url;
}

void TestUrlText::agreesWithQUrl()
{
    QFETCH(QString, text);
    QCOMPARE(UrlText::canonical(text), oldVerdict(text));
}

void TestUrlText::agreesOverFuzzStrings()
{
    const QStringList strings = fuzzStrings();
    QVERIFY(strings.size() > 100);
    for (const QString &s : strings)
        QCOMPARE(UrlText::canonical(s), oldVerdict(s));
}

void TestUrlText::agreesOverOneCharacterEdits()
{
    int plain = 0;
    for (const QString &link : realLinks()) {
        for (qsizetype at = 0; at <= link.size(); ++at) {
            for (const QChar c : editCharacters()) {
                for (const QString &edited :
                     {QString(link).insert(at, c), QString(link).replace(at, 1, c)}) {
                    QCOMPARE(UrlText::canonical(edited), oldVerdict(edited));
                    plain += UrlText::isPlainCanonical(edited) ? 1 : 0;
                }
            }
        }
    }
    QVERIFY(plain > 1000); // the edits reach both sides of the plain check
}

void TestUrlText::agreesOverRandomStrings()
{
    // Fixed seed: the same strings every run.
    QRandomGenerator random(15);
    const QString pieces[] = {u"https://"_s,  u"http://"_s,   u"www."_s,   u"linkedin.com"_s,
                              u"127.0.0.1"_s, u"0"_s,         u"255"_s,    u"256"_s,
                              u"xn--"_s,      u":"_s,         u"443"_s,    u"/"_s,
                              u"?"_s,         u"#"_s,         u"@"_s,      u"%"_s,
                              u"%2F"_s,       u"."_s,         u".."_s,     u"-"_s,
                              u"A"_s,         u"["_s,         u"]"_s,      u" "_s,
                              u"\u00E9"_s,    u"&t=x_y~z"_s,  u"'"_s,      u"\\"_s,
                              u"\u00F6"_s,    u"\u4E2D"_s,    u"\u0639"_s, u"\u202E"_s,
                              u"\u0301"_s,    u"\U0001F642"_s};
    const int count = int(std::size(pieces));
    for (int i = 0; i < 20000; ++i) {
        QString s = pieces[random.bounded(2)];
        const int length = random.bounded(1, 8);
        for (int j = 0; j < length; ++j)
            s += pieces[random.bounded(count)];
        QCOMPARE(UrlText::canonical(s), oldVerdict(s));
    }
}

void TestUrlText::realLinksSkipQUrl()
{
    for (const QString &link : realLinks())
        QVERIFY2(UrlText::isPlainCanonical(link), qPrintable(link));
    QVERIFY(UrlText::isPlainCanonical(u"https://www.linkedin.com/in/x?a=1#top"_s));
    QVERIFY(UrlText::isPlainCanonical(u"https://www.linkedin.com/in/j\u00F6rg-m\u00FCller"_s));
    QVERIFY(!UrlText::isPlainCanonical(u"HTTPS://www.linkedin.com/in/x"_s));
    QVERIFY(!UrlText::isPlainCanonical(u"https://WWW.linkedin.com/in/x"_s));
    QVERIFY(!UrlText::isPlainCanonical(u"https://user@www.linkedin.com/in/x"_s));
    QVERIFY(!UrlText::isPlainCanonical(u"https://www.linkedin.com/in/j%C3%B6rg"_s));
    QVERIFY(!UrlText::isPlainCanonical(u"http://127.1/a.png"_s));
}

void TestUrlText::toUrl()
{
    QVERIFY(UrlText::toUrl(QString()).isEmpty());
    const QString link = u"https://www.linkedin.com/in/anna-smith"_s;
    QCOMPARE(UrlText::toUrl(link), QUrl(link, QUrl::StrictMode));
    QCOMPARE(UrlText::toUrl(UrlText::canonical(u"  HTTPS://WWW.LinkedIn.COM/in/a "_s)),
             QUrl(u"https://www.linkedin.com/in/a"_s));
}

QTEST_GUILESS_MAIN(TestUrlText)
#include "tst_urltext.moc"
