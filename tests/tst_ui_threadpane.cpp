#include "api/linkupclient.h"
#include "avatars/avatarstore.h"
#include "elidedlabel.h"
#include "support/ink.h"
#include "thread/threadcache.h"
#include "threadpane.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The thread pane's header: a right-to-left name mirrors with the layout, not by itself,
// and long texts elide instead of widening the pane. No request is made: the pane only
// offers to load the thread.
class TestThreadPane : public QObject
{
    Q_OBJECT

private:
    struct Pane
    {
        explicit Pane(const Person &participant, Qt::LayoutDirection direction = Qt::LeftToRight)
            : avatars(directory.path())
            , threads(&client)
            , pane(&threads, &avatars)
        {
            Conversation conversation;
            conversation.id = u"c1"_s;
            conversation.participant = participant;
            pane.setLayoutDirection(direction);
            pane.resize(640, 400);
            pane.showConversation(conversation, u"FR"_s, ThreadPane::Loading::OnlyIfFree);
            pane.show();
        }

        ElidedLabel *label(const char *name) const
        {
            return pane.findChild<ElidedLabel *>(QString::fromLatin1(name));
        }
        // The label's painted text, in the pane's coordinates.
        QRect textRect(const char *name) const
        {
            const ElidedLabel *shown = label(name);
            return shown->textRect().translated(shown->mapTo(&pane, QPoint()));
        }

        QTemporaryDir directory;
        LinkupClient client;
        AvatarStore avatars;
        ThreadCache threads;
        ThreadPane pane;
    };

    static Person arabicParticipant()
    {
        Person person;
        person.name = u"ليلى حداد"_s;
        person.headline = u"Director of Sales Enablement at Driftwood Media"_s;
        person.profileUrl = u"https://www.linkedin.com/in/layla"_s;
        return person;
    }

    // Columns of a label's grab where something is painted, as (first, last) in pixels.
    static QPair<int, int> ink(QWidget *widget)
    {
        const QImage image = widget->grab().toImage();
        const QRgb background = widget->palette().color(QPalette::Window).rgb();
        return Ink::span(image.convertToFormat(QImage::Format_RGB32),
                         QRect(QPoint(), widget->size()), background | 0xff000000);
    }

private slots:
    void anArabicNameSitsWithItsHeadlineOnTheLeadingSide()
    {
        Pane fixture(arabicParticipant());
        QVERIFY(QTest::qWaitForWindowExposed(&fixture.pane));
        const QRect name = fixture.textRect("name");
        const QRect headline = fixture.textRect("headline");
        QCOMPARE(name.left(), headline.left()); // both start on the left, like the rows
        QVERIFY(name.width() < headline.width());
        // The Arabic glyphs really are painted there, not right-aligned by the label.
        ElidedLabel *label = fixture.label("name");
        const auto painted = ink(label);
        QVERIFY(painted.first >= 0);
        QVERIFY2(painted.first <= label->textRect().left() + 4,
                 qPrintable(QString::number(painted.first)));
        QVERIFY(painted.second < label->width() / 2);
        const QPushButton *open = fixture.pane.findChild<QPushButton *>(u"openProfile"_s);
        QVERIFY(open->mapTo(&fixture.pane, QPoint()).x() > headline.right());
    }

    void theHeaderMirrorsAsAWholeInARightToLeftLayout()
    {
        Person person = arabicParticipant();
        person.headline = u"مديرة المبيعات"_s;
        for (const QString &name : {u"ليلى حداد"_s, u"Layla Haddad"_s}) {
            person.name = name;
            Pane fixture(person, Qt::RightToLeft);
            QVERIFY(QTest::qWaitForWindowExposed(&fixture.pane));
            const QRect shownName = fixture.textRect("name");
            const QRect headline = fixture.textRect("headline");
            QCOMPARE(shownName.right(), headline.right());
            const QPushButton *open = fixture.pane.findChild<QPushButton *>(u"openProfile"_s);
            QVERIFY(open->mapTo(&fixture.pane, QPoint()).x() + open->width() < headline.left());
            const auto painted = ink(fixture.label("name"));
            QVERIFY(painted.second > fixture.label("name")->width() / 2);
        }
    }

    void longTextsElideAndShowInFullAsATooltip()
    {
        Person person = arabicParticipant();
        person.headline = QString(u"Head of Everything · "_s).repeated(14);
        Pane fixture(person);
        QVERIFY(QTest::qWaitForWindowExposed(&fixture.pane));
        QVERIFY2(fixture.pane.minimumSizeHint().width() < 400,
                 qPrintable(QString::number(fixture.pane.minimumSizeHint().width())));
        ElidedLabel *headline = fixture.label("headline");
        QVERIFY(headline->shownText().endsWith(u'…'));
        QCOMPARE(headline->text(), person.headline.trimmed());
        QCOMPARE(headline->textFormat(), Qt::PlainText);
        fixture.pane.resize(300, 400);
        QTRY_VERIFY(headline->width() < 300);
        QVERIFY(headline->textRect().right() <= headline->contentsRect().right());
    }
};

QTEST_MAIN(TestThreadPane)
#include "tst_ui_threadpane.moc"
