#include "conversationdelegate.h"
#include "inbox/conversationlistmodel.h"
#include "messagedelegate.h"
#include "text/richtextguard.h"

#include <QApplication>
#include <QHelpEvent>
#include <QListView>
#include <QStandardItemModel>
#include <QTest>
#include <QTextDocument>
#include <QTextFragment>
#include <QToolTip>
#include <QWhatsThis>

using namespace Qt::StringLiterals;

namespace {

// A document that records every resource (image, stylesheet) the markup asks for.
class RecordingDocument : public QTextDocument
{
public:
    QList<QUrl> asked;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        asked.append(name);
        return QTextDocument::loadResource(type, name);
    }
};

void addHostileRows()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("img /dev/zero") << u"<img src=\"/dev/zero\">"_s;
    QTest::newRow("img local file") << u"Ana <img src=\"/etc/passwd.png\" width=9000>"_s;
    QTest::newRow("img UNC path") << u"<img src=\"//host/share/x.png\">Bob"_s;
    QTest::newRow("img file url") << u"<img src='file:///home/u/.ssh/id_rsa'>"_s;
    QTest::newRow("bold and link") << u"<b>CEO</b> <a href=\"javascript:alert(1)\">x</a>"_s;
    QTest::newRow("entities") << u"Tom &amp; Jerry &lt;3 &#x41; &nbsp;"_s;
    QTest::newRow("qt tag") << u"<qt><h1>Big</h1></qt>"_s;
    QTest::newRow("style") << u"<style>*{font-size:900px}</style>hi"_s;
    QTest::newRow("two lines") << u"Name\n<i>headline</i>"_s;
    QTest::newRow("plain") << u"Ada Lovelace"_s;
}

} // namespace

// Every surface that would read API text as rich text gets it through RichTextGuard:
// shown literally, loading nothing.
class TestPlainTextSurfaces : public QObject
{
    Q_OBJECT

private slots:
    void guardedTextRendersLiterally_data() { addHostileRows(); }
    void guardedTextRendersLiterally()
    {
        QFETCH(QString, text);
        const QString guarded = RichTextGuard::asRichText(text);
        // Rich text for sure: otherwise the surface would decide by itself.
        QVERIFY(Qt::mightBeRichText(guarded));
        RecordingDocument document;
        document.setHtml(guarded);
        QCOMPARE(document.toPlainText(), text);
        QVERIFY2(document.asked.isEmpty(), "the markup asked for a resource");
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it)
                QVERIFY(!it.fragment().charFormat().isImageFormat());
        }
    }

    void rowToolTipsArePlain_data() { addHostileRows(); }
    void rowToolTipsArePlain()
    {
        QFETCH(QString, text);
        QStandardItemModel model;
        auto *item = new QStandardItem;
        item->setData(u"Someone"_s, ConversationListModel::ParticipantNameRole);
        item->setData(text, Qt::ToolTipRole);
        item->setData(text, Qt::WhatsThisRole);
        model.appendRow(item);
        QListView view;
        view.setItemDelegate(new ConversationDelegate(&view));
        view.setModel(&model);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const QPoint at = view.visualRect(model.index(0, 0)).center();
        QHelpEvent tip(QEvent::ToolTip, at, view.viewport()->mapToGlobal(at));
        QApplication::sendEvent(view.viewport(), &tip);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), RichTextGuard::asRichText(text));
        // What the tip label renders reads back the original, nothing more.
        QTextDocument shown;
        shown.setHtml(QToolTip::text());
        QCOMPARE(shown.toPlainText(), text);
        QToolTip::hideText();
    }

    void messageToolTipsArePlain()
    {
        // The thread's delegate shares the rule.
        QStandardItemModel model;
        auto *item = new QStandardItem(u"Hello"_s);
        item->setData(u"<img src=\"/dev/zero\">"_s, Qt::ToolTipRole);
        model.appendRow(item);
        QListView view;
        view.setItemDelegate(new MessageDelegate(&view));
        view.setModel(&model);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPoint at = view.visualRect(model.index(0, 0)).center();
        QHelpEvent tip(QEvent::ToolTip, at, view.viewport()->mapToGlobal(at));
        QApplication::sendEvent(view.viewport(), &tip);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), RichTextGuard::asRichText(u"<img src=\"/dev/zero\">"_s));
        QToolTip::hideText();
    }
};

QTEST_MAIN(TestPlainTextSurfaces)
#include "tst_plaintextsurfaces.moc"
