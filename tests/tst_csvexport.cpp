#include "export/csvexport.h"
#include "export/exportrows.h"
#include "inbox/conversationfilter.h"
#include "inbox/conversationlistmodel.h"
#include "support/storefixture.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;

// The CSV an export writes: RFC 4180 quoting, UTF-8 with a byte-order mark, cells that a
// spreadsheet would run as formulas kept as text, and the rows of the view as shown.
class TestCsvExport : public QObject
{
    Q_OBJECT

private:
    static QString written(const QList<CsvExport::Row> &rows, QByteArray *bytes = nullptr)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!CsvExport::write(&buffer, rows, &error))
            qWarning() << error;
        if (bytes)
            *bytes = buffer.data();
        return QString::fromUtf8(buffer.data());
    }

private slots:
    void fieldsAreQuotedTheRfc4180Way_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << u"Ana"_s << u"\"Ana\""_s;
        QTest::newRow("comma") << u"Smith, Ana"_s << u"\"Smith, Ana\""_s;
        QTest::newRow("quotes doubled") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("line break kept inside") << u"one\r\ntwo"_s << u"\"one\r\ntwo\""_s;
        QTest::newRow("empty") << QString() << u"\"\""_s;
        QTest::newRow("emoji and rtl")
                << u"Dev 👩🏽‍💻 ليلى"_s << u"\"Dev 👩🏽‍💻 ليلى\""_s;
    }

    void fieldsAreQuotedTheRfc4180Way()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(CsvExport::field(text), field);
    }

    void formulasStayText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("=") << u"=HYPERLINK(\"http://evil.example\",\"x\")"_s;
        QTest::newRow("+") << u"+1+1"_s;
        QTest::newRow("-") << u"-2+3"_s;
        QTest::newRow("@") << u"@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s;
        QTest::newRow("carriage return") << u"\r=1"_s;
    }

    void formulasStayText()
    {
        QFETCH(QString, text);
        QString expected = u"'"_s + text;
        expected.replace(u'"', u"\"\""_s);
        QCOMPARE(CsvExport::field(text), u'"' + expected + u'"');
        // Only the first character counts: inside, the text is kept as it is.
        QCOMPARE(CsvExport::field(u"a"_s + text), CsvExport::record({u"a"_s + text}).chopped(2));
    }

    void theFileHasABomAHeaderAndCrlfRecords()
    {
        CsvExport::Row row;
        row.name = u"Amélie Lefèvre"_s;
        row.headline = u"=cmd|' /C calc'!A0"_s;
        row.profileUrl = u"https://www.linkedin.com/in/amelie"_s;
        row.lastMessage = u"Merci !\nÀ bientôt"_s;
        row.lastMessageTime = QDateTime(QDate(2026, 11, 3), QTime(9, 5, 7), Qt::UTC);
        row.wroteLast = u"Amélie Lefèvre"_s;
        row.unread = 2;
        row.categories = {InboxCategory::Inbox, InboxCategory::Unread};
        row.waitingSince = row.lastMessageTime;
        QByteArray bytes;
        const QString text = written({row}, &bytes);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        // QString::fromUtf8 drops the byte-order mark.
        const QStringList records = text.split(u"\r\n"_s);
        QCOMPARE(records.size(), 3); // header, row, and the empty rest after the last CRLF
        QCOMPARE(records.last(), QString());
        QCOMPARE(records.first(), CsvExport::record(CsvExport::header()).chopped(2));
        QCOMPARE(CsvExport::header().size(), 9);
        const QString line = records.at(1);
        QVERIFY(line.startsWith(u"\"Amélie Lefèvre\",\"'=cmd|' /C calc'!A0\""_s));
        QVERIFY(line.contains(u"\"Merci !\nÀ bientôt\""_s));
        QVERIFY(line.contains(u"\"2026-11-03T09:05:07Z\""_s));
        QVERIFY(line.contains(u"\"2\""_s));
        QCOMPARE(CsvExport::fieldsOf(row).size(), CsvExport::header().size());
    }

    void theRowsAreTheViewsAfterItsFilterInItsOrder()
    {
        StoreFixture store;
        QVERIFY(store.open());
        QList<Conversation> page;
        for (int i = 0; i < 5; ++i) {
            Conversation c;
            c.id = u"c%1"_s.arg(i);
            c.participant.name = u"Person %1"_s.arg(i);
            c.participant.profileUrl = u"https://www.linkedin.com/in/p%1"_s.arg(i);
            c.lastMessage.text = u"text %1"_s.arg(i);
            c.lastMessage.time = QDateTime::currentDateTimeUtc().addSecs(-60 * i);
            c.lastMessage.sender = c.participant;
            page.append(c);
        }
        QVERIFY(store.conversations.writePage(InboxCategory::Inbox, page));
        ConversationListModel list(&store.conversations, InboxCategory::Inbox);
        list.reload();
        QCOMPARE(list.rowCount(), 5);
        ConversationFilter filter;
        filter.setSourceModel(&list);
        filter.setMatching({list.keyAt(3), list.keyAt(1)});

        const QList<CsvExport::Row> rows = ExportRows::of(&filter, &store.conversations);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).name, u"Person 1"_s);
        QCOMPARE(rows.at(1).name, u"Person 3"_s);
        QCOMPARE(rows.at(0).profileUrl, u"https://www.linkedin.com/in/p1"_s);
        QCOMPARE(rows.at(0).categories, QList<InboxCategory>{InboxCategory::Inbox});
        QVERIFY(rows.at(0).waitingSince.isValid()); // they wrote last: waiting on me
    }

    void aRefusedWriteSaysSo()
    {
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        QString error;
        QVERIFY(!CsvExport::write(&readOnly, {}, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
