// DisplayText::multiLine: untrusted message text made safe and bounded for wrapped,
// multi-line display (the thread pane).

#include "text/displaytext.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QChar Ellipsis(0x2026);
const QString Family =
        u"\U0001F469\u200D\U0001F469\u200D\U0001F467"_s; // 👩‍👩‍👧, 8 units
const QString Grinning = u"\U0001F600"_s; // 😀, 2 units
const QString EAcuteDecomposed = u"e\u0301"_s;

QString withChar(const QString &before, char16_t unit, const QString &after)
{
    return before + QChar(unit) + after;
}

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// The invariants every output keeps, whatever the input.
void verifyClean(const QString &text, int maxChars)
{
    const bool cut = text.endsWith(Ellipsis);
    QVERIFY2(text.size() <= qMax(0, maxChars) + (cut ? 1 : 0),
             qPrintable(u"length %1 over the cap %2"_s.arg(text.size()).arg(maxChars)));
    QVERIFY(!text.startsWith(u' ') && !text.startsWith(u'\n'));
    QVERIFY(!text.endsWith(u' ') && !text.endsWith(u'\n'));
    QVERIFY2(!text.contains(u"\n\n\n"_s), "more than one empty line in a row");
    QVERIFY2(!text.contains(u" \n"_s), "a space at the end of a line");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.isHighSurrogate()) {
            QVERIFY2(i + 1 < text.size() && text.at(i + 1).isLowSurrogate(),
                     "a lone high surrogate in the output");
            ++i;
            continue;
        }
        QVERIFY2(!ch.isLowSurrogate(), "a lone low surrogate in the output");
        QVERIFY2(ch == u'\n' || ch.category() != QChar::Other_Control,
                 qPrintable(u"control U+%1 in the output"_s.arg(uint(ch.unicode()), 4, 16,
                                                                QLatin1Char('0'))));
        QVERIFY2(!isBidiControl(ch.unicode()),
                 qPrintable(u"bidi control U+%1 in the output"_s.arg(uint(ch.unicode()), 4, 16,
                                                                     QLatin1Char('0'))));
        QVERIFY2(ch != QChar(0x2028) && ch != QChar(0x2029), "a Unicode separator left");
    }
}

} // namespace

class TestDisplayTextMultiLine : public QObject
{
    Q_OBJECT

private slots:
    void multiLine_data();
    void multiLine();
    void removesEveryControlButLineBreaks();
    void removesEveryBidiControl();
    void dropsLoneSurrogates();
    void defaultCap();
    void hugeInputIsFast();
    void floodOfBreaks();
    void hostileMix();
    void isIdempotent_data();
    void isIdempotent();
};

void TestDisplayTextMultiLine::multiLine_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QString>("expected");

    const int big = 20000;
    QTest::newRow("empty") << QString() << big << QString();
    QTest::newRow("plain") << u"Hello"_s << big << u"Hello"_s;
    QTest::newRow("LF kept") << u"a\nb"_s << big << u"a\nb"_s;
    QTest::newRow("CR") << u"a\rb"_s << big << u"a\nb"_s;
    QTest::newRow("CRLF counts once") << u"a\r\nb"_s << big << u"a\nb"_s;
    QTest::newRow("CRLF paragraphs") << u"a\r\n\r\nb"_s << big << u"a\n\nb"_s;
    QTest::newRow("LF CR is two") << u"a\n\rb"_s << big << u"a\n\nb"_s;
    QTest::newRow("vertical tab") << u"a\vb"_s << big << u"a\nb"_s;
    QTest::newRow("form feed") << u"a\fb"_s << big << u"a\nb"_s;
    QTest::newRow("NEL") << u"a\u0085b"_s << big << u"a\nb"_s;
    QTest::newRow("line separator") << u"a\u2028b"_s << big << u"a\nb"_s;
    QTest::newRow("paragraph separator") << u"a\u2029b"_s << big << u"a\nb"_s;
    QTest::newRow("paragraphs kept")
            << u"Hi Anna,\n\nThanks!\n\n-- \nBob"_s << big << u"Hi Anna,\n\nThanks!\n\n--\nBob"_s;
    QTest::newRow("many empty lines become one") << u"a\n\n\n\n\nb"_s << big << u"a\n\nb"_s;
    QTest::newRow("blank lines with spaces") << u"a\n  \n\t\n \nb"_s << big << u"a\n\nb"_s;
    QTest::newRow("leading and trailing blank lines") << u"\n\n  \nHi\n\n \n"_s << big << u"Hi"_s;
    QTest::newRow("spaces at line ends") << u"a   \nb\t\n c "_s << big << u"a\nb\n c"_s;
    QTest::newRow("indentation kept")
            << u"List:\n  - one\n  - two"_s << big << u"List:\n  - one\n  - two"_s;
    QTest::newRow("inner spacing kept") << u"a   b"_s << big << u"a   b"_s;
    QTest::newRow("tab is a space") << u"a\tb"_s << big << u"a b"_s;
    QTest::newRow("first line's indentation dropped") << u"   a\n   b"_s << big << u"a\n   b"_s;
    QTest::newRow("only whitespace") << u" \n\t\r\n \u2028"_s << big << QString();
    QTest::newRow("NUL inside") << u"a\0b"_s << big << u"ab"_s;
    QTest::newRow("NUL between lines") << u"a\n\0\nb"_s << big << u"a\n\nb"_s;
    QTest::newRow("ANSI escape") << u"\x1b[31mred\x1b[0m"_s << big << u"[31mred[0m"_s;
    QTest::newRow("C1 controls") << u"a\u0080\u009B\u009Fb"_s << big << u"ab"_s;
    QTest::newRow("RLO spoof") << u"Invoice \u202Efdp.exe\nThanks"_s << big
                               << u"Invoice fdp.exe\nThanks"_s;
    QTest::newRow("RLI PDI") << u"x\u2067abc\u2069y"_s << big << u"xabcy"_s;
    QTest::newRow("Hebrew lines") << u"שלום\nעולם"_s << big << u"שלום\nעולם"_s;
    QTest::newRow("markup kept literally")
            << u"<b>bold</b>\n<a href=\"javascript:alert(1)\">link</a><img src=x onerror=y>"_s
            << big
            << u"<b>bold</b>\n<a href=\"javascript:alert(1)\">link</a><img src=x onerror=y>"_s;
    QTest::newRow("family emoji") << (Family + u"\n"_s + Family) << big
                                  << (Family + u"\n"_s + Family);
    QTest::newRow("combining mark") << EAcuteDecomposed << big << EAcuteDecomposed;

    // The cap counts kept characters, breaks and spaces included, in whole clusters.
    QTest::newRow("cap: cut") << u"abcdef"_s << 3 << (u"abc"_s + Ellipsis);
    QTest::newRow("cap: exact fit") << u"ab\nc"_s << 4 << u"ab\nc"_s;
    QTest::newRow("cap: break counts") << u"ab\ncd"_s << 3 << (u"ab"_s + Ellipsis);
    QTest::newRow("cap: collapsed breaks count as kept") << u"a\n\n\n\nb"_s << 4 << u"a\n\nb"_s;
    QTest::newRow("cap: dropped breaks do not count") << u"\n\n\nab"_s << 2 << u"ab"_s;
    QTest::newRow("cap: emoji does not fit") << (u"abc"_s + Grinning) << 4 << (u"abc"_s + Ellipsis);
    QTest::newRow("cap: family kept whole or not at all")
            << (u"a"_s + Family) << 8 << (u"a"_s + Ellipsis);
    QTest::newRow("cap: zero") << u"abc"_s << 0 << QString(Ellipsis);
    QTest::newRow("cap: negative") << u"abc"_s << -1 << QString(Ellipsis);
    QTest::newRow("cap: zero, whitespace") << u" \n "_s << 0 << QString();
}

void TestDisplayTextMultiLine::multiLine()
{
    QFETCH(QString, input);
    QFETCH(int, maxChars);
    QFETCH(QString, expected);
    const QString result = DisplayText::multiLine(input, maxChars);
    QCOMPARE(result, expected);
    verifyClean(result, maxChars);
}

void TestDisplayTextMultiLine::removesEveryControlButLineBreaks()
{
    const QList<char16_t> breaks = {u'\n', 0x0B, 0x0C, u'\r', 0x85};
    for (char16_t c = 0; c < 0x20; ++c) {
        const QString result = DisplayText::multiLine(withChar(u"a"_s, c, u"b"_s));
        QCOMPARE(result, breaks.contains(c) ? u"a\nb"_s : c == u'\t' ? u"a b"_s : u"ab"_s);
    }
    for (char16_t c = 0x7F; c <= 0x9F; ++c) {
        const QString result = DisplayText::multiLine(withChar(u"a"_s, c, u"b"_s));
        QCOMPARE(result, breaks.contains(c) ? u"a\nb"_s : u"ab"_s);
    }
}

void TestDisplayTextMultiLine::removesEveryBidiControl()
{
    for (char16_t c = 0x202A; c <= 0x202E; ++c)
        QCOMPARE(DisplayText::multiLine(withChar(u"ab\n"_s, c, u"cd"_s)), u"ab\ncd"_s);
    for (char16_t c = 0x2066; c <= 0x2069; ++c)
        QCOMPARE(DisplayText::multiLine(withChar(u"ab\n"_s, c, u"cd"_s)), u"ab\ncd"_s);
}

void TestDisplayTextMultiLine::dropsLoneSurrogates()
{
    QCOMPARE(DisplayText::multiLine(withChar(u"a"_s, 0xD83D, u"\nb"_s)), u"a\nb"_s);
    QCOMPARE(DisplayText::multiLine(withChar(u"a\n"_s, 0xDE00, u"b"_s)), u"a\nb"_s);
    QCOMPARE(DisplayText::multiLine(withChar(u"a"_s, 0xDE00, QString(QChar(0xD83D)))), u"a"_s);
    QCOMPARE(DisplayText::multiLine(Grinning + u"\n"_s + Grinning),
             QString(Grinning + u"\n"_s + Grinning));
}

void TestDisplayTextMultiLine::defaultCap()
{
    QCOMPARE(DisplayText::DefaultMultiLineMaxChars, 20000);
    const QString exact(20000, u'x');
    QCOMPARE(DisplayText::multiLine(exact), exact);
    const QString result = DisplayText::multiLine(QString(20001, u'x'));
    QCOMPARE(result.size(), 20001);
    QVERIFY(result.endsWith(Ellipsis));
}

// A 100 000-character message is cleaned in well under a frame budget per row, once.
void TestDisplayTextMultiLine::hugeInputIsFast()
{
    QString huge;
    huge.reserve(100000);
    while (huge.size() < 100000)
        huge += u"Lorem ipsum <b>dolor</b> \u202E sit\tamet,\r\n\n\n\n"_s + Family + QChar(0);
    QElapsedTimer timer;
    timer.start();
    const QString result = DisplayText::multiLine(huge);
    const qint64 elapsed = timer.elapsed();
    qInfo("multiLine over %d characters: %lld ms", int(huge.size()), elapsed);
    QVERIFY(result.size() <= 20001);
    QVERIFY(result.endsWith(Ellipsis));
    verifyClean(result, 20000);
    QVERIFY2(elapsed < 2000, "far slower than expected");
}

void TestDisplayTextMultiLine::floodOfBreaks()
{
    const QString flood = u"top"_s + QString(100000, u'\n') + u"bottom"_s
            + QString(50000, u'\u2029') + QString(50000, u' ');
    const QString result = DisplayText::multiLine(flood);
    QCOMPARE(result, u"top\n\nbottom"_s);
}

// Random code points from the awkward ranges: the invariants hold for all of them.
void TestDisplayTextMultiLine::hostileMix()
{
    const QList<char16_t> awkward = {0,      u'\n',  u'\r',  u'\t',  u' ',   0x0B,   0x0C,   0x1B,
                                     0x7F,   0x85,   0x9B,   0xA0,   0x200B, 0x200D, 0x200E, 0x202A,
                                     0x202E, 0x2028, 0x2029, 0x2066, 0x2069, 0xD83D, 0xDE00, 0xFEFF,
                                     0x0301, u'a',   u'<',   0x05D0, 0x0627};
    quint32 state = 12345;
    for (int round = 0; round < 300; ++round) {
        QString input;
        const int length = int(state % 200);
        for (int i = 0; i < length; ++i) {
            state = state * 1664525u + 1013904223u;
            input.append(QChar(awkward.at(int((state >> 8) % quint32(awkward.size())))));
        }
        const int cap = int(state % 50);
        const QString result = DisplayText::multiLine(input, cap);
        verifyClean(result, cap);
        if (QTest::currentTestFailed()) {
            qWarning("failing input of round %d", round);
            return;
        }
        QCOMPARE(DisplayText::multiLine(input, 100000),
                 DisplayText::multiLine(DisplayText::multiLine(input, 100000), 100000));
    }
}

void TestDisplayTextMultiLine::isIdempotent_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("paragraphs") << u"\n Hi,\r\n\r\n\r\n  indented \n\u202Eend\0"_s;
    QTest::newRow("markup") << u"<b>x</b>\n\n\n<i>y</i>"_s;
    QTest::newRow("emoji") << (Family + u"\t\t"_s + Grinning + u"\u2028"_s);
}

void TestDisplayTextMultiLine::isIdempotent()
{
    QFETCH(QString, input);
    const QString once = DisplayText::multiLine(input);
    QCOMPARE(DisplayText::multiLine(once), once);
}

QTEST_GUILESS_MAIN(TestDisplayTextMultiLine)
#include "tst_displaytext_multiline.moc"
