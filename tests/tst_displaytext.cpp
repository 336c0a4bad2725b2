// DisplayText: untrusted server text made safe and bounded for one-line display.

#include "text/displaytext.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

const QChar Ellipsis(0x2026);

// Emoji that are several UTF-16 units and several code points but one visible character.
const QString Family =
        u"\U0001F469\u200D\U0001F469\u200D\U0001F467"_s; // 👩‍👩‍👧, 8 units
const QString ThumbsUpMedium = u"\U0001F44D\U0001F3FD"_s; // 👍🏽, 4 units
const QString FlagFrance = u"\U0001F1EB\U0001F1F7"_s; // 🇫🇷, 4 units
const QString FlagGermany = u"\U0001F1E9\U0001F1EA"_s; // 🇩🇪, 4 units
const QString Grinning = u"\U0001F600"_s; // 😀, 2 units
const QString RainbowFlag = u"\U0001F3F3\uFE0F\u200D\U0001F308"_s; // 🏳️‍🌈, 6 units
const QString EAcuteDecomposed = u"e\u0301"_s; // é as two code points

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
    QVERIFY(!text.startsWith(u' '));
    QVERIFY(!text.endsWith(u' '));
    QVERIFY(!text.contains(u"  "_s));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.isHighSurrogate()) {
            QVERIFY2(i + 1 < text.size() && text.at(i + 1).isLowSurrogate(),
                     "a lone high surrogate in the output");
            const char32_t c = QChar::surrogateToUcs4(ch, text.at(i + 1));
            QVERIFY(QChar::category(c) != QChar::Other_Control);
            ++i;
            continue;
        }
        QVERIFY2(!ch.isLowSurrogate(), "a lone low surrogate in the output");
        QVERIFY2(ch.category() != QChar::Other_Control,
                 qPrintable(u"control U+%1 in the output"_s.arg(uint(ch.unicode()), 4, 16,
                                                                QLatin1Char('0'))));
        QVERIFY2(!isBidiControl(ch.unicode()),
                 qPrintable(u"bidi control U+%1 in the output"_s.arg(uint(ch.unicode()), 4, 16,
                                                                     QLatin1Char('0'))));
    }
}

} // namespace

class TestDisplayText : public QObject
{
    Q_OBJECT

private slots:
    void singleLine_data();
    void singleLine();
    void singleLineRemovesEveryBidiControl();
    void singleLineRemovesEveryControl();
    void singleLineDropsLoneSurrogates_data();
    void singleLineDropsLoneSurrogates();
    void singleLineCapKeepsClustersWhole_data();
    void singleLineCapKeepsClustersWhole();
    void singleLineEllipsisOnlyWhenVisibleTextWasCut_data();
    void singleLineEllipsisOnlyWhenVisibleTextWasCut();
    void singleLineDefaultCap();
    void singleLineKeepsPlainLatin1();
    void singleLineHugeInput();
    void singleLineHugeInvisiblePrefix();
    void singleLineIsIdempotent_data();
    void singleLineIsIdempotent();
    void invisibleCharacters_data();
    void invisibleCharacters();
    void firstName_data();
    void firstName();
};

void TestDisplayText::invisibleCharacters_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // Look-alike forgeries: the invisible characters go.
    QTest::newRow("zero-width space") << u"Ad\u200Bmin"_s << u"Admin"_s;
    QTest::newRow("word joiner") << u"Anna\u2060Smith"_s << u"AnnaSmith"_s;
    QTest::newRow("BOM") << u"\uFEFFAnna"_s << u"Anna"_s;
    QTest::newRow("soft hyphen") << u"Ann\u00ADa"_s << u"Anna"_s;
    QTest::newRow("invisible times") << u"a\u2062b"_s << u"ab"_s;
    QTest::newRow("Mongolian vowel separator") << u"x\u180Ey"_s << u"xy"_s;
    QTest::newRow("interlinear annotation") << u"a\uFFF9b\uFFFBc"_s << u"abc"_s;
    QTest::newRow("ZWJ between Latin letters") << u"Ad\u200Dmin"_s << u"Admin"_s;
    QTest::newRow("ZWNJ between Latin letters") << u"Ad\u200Cmin"_s << u"Admin"_s;
    QTest::newRow("ZWJ alone") << u"\u200D"_s << QString();
    QTest::newRow("ZWJ after emoji, before text") << u"\U0001F600\u200Dx"_s << u"\U0001F600x"_s;
    QTest::newRow("tag without flag") << u"a\U000E0041b"_s << u"ab"_s;
    QTest::newRow("language tag") << u"a\U000E0001b"_s << u"ab"_s;

    // What emoji sequences and right-to-left or Indic writing need stays.
    QTest::newRow("ZWJ family") << Family << Family;
    QTest::newRow("skin-toned technologist") << u"\U0001F469\U0001F3FD\u200D\U0001F4BB"_s
                                             << u"\U0001F469\U0001F3FD\u200D\U0001F4BB"_s;
    QTest::newRow("rainbow flag") << RainbowFlag << RainbowFlag;
    QTest::newRow("heart on fire")
            << u"\u2764\uFE0F\u200D\U0001F525"_s << u"\u2764\uFE0F\u200D\U0001F525"_s;
    const QString scotland = u"\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074"
                             u"\U000E007F"_s;
    QTest::newRow("subdivision flag") << scotland << scotland;
    QTest::newRow("Persian ZWNJ") << u"\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"_s
                                  << u"\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"_s;
    QTest::newRow("Devanagari ZWJ half form")
            << u"\u0915\u094D\u200D\u0937"_s << u"\u0915\u094D\u200D\u0937"_s;
    QTest::newRow("RLM") << u"\u05E9\u05DC\u05D5\u05DD\u200F!"_s
                         << u"\u05E9\u05DC\u05D5\u05DD\u200F!"_s;
    QTest::newRow("LRM") << u"abc\u200E"_s << u"abc\u200E"_s;
    QTest::newRow("Arabic letter mark") << u"\u0627\u061C1"_s << u"\u0627\u061C1"_s;
    QTest::newRow("Arabic number sign") << u"\u0600\u0661\u0662"_s << u"\u0600\u0661\u0662"_s;
}

void TestDisplayText::invisibleCharacters()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(DisplayText::singleLine(input), expected);
    QCOMPARE(DisplayText::multiLine(input), expected);
}

void TestDisplayText::singleLine_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QString>("expected");

    const int big = 1000;
    QTest::newRow("empty") << QString() << big << QString();
    QTest::newRow("plain") << u"Hello"_s << big << u"Hello"_s;
    QTest::newRow("inner spaces kept single") << u"Hello world"_s << big << u"Hello world"_s;
    QTest::newRow("LF") << u"a\nb"_s << big << u"a b"_s;
    QTest::newRow("CR") << u"a\rb"_s << big << u"a b"_s;
    QTest::newRow("CRLF") << u"a\r\nb"_s << big << u"a b"_s;
    QTest::newRow("tab") << u"a\tb"_s << big << u"a b"_s;
    QTest::newRow("vertical tab") << u"a\vb"_s << big << u"a b"_s;
    QTest::newRow("form feed") << u"a\fb"_s << big << u"a b"_s;
    QTest::newRow("NEL") << u"a\u0085b"_s << big << u"a b"_s;
    QTest::newRow("line separator") << u"a\u2028b"_s << big << u"a b"_s;
    QTest::newRow("paragraph separator") << u"a\u2029b"_s << big << u"a b"_s;
    QTest::newRow("run of mixed breaks") << u"a \n\t\r\n  \u2028 b"_s << big << u"a b"_s;
    QTest::newRow("run of spaces") << u"a     b"_s << big << u"a b"_s;
    QTest::newRow("paragraphs") << u"Hi Anna,\n\nThanks!\n\n-- \nBob"_s << big
                                << u"Hi Anna, Thanks! -- Bob"_s;
    QTest::newRow("leading and trailing spaces") << u"   Anna Smith   "_s << big << u"Anna Smith"_s;
    QTest::newRow("leading and trailing breaks") << u"\n\t\r\n Anna \n\t"_s << big << u"Anna"_s;
    QTest::newRow("only whitespace") << u" \n\t\r "_s << big << QString();
    QTest::newRow("NUL inside") << u"a\0b"_s << big << u"ab"_s;
    QTest::newRow("NUL only") << u"\0\0\0"_s << big << QString();
    QTest::newRow("ANSI escape") << u"\x1b[31mred\x1b[0m"_s << big << u"[31mred[0m"_s;
    QTest::newRow("bell and backspace") << u"a\a\bb"_s << big << u"ab"_s;
    QTest::newRow("DEL") << u"a\u007Fb"_s << big << u"ab"_s;
    QTest::newRow("C1 controls") << u"a\u0080\u009B\u009Fb"_s << big << u"ab"_s;
    QTest::newRow("control between words keeps the space") << u"a \x01 b"_s << big << u"a b"_s;
    QTest::newRow("RLO spoofed file name") << u"Anna \u202Egnp.exe"_s << big << u"Anna gnp.exe"_s;
    QTest::newRow("LRE PDF") << u"\u202Aabc\u202C"_s << big << u"abc"_s;
    QTest::newRow("RLI PDI") << u"x\u2067abc\u2069y"_s << big << u"xabcy"_s;
    QTest::newRow("Arabic") << u"مرحبا بك في لينكدإن"_s << big << u"مرحبا بك في لينكدإن"_s;
    QTest::newRow("Hebrew") << u"שלום\nעולם"_s << big << u"שלום עולם"_s;
    QTest::newRow("mixed LTR and RTL") << u"Meet שלום at 5"_s << big << u"Meet שלום at 5"_s;
    QTest::newRow("CJK") << u"李小龙\t功夫"_s << big << u"李小龙 功夫"_s;
    QTest::newRow("markup kept literally")
            << u"<b>bold</b> &amp; <a href=\"javascript:x\">link</a><img src=x onerror=alert(1)>"_s
            << big
            << u"<b>bold</b> &amp; <a href=\"javascript:x\">link</a><img src=x onerror=alert(1)>"_s;
    QTest::newRow("markup with newline") << u"<p>\nHi\n</p>"_s << big << u"<p> Hi </p>"_s;
    QTest::newRow("emoji") << (u"Hi "_s + Grinning) << big << (u"Hi "_s + Grinning);
    QTest::newRow("ZWJ family") << (Family + u" family"_s) << big << (Family + u" family"_s);
    QTest::newRow("skin tone") << ThumbsUpMedium << big << ThumbsUpMedium;
    QTest::newRow("flags") << (FlagFrance + FlagGermany) << big << (FlagFrance + FlagGermany);
    QTest::newRow("rainbow flag") << RainbowFlag << big << RainbowFlag;
    QTest::newRow("combining mark") << EAcuteDecomposed << big << EAcuteDecomposed;
    QTest::newRow("no-break space kept") << u"10\u00A0km"_s << big << u"10\u00A0km"_s;

    // The cap: at most maxChars characters of text, then U+2026 when something was cut.
    QTest::newRow("cap: cut") << u"abcdef"_s << 3 << (u"abc"_s + Ellipsis);
    QTest::newRow("cap: exact fit") << u"abc"_s << 3 << u"abc"_s;
    QTest::newRow("cap: one under") << u"ab"_s << 3 << u"ab"_s;
    QTest::newRow("cap: space at the cut dropped") << u"ab cd"_s << 3 << (u"ab"_s + Ellipsis);
    QTest::newRow("cap: space counts") << u"ab cd"_s << 4 << (u"ab c"_s + Ellipsis);
    QTest::newRow("cap: collapsed run counts once") << u"ab \n\t cd"_s << 5 << u"ab cd"_s;
    QTest::newRow("cap: controls do not count") << u"a\0\x01\u202Eb"_s << 2 << u"ab"_s;
    QTest::newRow("cap: leading whitespace does not count") << u"\n\n   abc"_s << 3 << u"abc"_s;
    QTest::newRow("cap: emoji does not fit") << (u"abc"_s + Grinning) << 4 << (u"abc"_s + Ellipsis);
    QTest::newRow("cap: emoji fits") << (u"abc"_s + Grinning) << 5 << (u"abc"_s + Grinning);
    QTest::newRow("cap: second emoji does not fit")
            << (Grinning + Grinning) << 3 << (Grinning + Ellipsis);
    QTest::newRow("cap: zero") << u"abc"_s << 0 << QString(Ellipsis);
    QTest::newRow("cap: zero, empty") << QString() << 0 << QString();
    QTest::newRow("cap: zero, whitespace") << u"  \n"_s << 0 << QString();
    QTest::newRow("cap: negative") << u"abc"_s << -5 << QString(Ellipsis);
}

void TestDisplayText::singleLine()
{
    QFETCH(QString, input);
    QFETCH(int, maxChars);
    QFETCH(QString, expected);

    const QString result = DisplayText::singleLine(input, maxChars);
    QCOMPARE(result, expected);
    verifyClean(result, maxChars);
}

void TestDisplayText::singleLineRemovesEveryBidiControl()
{
    for (char16_t c = 0x202A; c <= 0x202E; ++c)
        QCOMPARE(DisplayText::singleLine(withChar(u"ab"_s, c, u"cd"_s)), u"abcd"_s);
    for (char16_t c = 0x2066; c <= 0x2069; ++c)
        QCOMPARE(DisplayText::singleLine(withChar(u"ab"_s, c, u"cd"_s)), u"abcd"_s);
    // Neighbours of those ranges are ordinary punctuation and stay.
    QCOMPARE(DisplayText::singleLine(withChar(u"a"_s, 0x2030, u"b"_s)), u"a\u2030b"_s);
}

void TestDisplayText::singleLineRemovesEveryControl()
{
    const QList<char16_t> breaks = {u'\t', u'\n', 0x0B, 0x0C, u'\r', 0x85};
    for (char16_t c = 0; c < 0x20; ++c) {
        const QString result = DisplayText::singleLine(withChar(u"a"_s, c, u"b"_s));
        QCOMPARE(result, breaks.contains(c) ? u"a b"_s : u"ab"_s);
    }
    for (char16_t c = 0x7F; c <= 0x9F; ++c) {
        const QString result = DisplayText::singleLine(withChar(u"a"_s, c, u"b"_s));
        QCOMPARE(result, breaks.contains(c) ? u"a b"_s : u"ab"_s);
    }
}

void TestDisplayText::singleLineDropsLoneSurrogates_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const QChar high(0xD83D);
    const QChar low(0xDE00);
    QTest::newRow("lone high inside") << (u"a"_s + high + u"b"_s) << u"ab"_s;
    QTest::newRow("lone low inside") << (u"a"_s + low + u"b"_s) << u"ab"_s;
    QTest::newRow("lone high at end") << (u"ab"_s + high) << u"ab"_s;
    QTest::newRow("lone low at start") << (low + u"ab"_s) << u"ab"_s;
    QTest::newRow("reversed pair") << (u"a"_s + low + high + u"b"_s) << u"ab"_s;
    QTest::newRow("two highs then low") << (u"a"_s + high + high + low) << (u"a"_s + Grinning);
    QTest::newRow("only surrogates") << (QString(high) + high + low + low) << Grinning;
}

void TestDisplayText::singleLineDropsLoneSurrogates()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString result = DisplayText::singleLine(input);
    QCOMPARE(result, expected);
    verifyClean(result, DisplayText::DefaultMaxChars);
}

void TestDisplayText::singleLineCapKeepsClustersWhole_data()
{
    QTest::addColumn<QStringList>("clusters");

    QTest::newRow("ZWJ family") << QStringList{u"a"_s, Family, u"b"_s, Family, Family};
    QTest::newRow("skin tones") << QStringList{ThumbsUpMedium, ThumbsUpMedium, u"x"_s,
                                               ThumbsUpMedium};
    QTest::newRow("flags") << QStringList{FlagFrance, FlagGermany, FlagFrance, u"!"_s};
    QTest::newRow("rainbow flag") << QStringList{u"x"_s, RainbowFlag, RainbowFlag};
    QTest::newRow("combining marks")
            << QStringList{EAcuteDecomposed, u"a\u0308\u0301"_s, EAcuteDecomposed, u"z"_s};
    QTest::newRow("mixed") << QStringList{u"H"_s,     Grinning,    Family,       u"\u05E9"_s,
                                          FlagFrance, RainbowFlag, u"a\u0301"_s, ThumbsUpMedium};
}

// For every cap, the result is a whole number of clusters (never part of an emoji
// sequence or a letter without its marks), as many as fit, then an ellipsis if any was left.
void TestDisplayText::singleLineCapKeepsClustersWhole()
{
    QFETCH(QStringList, clusters);
    const QString full = clusters.join(QString());
    QCOMPARE(DisplayText::singleLine(full), full);

    for (int cap = 0; cap <= full.size() + 1; ++cap) {
        QString expected;
        int taken = 0;
        while (taken < clusters.size() && expected.size() + clusters.at(taken).size() <= cap)
            expected += clusters.at(taken++);
        if (taken < clusters.size())
            expected += Ellipsis;
        const QString result = DisplayText::singleLine(full, cap);
        QVERIFY2(result == expected,
                 qPrintable(u"cap %1: got %2 units, expected %3"_s.arg(cap)
                                    .arg(result.size())
                                    .arg(expected.size())));
        verifyClean(result, cap);
    }
}

void TestDisplayText::singleLineEllipsisOnlyWhenVisibleTextWasCut_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QString>("expected");

    // Nothing visible is lost: no ellipsis, and the result stays within the cap.
    QTest::newRow("trailing spaces") << u"abcd    "_s << 4 << u"abcd"_s;
    QTest::newRow("trailing newlines") << u"abcd\n\n\r\n"_s << 4 << u"abcd"_s;
    QTest::newRow("trailing NULs") << u"abcd\0\0"_s << 4 << u"abcd"_s;
    QTest::newRow("trailing bidi") << u"abcd\u202E\u2069"_s << 4 << u"abcd"_s;
    QTest::newRow("trailing mix") << u"abcd \x01\t\u202C \n"_s << 4 << u"abcd"_s;
    QTest::newRow("trailing lone surrogate") << (u"abcd"_s + QChar(0xD800)) << 4 << u"abcd"_s;
    // Something visible is lost: ellipsis.
    QTest::newRow("visible after spaces") << u"abcd    e"_s << 4 << (u"abcd"_s + Ellipsis);
    QTest::newRow("visible after controls") << u"abcd\0\0e"_s << 4 << (u"abcd"_s + Ellipsis);
    QTest::newRow("emoji after the cap") << (u"abcd"_s + Grinning) << 4 << (u"abcd"_s + Ellipsis);
    QTest::newRow("combining mark after the cap") << u"abce\u0301"_s << 4 << (u"abc"_s + Ellipsis);
}

void TestDisplayText::singleLineEllipsisOnlyWhenVisibleTextWasCut()
{
    QFETCH(QString, input);
    QFETCH(int, maxChars);
    QFETCH(QString, expected);
    const QString result = DisplayText::singleLine(input, maxChars);
    QCOMPARE(result, expected);
    verifyClean(result, maxChars);
}

// Printable Latin-1 with single spaces comes back as it is (singleLine() skips its
// cluster walk for it); spaces at the ends or doubled, and a text over the cap, still
// fold and cut as any other.
void TestDisplayText::singleLineKeepsPlainLatin1()
{
    for (char16_t unit = 0x21; unit <= 0xff; ++unit) {
        if (unit >= 0x7f && unit < 0xa0)
            continue; // controls: dropped (singleLineRemovesEveryControl)
        const QString text = withChar(u"Zo"_s, unit, u" Müller · café"_s);
        const QString expected = unit == 0xad ? u"Zo M\u00fcller \u00b7 caf\u00e9"_s : text;
        QCOMPARE(DisplayText::singleLine(text), expected);
        QCOMPARE(DisplayText::singleLine(text, int(text.size())), expected);
    }
    QCOMPARE(DisplayText::singleLine(u" Ada  Lovelace "_s), u"Ada Lovelace"_s);
    QCOMPARE(DisplayText::singleLine(u"Ada\u00a0 Lovelace"_s), u"Ada\u00a0 Lovelace"_s);
    QCOMPARE(DisplayText::singleLine(u"Ada Lovelace"_s, 11), QString(u"Ada Lovelac" + Ellipsis));
    QCOMPARE(DisplayText::singleLine(u"Ada Lovelace"_s, 12), u"Ada Lovelace"_s);
}

void TestDisplayText::singleLineDefaultCap()
{
    const QString result = DisplayText::singleLine(QString(5000, u'x'));
    QCOMPARE(result.size(), DisplayText::DefaultMaxChars + 1);
    QCOMPARE(result.back(), Ellipsis);
    QCOMPARE(result.left(DisplayText::DefaultMaxChars),
             QString(DisplayText::DefaultMaxChars, u'x'));

    const QString exact(DisplayText::DefaultMaxChars, u'y');
    QCOMPARE(DisplayText::singleLine(exact), exact);
}

void TestDisplayText::singleLineHugeInput()
{
    // 200 000 characters of everything at once.
    const QString chunk = u"Hello\n\t<b>world</b> \u202E\0\x1b "_s + Family + u" שלום "_s
            + ThumbsUpMedium + QChar(0xD83D) + u" "_s;
    QString huge;
    while (huge.size() < 200000)
        huge += chunk;
    huge.truncate(200000);

    const QString bounded = DisplayText::singleLine(huge);
    verifyClean(bounded, DisplayText::DefaultMaxChars);
    QVERIFY(bounded.endsWith(Ellipsis));
    QVERIFY(bounded.startsWith(u"Hello <b>world</b> "_s + Family + u" שלום "_s + ThumbsUpMedium));

    const QString all = DisplayText::singleLine(huge, std::numeric_limits<int>::max());
    verifyClean(all, std::numeric_limits<int>::max());
    QVERIFY(all.size() < huge.size());
    QVERIFY(all.size() > 100000);

    const QString plain(200000, u'a');
    QCOMPARE(DisplayText::singleLine(plain, 200000), plain);
    QCOMPARE(DisplayText::singleLine(plain, 199999).size(), 200000); // 199 999 + ellipsis
}

void TestDisplayText::singleLineHugeInvisiblePrefix()
{
    QString input(200000, QChar(u'\0'));
    input += u"  \n hi"_s;
    QCOMPARE(DisplayText::singleLine(input, 10), u"hi"_s);

    QString spaces(200000, u' ');
    spaces.prepend(u"x"_s);
    QCOMPARE(DisplayText::singleLine(spaces, 1), u"x"_s);
}

void TestDisplayText::singleLineIsIdempotent_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("messy") << u"  a\n\n b\t\u202Ec\0 "_s;
    QTest::newRow("emoji") << (Family + u"\n"_s + FlagFrance + u" "_s + ThumbsUpMedium);
    QTest::newRow("rtl") << u"\u2067مرحبا\u2069  שלום"_s;
    QTest::newRow("markup") << u"<i>\r\n</i>"_s;
}

void TestDisplayText::singleLineIsIdempotent()
{
    QFETCH(QString, input);
    const QString once = DisplayText::singleLine(input);
    QCOMPARE(DisplayText::singleLine(once), once);
}

void TestDisplayText::firstName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("two words") << u"Anna Smith"_s << u"Anna"_s;
    QTest::newRow("three words") << u"Anna Maria Smith"_s << u"Anna"_s;
    QTest::newRow("one word") << u"Anna"_s << u"Anna"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only spaces") << u"   "_s << QString();
    QTest::newRow("leading spaces") << u"  Anna Smith"_s << u"Anna"_s;
    QTest::newRow("tab between") << u"Anna\tSmith"_s << u"Anna"_s;
    QTest::newRow("hyphenated") << u"Jean-Luc Picard"_s << u"Jean-Luc"_s;
    QTest::newRow("Arabic") << u"محمد علي"_s << u"محمد"_s;
    QTest::newRow("CJK without space") << u"李小龙"_s << u"李小龙"_s;
    QTest::newRow("emoji first") << (Grinning + u" Smile"_s) << Grinning;
    QTest::newRow("markup") << u"<b>Anna</b> Smith"_s << u"<b>Anna</b>"_s;
}

void TestDisplayText::firstName()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(DisplayText::firstName(name), expected);
}

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
