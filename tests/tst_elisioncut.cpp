#include "elisioncut.h"
#include "support/elisiontexts.h"

#include <QApplication>
#include <QFontMetrics>
#include <QTest>

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
        for (const ElisionTexts::Sample &sample : ElisionTexts::samples())
            QTest::newRow(sample.name) << sample.text << sample.cuts;
    }

    void elidesAsTheWholeText()
    {
        QFETCH(QString, text);
        QFETCH(bool, cuts);
        for (const QFont &font : ElisionTexts::rowFonts()) {
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
        const QString text = ElisionTexts::repeated(QStringLiteral("e\u0301👍🏽x"), 100);
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
