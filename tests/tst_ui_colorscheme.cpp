#include "appstyle.h"
#include "colorscheme.h"

#include <QApplication>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QPushButton>
#include <QRawFont>
#include <QTest>
#include <QTextLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

// The app's look as main() sets it: the dialog style everywhere, the forced schemes, and
// emoji sequences that paint as one picture.
class TestColorScheme : public QObject
{
    Q_OBJECT

private:
    // The glyph runs of one line of text in the given font: (family, glyph count).
    static QList<QPair<QString, int>> runs(const QString &text, const QFont &font)
    {
        QTextLayout layout(text, font);
        layout.beginLayout();
        layout.createLine().setLineWidth(10000);
        layout.endLayout();
        QList<QPair<QString, int>> result;
        for (const QGlyphRun &run : layout.glyphRuns())
            result.append({run.rawFont().familyName(), int(run.glyphIndexes().size())});
        return result;
    }

private slots:
    void everySchemeGetsTheAppStyle()
    {
        for (const QString &scheme : {QString(), u"dark"_s, u"light"_s}) {
            ColorScheme::apply(*qApp, scheme);
            QVERIFY(qobject_cast<AppStyle *>(QApplication::style()));
            QCOMPARE(QApplication::style()->styleHint(QStyle::SH_DialogButtonBox_ButtonsHaveIcons),
                     0);
        }
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 QApplication::style()->standardPalette().color(QPalette::Window));
        ColorScheme::apply(*qApp, u"dark"_s);
        QCOMPARE(QApplication::palette().color(QPalette::Base),
                 ColorScheme::darkPalette().color(QPalette::Base));
    }

    void aSkinTonedZwjSequenceIsOnePicture()
    {
        // "Dev 👩🏽‍💻 Patel": woman, medium skin tone, ZWJ, laptop.
        const QString name = u"Dev \U0001F469\U0001F3FD\u200D\U0001F4BB Patel"_s;
        ColorScheme::preferColorEmoji(*qApp);
        if (!QFontDatabase::families().contains(u"Noto Color Emoji"_s)) {
            qInfo("no Noto Color Emoji on this machine (fonts-noto-color-emoji): nothing to check");
            return;
        }
        const QList<QPair<QString, int>> shown = runs(name, QApplication::font());
        QStringList described;
        int emojiGlyphs = 0;
        for (const auto &[family, glyphs] : shown) {
            described.append(family + u':' + QString::number(glyphs));
            if (family == u"Noto Color Emoji")
                emojiGlyphs += glyphs;
        }
        // One run of the colour font; the ZWJ may keep a zero-width glyph of its own.
        QVERIFY2(emojiGlyphs >= 1 && emojiGlyphs <= 2, qPrintable(described.join(u", ")));
        QCOMPARE(described.filter(u"Noto Color Emoji"_s).size(), 1);
        QVERIFY2(described.filter(u"Symbols"_s).isEmpty(), qPrintable(described.join(u", ")));
        // The text itself is still the UI font's (glyphRuns() has no promised order).
        const QString uiFamily = QFontInfo(QApplication::font()).family();
        QVERIFY2(std::any_of(shown.cbegin(), shown.cend(),
                             [&](const auto &run) { return run.first == uiFamily; }),
                 qPrintable(described.join(u", ")));
    }
};

QTEST_MAIN(TestColorScheme)
#include "tst_ui_colorscheme.moc"
