#include "replybox.h"
#include "replyedit.h"
#include "thread/outgoingmessages.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace Qt::StringLiterals;

// The reply box on its own: plain text only, growing to six lines and then scrolling, the
// counter near LinkedIn's limit and the reason above it, what the keys do.
class TestReplyBox : public QObject
{
    Q_OBJECT

private:
    struct Box
    {
        Box()
        {
            box.resize(520, 300);
            box.show();
            box.editor()->setFocus();
        }
        ReplyEdit *edit() { return box.editor(); }
        void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
        {
            QTest::keyClick(box.editor(), Qt::Key(key), modifiers);
        }
        ReplyBox box;
    };

private slots:
    void pastedRichTextArrivesAsItsText()
    {
        Box f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.box));
        auto *mime = new QMimeData;
        mime->setHtml(u"<b>Bold</b> <a href=\"https://evil.example\">link</a><img src=x>"_s);
        mime->setText(u"Bold link"_s);
        QApplication::clipboard()->setMimeData(mime);
        f.key(Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(f.box.text(), u"Bold link"_s);
        // Nothing but text is in the document: no weight, no link from the paste.
        for (auto it = f.edit()->document()->begin().begin(); !it.atEnd(); ++it) {
            QVERIFY(it.fragment().charFormat().fontWeight() != QFont::Bold);
            QVERIFY(!it.fragment().charFormat().isAnchor());
        }
        QVERIFY(!f.edit()->document()->toHtml().contains(u"evil.example"));

        // Markup without a text part brings nothing.
        auto *markupOnly = new QMimeData;
        markupOnly->setHtml(u"<i>only markup</i>"_s);
        QApplication::clipboard()->setMimeData(markupOnly);
        f.key(Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(f.box.text(), u"Bold link"_s);
    }

    void itGrowsToSixLinesAndThenScrolls()
    {
        Box f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.box));
        const int one = f.edit()->height();
        QCOMPARE(f.edit()->shownLines(), 1);
        int previous = one;
        for (int line = 2; line <= ReplyEdit::MaxLines; ++line) {
            f.key(Qt::Key_Return); // a new line (Return sends only when set so)
            f.edit()->insertPlainText(u"line"_s);
            QTRY_COMPARE(f.edit()->shownLines(), line);
            QTRY_VERIFY(f.edit()->height() > previous);
            previous = f.edit()->height();
        }
        QVERIFY(!f.edit()->verticalScrollBar()->isVisible());
        for (int more = 0; more < 4; ++more) {
            f.key(Qt::Key_Return);
            f.edit()->insertPlainText(u"more"_s);
        }
        QTRY_VERIFY(f.edit()->verticalScrollBar()->isVisible()); // laid out again
        QCOMPARE(f.edit()->shownLines(), ReplyEdit::MaxLines);
        QCOMPARE(f.edit()->height(), previous);
        f.box.setText({});
        QTRY_COMPARE(f.edit()->height(), one);
    }

    void aLongLineWrapsAndCountsItsLines()
    {
        Box f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.box));
        f.edit()->insertPlainText(QString(400, u'w').replace(u"wwwww"_s, u"word "_s));
        QTRY_VERIFY(f.edit()->shownLines() > 1);
    }

    void theCounterShowsNearTheLimitAndSendStopsAboveIt()
    {
        Box f;
        QSignalSpy send(&f.box, &ReplyBox::sendRequested);
        f.box.setText(QString(ReplyBox::CounterFrom - 1, u'a'));
        QVERIFY(f.box.counter()->isHidden());
        QVERIFY(f.box.sendButton()->isEnabled());
        QVERIFY(f.box.sendButton()->toolTip().contains(u"1 credit"));

        f.box.setText(QString(OutgoingMessages::MaxChars - 12, u'a'));
        QVERIFY(!f.box.counter()->isHidden());
        QCOMPARE(f.box.counter()->text(), u"12 left"_s);
        QVERIFY(f.box.sendButton()->isEnabled());

        f.box.setText(QString(OutgoingMessages::MaxChars, u'a'));
        QCOMPARE(f.box.counter()->text(), u"0 left"_s);
        QVERIFY(f.box.canSend());

        // An emoji counts two: over the limit by the last one.
        f.box.setText(QString(OutgoingMessages::MaxChars - 1, u'a') + u"🙂"_s);
        QVERIFY(!f.box.canSend());
        QVERIFY(!f.box.sendButton()->isEnabled());
        QCOMPARE(f.box.counter()->text(), u"1 too many"_s);
        QVERIFY(f.box.sendButton()->toolTip().contains(u"too many"));
        QVERIFY(f.box.sendButton()->toolTip().contains(u"8,000")
                || f.box.sendButton()->toolTip().contains(u"8000"));
        f.key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(send.count(), 0);
        QCOMPARE(f.box.text().size(), OutgoingMessages::MaxChars + 1); // nothing cut
    }

    void blankOrBusyCannotBeSent()
    {
        Box f;
        QSignalSpy send(&f.box, &ReplyBox::sendRequested);
        QVERIFY(!f.box.sendButton()->isEnabled());
        f.edit()->insertPlainText(u"  \n\t "_s);
        f.key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(send.count(), 0);
        f.box.setText(u"Hello"_s);
        f.box.setBusy(true);
        QVERIFY(!f.box.sendButton()->isEnabled());
        QVERIFY(f.box.sendButton()->toolTip().contains(u"before"));
        f.key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(send.count(), 0);
        f.box.setBusy(false);
        QVERIFY(f.box.sendButton()->isEnabled());
    }

    void ctrlReturnSendsAndReturnStartsALine()
    {
        Box f;
        QVERIFY(QTest::qWaitForWindowActive(&f.box));
        QSignalSpy send(&f.box, &ReplyBox::sendRequested);
        QSignalSpy edited(&f.box, &ReplyBox::edited);
        QTest::keyClicks(f.edit(), u"Hi"_s);
        QVERIFY(edited.count() > 0);
        f.key(Qt::Key_Return);
        f.key(Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(f.edit(), u"there"_s);
        QCOMPARE(f.box.text(), u"Hi\n\nthere"_s); // real line breaks, no U+2028
        QCOMPARE(send.count(), 0);
        f.key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(send.count(), 1);
        QCOMPARE(send.first().first().toString(), u"Hi\n\nthere"_s);
        f.key(Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
        QCOMPARE(send.count(), 2);
        QCOMPARE(f.box.text(), u"Hi\n\nthere"_s); // the caller empties the box, not the box
        QTest::mouseClick(f.box.sendButton(), Qt::LeftButton);
        QCOMPARE(send.count(), 3);
        QCOMPARE(QApplication::focusWidget(), f.edit()); // clicking Send left the keyboard there
        edited.clear();
        f.box.setText(u"set by the program"_s);
        QCOMPARE(edited.count(), 0);
    }

    void withReturnSendsReturnSendsAndShiftReturnStartsALine()
    {
        Box f;
        f.box.setReturnSends(true);
        QVERIFY(f.box.sendButton()->toolTip().contains(u"Return"));
        QSignalSpy send(&f.box, &ReplyBox::sendRequested);
        QTest::keyClicks(f.edit(), u"One"_s);
        f.key(Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(f.edit(), u"Two"_s);
        QCOMPARE(send.count(), 0);
        f.key(Qt::Key_Return);
        QCOMPARE(send.count(), 1);
        QCOMPARE(send.first().first().toString(), u"One\nTwo"_s);
        f.key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(send.count(), 2);
    }

    void tabLeavesTheBox()
    {
        Box f;
        QVERIFY(QTest::qWaitForWindowActive(&f.box));
        f.box.setText(u"x"_s);
        f.key(Qt::Key_Tab);
        QCOMPARE(f.box.text(), u"x"_s);
        QVERIFY(QApplication::focusWidget() != f.edit());
    }
};

QTEST_MAIN(TestReplyBox)
#include "tst_replybox.moc"
