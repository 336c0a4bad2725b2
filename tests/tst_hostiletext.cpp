// Hostile text in every field the app shows: markup, dangerous and look-alike URLs,
// 200 000-character strings, bidi overrides, zero-width characters, lone surrogates and
// NUL from JSON escapes. Nothing is interpreted, nothing opens, nothing hangs.

#include "account/credentialvault.h"
#include "account/memorysecretstore.h"
#include "account/session.h"
#include "avatars/avatarstore.h"
#include "inbox/conversationlistmodel.h"
#include "mainwindow.h"
#include "messagedelegate.h"
#include "support/demofixture.h"
#include "support/windowfixture.h"
#include "text/richtextguard.h"
#include "thread/messagelistmodel.h"
#include "threadpane.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QListView>
#include <QTest>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {

// JSON string literals as a server would send them (escapes included, unparsed).
const QList<QByteArray> HostileTexts = {
        "\"<img src=\\\"/dev/zero\\\"> <img src=\\\"//host/share/x.png\\\">\"",
        "\"<b>CEO</b> <a href=\\\"javascript:alert(1)\\\">x</a> &amp; &lt;\"",
        '"' + QByteArray(200000, 'W') + '"',
        "\"\\u202Egnp.exe\\u202C Invoice\"",
        "\"Ad\\u200Bmin\\u2060 \\uFEFFBob\\u00AD\"",
        "\"lone \\ud800 high and \\udfff low\"",
        "\"before\\u0000after \\u001b[31m red\"",
        "\"javascript:alert(1) file:///etc/passwd https://www.linkedin.com@evil.example/\"",
};

const QList<QByteArray> HostileProfiles = {
        "\"javascript:alert(1)\"",
        "\"file:///etc/passwd\"",
        "\"https://www.linkedin.com@evil.example/in/x\"",
        "\"https://www.linkedin.com.evil.example/in/x\"",
        "\"https://xn--lnkedin-ufa.com/in/x\"",
        "\"http://www.linkedin.com/in/x\"",
        "\"https://www.linkedin.com:8443/in/x\"",
        "\"\\\\\\\\host\\\\share\\\\x\"",
};

const QList<QByteArray> HostilePictures = {
        "\"file:///dev/zero\"",
        "\"http://evil.example/a.png\"",
        "\"javascript:x\"",
        "\"data:image/png;base64,AAAA\"",
};

QByteArray hostilePage()
{
    QByteArray entries;
    for (int i = 0; i < HostileTexts.size(); ++i) {
        const QByteArray &text = HostileTexts.at(i);
        const QByteArray person = "{\"name\":" + text + ",\"headline\":" + text
                + ",\"profile_url\":" + HostileProfiles.at(i % HostileProfiles.size())
                + ",\"profile_picture\":" + HostilePictures.at(i % HostilePictures.size()) + "}";
        if (!entries.isEmpty())
            entries += ',';
        entries += "{\"conversation_id\":\"hostile-" + QByteArray::number(i)
                + "\",\"participant\":" + person + ",\"last_message\":{\"text\":" + text
                + ",\"time\":1748629426457,\"sender\":" + person + "},\"unread\":3,\"type\":" + text
                + "}";
    }
    return "{\"status\":\"success\",\"data\":{\"conversations\":[" + entries
            + "],\"next_cursor\":null}}";
}

QByteArray hostileThread(const QString &conversationId)
{
    QByteArray messages;
    for (int i = 0; i < HostileTexts.size(); ++i) {
        if (!messages.isEmpty())
            messages += ',';
        messages += "{\"entity_urn\":\"m" + QByteArray::number(i) + "\",\"text\":"
                + HostileTexts.at(i) + ",\"timestamp\":" + QByteArray::number(1748629426457 - i)
                + ",\"sender\":\"urn:x\",\"sender_info\":{\"first_name\":" + HostileTexts.at(i)
                + ",\"last_name\":" + HostileTexts.at((i + 1) % HostileTexts.size())
                + "},\"message_type\":\"TEXT\"}";
    }
    return "{\"status\":\"success\",\"data\":{\"conversation_id\":\"" + conversationId.toUtf8()
            + "\",\"messages\":[" + messages + "],\"next_cursor\":null}}";
}

} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WindowFixture> m_fixture;
    DemoFixture *m_demo = nullptr;

    MainWindow *openWindow() { return m_fixture->open(); }

private slots:
    void init()
    {
        m_fixture = std::make_unique<WindowFixture>();
        QVERIFY(m_fixture->start());
        m_demo = &m_fixture->demo;
        m_demo->server.scriptInboxCall(1, ScriptedReply::raw(200, hostilePage()));
    }

    void cleanup()
    {
        m_fixture.reset();
        m_demo = nullptr;
    }

    void theListShowsItAllLiterally()
    {
        MainWindow *window = openWindow();
        ConversationListModel *model = window->model();
        QTRY_COMPARE(model->rowCount(), int(HostileTexts.size()));
        QListView *view = window->conversationView();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(!view->grab().isNull()); // painting copes (and is bounded: strings are capped)

        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = shownRow(window, row);
            for (const int role : {int(ConversationListModel::ParticipantNameRole),
                                   int(ConversationListModel::HeadlineRole),
                                   int(ConversationListModel::LastMessageTextRole)}) {
                const QString shown = index.data(role).toString();
                QVERIFY(shown.size() <= 2001);
                for (qsizetype i = 0; i < shown.size(); ++i) {
                    const QChar c = shown.at(i);
                    QVERIFY(c.category() != QChar::Other_Control);
                    // Surrogates only in pairs: a lone one from a JSON escape is gone.
                    if (c.isHighSurrogate())
                        QVERIFY(i + 1 < shown.size() && shown.at(++i).isLowSurrogate());
                    else
                        QVERIFY(!c.isLowSurrogate());
                }
                QVERIFY(!shown.contains(QChar(0x202E)));
                QVERIFY(!shown.contains(QChar(0x200B)));
                QVERIFY(!shown.contains(QChar(0)));
            }
            // Tooltips go through the guard: shown as the very text, never as markup.
            view->scrollTo(index);
            const QPoint at = view->visualRect(index).center();
            QHelpEvent tip(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
            QApplication::sendEvent(view->viewport(), &tip);
            QTRY_VERIFY(QToolTip::isVisible());
            QCOMPARE(QToolTip::text(),
                     RichTextGuard::asRichText(index.data(Qt::ToolTipRole).toString()));
            QToolTip::hideText();

            // No profile link here may open: Return only says why.
            view->setCurrentIndex(index);
            view->setFocus();
            QTest::keyClick(view, Qt::Key_Return);
            QCOMPARE(m_fixture->opened, QList<QUrl>{});
            // No picture of these is fetched.
            const QUrl picture = index.data(ConversationListModel::AvatarUrlRole).toUrl();
            window->avatars()->pixmap(picture, 48, 1);
            QVERIFY(picture.isEmpty() || window->avatars()->hasFailed(picture));
        }
        QCOMPARE(m_demo->server.avatarRequestCount(), 0);
    }

    void theThreadShowsItAllLiterally()
    {
        MainWindow *window = openWindow();
        ConversationListModel *model = window->model();
        QTRY_COMPARE(model->rowCount(), int(HostileTexts.size()));
        const QString id = model->conversationAt(0).id;
        m_demo->server.scriptConversationCall(1, ScriptedReply::raw(200, hostileThread(id)));
        window->openThreadInPlace(id);
        ThreadPane *pane = window->threadPane();
        QTRY_VERIFY(pane->model() && pane->model()->rowCount() == int(HostileTexts.size()));
        QVERIFY(!pane->view()->grab().isNull());
        // The header's labels are plain text, whatever the name holds.
        for (QLabel *label : pane->findChildren<QLabel *>()) {
            if (label->text().contains(u'<'))
                QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        for (int row = 0; row < pane->model()->rowCount(); ++row) {
            const QString text = pane->model()->index(row).data().toString();
            // Only https links with a host and no user info count as links.
            for (const auto &[start, length] : MessageDelegate::httpsLinkRanges(text)) {
                const QUrl link(text.mid(start, length));
                QCOMPARE(link.scheme(), u"https"_s);
                QVERIFY(link.userInfo().isEmpty());
            }
        }
        QCOMPARE(m_fixture->opened, QList<QUrl>{});
    }
};

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
