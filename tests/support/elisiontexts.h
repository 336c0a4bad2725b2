#pragma once

#include "painting.h"

#include <QApplication>
#include <QFont>
#include <QList>
#include <QString>

// Texts that eliding and shaping treat differently, for the tests that compare a faster
// way of eliding with QFontMetrics::elidedText on the whole text.
namespace ElisionTexts {

struct Sample
{
    const char *name;
    QString text;
    bool cuts; // ElisionCut may cut it (a start of it elides as the whole does)
};

inline QString repeated(const QString &part, int times)
{
    QString text;
    for (int i = 0; i < times; ++i)
        text += part;
    return text;
}

inline QList<Sample> samples()
{
    const QString latin = QStringLiteral("Hi Alex, great to connect after the conference last "
                                         "week! Would you have 20 minutes for a call? ");
    return {
            {"empty", QString(), false},
            {"one letter", QStringLiteral("A"), false},
            {"short", QStringLiteral("Ada Lovelace"), false},
            {"trailing spaces", QStringLiteral("Ada Lovelace   "), false},
            {"latin", repeated(latin, 4), true},
            {"latin, very long", repeated(latin, 120), true},
            {"narrow letters", repeated(QStringLiteral("il.! ij|"), 60), true},
            {"wide letters", repeated(QStringLiteral("WMW@ "), 60), true},
            {"kerning pairs", repeated(QStringLiteral("AVA To Ty Wa LT "), 30), true},
            {"arabic", repeated(QStringLiteral("مرحبا أليكس، سعدت بلقائك في المؤتمر. "), 8), true},
            {"arabic with digits", repeated(QStringLiteral("السعر 100 دولار، والموعد 12:30. "), 8),
             false},
            {"arabic with arabic digits", repeated(QStringLiteral("الرقم ١٢٣ هنا "), 12), false},
            {"hebrew with brackets", repeated(QStringLiteral("שלום (חבר) ותודה [רבה]! "), 10),
             true},
            {"rtl then latin past the cut",
             QString(repeated(QStringLiteral("שלום עולם "), 20) + repeated(latin, 2)), true},
            {"latin then arabic past the cut",
             QString(repeated(latin, 2) + repeated(QStringLiteral("مرحبا "), 20)), true},
            {"latin with an arabic word",
             repeated(QStringLiteral("Meeting with ليلى (2 pm) today. "), 8), false},
            {"rtl mark past the cut", QString(repeated(latin, 3) + QChar(0x200f) + u"end"), false},
            {"length variants", QString(repeated(latin, 3) + QChar(0x9c) + u"short"), false},
            {"tabs and line breaks", repeated(QStringLiteral("one\ttwo\nthree\r\n"), 20), false},
            {"emoji and words",
             repeated(QStringLiteral(
                              "Launch 🚀 done 👍🏽 family 👨‍👩‍👧 flag 🇫🇷 "),
                      10),
             true},
            {"emoji only", repeated(QStringLiteral("😀👍🏽👨‍👩‍👧🇫🇷"), 40),
             false},
            {"supplementary letters", repeated(QStringLiteral("𝐀𝐁𝐂 𐐀𐐁 text "), 20), true},
            {"combining marks",
             repeated(QStringLiteral("Cafe\u0301 re\u0301sume\u0301 n\u0303o\u0308 "), 20), true},
            {"stacked marks",
             repeated(QStringLiteral("a\u0301\u0302\u0303\u0304\u0305\u0306 "), 30), true},
            {"cjk", repeated(QStringLiteral("陈伟你好，很高兴认识你。"), 20), true},
            {"cjk and latin", repeated(QStringLiteral("Chen Wei 陈伟 says 你好 "), 12), true},
            {"devanagari", repeated(QStringLiteral("नमस्ते दुनिया, क्या हाल है? "), 12), true},
            {"digits before the letters",
             QString(repeated(QStringLiteral("1234567890 "), 30) + latin), false},
            {"spaces", QString(QString(300, u' ') + latin), false},
    };
}

// The fonts of a row: normal, bold, italic demibold (a snippet) and small.
inline QList<QFont> rowFonts()
{
    const QFont base = QApplication::font();
    QFont italic = Painting::weighted(base, QFont::DemiBold);
    italic.setItalic(true);
    return {base, Painting::weighted(base, QFont::Bold), italic, Painting::scaledFont(base, 0.85)};
}

} // namespace ElisionTexts
