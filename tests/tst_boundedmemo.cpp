// The bounded memos painting keeps (initials, times, fonts, masks): each value is made
// once while it is kept, and what is kept never passes the bound.

#include "text/boundedmemo.h"

#include <QTest>

class TestBoundedMemo : public QObject
{
    Q_OBJECT

private slots:
    void aKeptValueIsNotMadeAgain()
    {
        BoundedMemo<int, QString, 4> memo;
        int made = 0;
        const auto make = [&made] {
            ++made;
            return QString::number(made);
        };
        QCOMPARE(memo.get(7, make), QStringLiteral("1"));
        QCOMPARE(memo.get(7, make), QStringLiteral("1"));
        QCOMPARE(memo.get(8, make), QStringLiteral("2"));
        QCOMPARE(made, 2);
        QCOMPARE(memo.size(), 2);
    }

    void aFullMemoStartsAgainEmpty()
    {
        BoundedMemo<int, int, 4> memo;
        int made = 0;
        for (int key = 0; key < 1000; ++key) {
            const int value = memo.get(key, [&] { return ++made; });
            QCOMPARE(value, key + 1);
            QVERIFY(memo.size() <= 4);
        }
        QCOMPARE(made, 1000);
        // Key 0 went long ago: it is made again, and the memo holds it once more.
        QCOMPARE(memo.get(0, [&] { return ++made; }), 1001);
        QCOMPARE(memo.get(0, [&] { return ++made; }), 1001);
        memo.clear();
        QCOMPARE(memo.size(), 0);
    }

    void aListFindsByTheCallersComparisonAndLetsTheOldestGo()
    {
        BoundedList<double, 3> list;
        int made = 0;
        const auto near = [](double wanted) {
            return [wanted](double kept) { return qAbs(kept - wanted) < 0.01; };
        };
        const auto make = [&made](double value) {
            return [&made, value] {
                ++made;
                return value;
            };
        };
        QCOMPARE(list.get(near(1.0), make(1.0)), 1.0);
        QCOMPARE(list.get(near(1.001), make(1.001)), 1.0); // near enough: the kept one
        QCOMPARE(made, 1);
        list.get(near(2.0), make(2.0));
        list.get(near(3.0), make(3.0));
        list.get(near(4.0), make(4.0)); // the fourth pushes 1.0 out
        QCOMPARE(list.size(), 3);
        QCOMPARE(made, 4);
        QCOMPARE(list.get(near(2.0), make(2.0)), 2.0);
        QCOMPARE(made, 4);
        QCOMPARE(list.get(near(1.0), make(1.0)), 1.0);
        QCOMPARE(made, 5);
    }
};

QTEST_GUILESS_MAIN(TestBoundedMemo)
#include "tst_boundedmemo.moc"
