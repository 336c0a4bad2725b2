#include "elisioncut.h"
#include "painting.h"

#include <QApplication>
#include <QFontMetrics>
#include <QTest>

namespace {

QString repeated(const QString &part, int times)
{
    QString text;
    for (int i = 0; i < times; ++i)
        text += part;
    return text;
}

QList<QFont> fonts()
{
    const QFont base = QApplication::font();
    QFont italic = Painting::weighted(base, QFont::DemiBold);
    italic.setItalic(true);
    return {base, Painting::weighted(base, QFont::Bold), italic, Painting::scaledFont(base, 0.85)};
}

} // namespace

// Eliding a cut start gives what eliding the whole text gives, for every kind of text
// and width; texts a cut could change are elided whole.
class TestElisionCut : public QObject
{
    Q_OBJECT

private slots:
    void elidesAsTheWholeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("cuts"); // the first cut is tried (it is safe to make)
        const QString latin = QStringLiteral("Hi Alex, great to connect after the conference last "
                                             "week! Would you have 20 minutes for a call? ");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("one letter") << QStringLiteral("A") << false;
        QTest::newRow("latin") << repeated(latin, 4) << true;
        QTest::newRow("latin, very long") << repeated(latin, 120) << true;
        QTest::newRow("narrow letters") << repeated(QStringLiteral("il.! ij|"), 60) << true;
        QTest::newRow("wide letters") << repeated(QStringLiteral("WMW@ "), 60) << true;
        QTest::newRow("kerning pairs") << repeated(QStringLiteral("AVA To Ty Wa LT "), 30) << true;
        QTest::newRow("arabic") << repeated(QStringLiteral("مرحبا أليكس، سعدت بلقائك في المؤتمر. "),
                                            8)
                                << true;
        QTest::newRow("arabic with digits")
                << repeated(QStringLiteral("السعر 100 دولار، والموعد 12:30. "), 8) << false;
        QTest::newRow("arabic with arabic digits")
                << repeated(QStringLiteral("الرقم ١٢٣ هنا "), 12) << false;
        QTest::newRow("hebrew with brackets")
                << repeated(QStringLiteral("שלום (חבר) ותודה [רבה]! "), 10) << true;
        QTest::newRow("rtl then latin past the cut")
                << QString(repeated(QStringLiteral("שלום עולם "), 20) + repeated(latin, 2)) << true;
        QTest::newRow("latin then arabic past the cut")
                << QString(repeated(latin, 2) + repeated(QStringLiteral("مرحبا "), 20)) << true;
        QTest::newRow("latin with an arabic word")
                << repeated(QStringLiteral("Meeting with ليلى (2 pm) today. "), 8) << false;
        QTest::newRow("rtl mark past the cut")
                << QString(repeated(latin, 3) + QChar(0x200f) + u"end") << false;
        QTest::newRow("length variants")
                << QString(repeated(latin, 3) + QChar(0x9c) + u"short") << false;
        QTest::newRow("emoji and words") << repeated(
                QStringLiteral(
                        "Launch 🚀 done 👍🏽 family 👨‍👩‍👧 flag 🇫🇷 "),
                10) << true;
        QTest::newRow("emoji only")
                << repeated(QStringLiteral("😀👍🏽👨‍👩‍👧🇫🇷"), 40) << false;
        QTest::newRow("supplementary letters")
                << repeated(QStringLiteral("𝐀𝐁𝐂 𐐀𐐁 text "), 20) << true;
        QTest::newRow("combining marks")
                << repeated(QStringLiteral("Cafe\u0301 re\u0301sume\u0301 n\u0303o\u0308 "), 20)
                << true;
        QTest::newRow("stacked marks")
                << repeated(QStringLiteral("a\u0301\u0302\u0303\u0304\u0305\u0306 "), 30) << true;
        QTest::newRow("cjk") << repeated(QStringLiteral("陈伟你好，很高兴认识你。"), 20) << true;
        QTest::newRow("cjk and latin")
                << repeated(QStringLiteral("Chen Wei 陈伟 says 你好 "), 12) << true;
        QTest::newRow("devanagari")
                << repeated(QStringLiteral("नमस्ते दुनिया, क्या हाल है? "), 12) << true;
        QTest::newRow("digits before the letters")
                << QString(repeated(QStringLiteral("1234567890 "), 30) + latin) << false;
        QTest::newRow("spaces") << QString(QString(300, u' ') + latin) << false;
    }

    void elidesAsTheWholeText()
    {
        QFETCH(QString, text);
        QFETCH(bool, cuts);
        for (const QFont &font : fonts()) {
            const QFontMetrics metrics(font);
            bool cutTried = false;
            for (int width = 1; width <= 420; width += width < 60 ? 1 : 3) {
                const QString expected = metrics.elidedText(text, Qt::ElideRight, width);
                QCOMPARE(ElisionCut::elidedRight(text, metrics, width), expected);
                cutTried = cutTried || ElisionCut::firstCut(text, metrics, width) > 0;
            }
            QCOMPARE(cutTried, cuts);
        }
    }

    void cutsAtGraphemeBoundaries()
    {
        const QFontMetrics metrics(QApplication::font());
        const QString text = repeated(QStringLiteral("e\u0301👍🏽x"), 100);
        for (int width = 10; width <= 300; ++width) {
            const qsizetype cut = ElisionCut::firstCut(text, metrics, width);
            if (cut <= 0)
                continue;
            QVERIFY(!text.at(cut).isLowSurrogate());
            QVERIFY(text.at(cut).category() != QChar::Mark_NonSpacing);
            QVERIFY(text.at(cut) != QChar(0xd83c)); // not before the skin tone's pair
        }
    }
};

QTEST_MAIN(TestElisionCut)
#include "tst_elisioncut.moc"
