#include "account/accountsettings.h"
#include "api/linkupclient.h"
#include "connectdialog.h"
#include "inbox/conversationlistmodel.h"
#include "inbox/rowaccessibletext.h"
#include "settingsdialog.h"
#include "startup/translations.h"
#include "support/windowfixture.h"
#include "text/timeformat.h"
#include "thread/messagelistmodel.h"
#include "threadpane.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QListView>
#include <QStackedWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString describe(QWidget *widget)
{
    QWidget *parent = widget->parentWidget();
    return QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName()
            + u" in " + QString::fromLatin1(parent ? parent->metaObject()->className() : "") + u' '
            + (parent ? parent->objectName() : QString());
}

QString accessibleName(QObject *object)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(QAccessible::Name) : QString();
}

// The visible controls a user can reach (focusable, or a button) that have no name.
void collectUnnamed(QWidget *top, QStringList *unnamed, int *checked)
{
    for (QWidget *widget : top->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(top) || widget->window() != top)
            continue;
        const bool control = widget->focusPolicy() != Qt::NoFocus
                || qobject_cast<QAbstractButton *>(widget) != nullptr;
        if (!control)
            continue;
        ++*checked;
        if (accessibleName(widget).trimmed().isEmpty() && !unnamed->contains(describe(widget)))
            unnamed->append(describe(widget));
    }
}

// Every control has a name to be read by, on every page of every stack too (a dialog's
// steps, the thread pane's and the tabs' busy and empty pages, the welcome panel).
QStringList unnamedControls(QWidget *top, int *checked = nullptr)
{
    QStringList unnamed;
    int count = 0;
    collectUnnamed(top, &unnamed, &count);
    for (QStackedWidget *stack : top->findChildren<QStackedWidget *>()) {
        const int shown = stack->currentIndex();
        for (int page = 0; page < stack->count(); ++page) {
            stack->setCurrentIndex(page);
            collectUnnamed(top, &unnamed, &count);
        }
        stack->setCurrentIndex(shown);
    }
    if (checked)
        *checked = count;
    return unnamed;
}

// The accessible text of the view's row `row`, as a screen reader asks for it.
QString rowText(QListView *view, int row)
{
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
    if (!list || !list->tableInterface())
        return {};
    QAccessibleInterface *cell = list->tableInterface()->cellAt(row, 0);
    return cell ? cell->text(QAccessible::Name) : QString();
}

RowSpeech sampleRow(const QDateTime &now)
{
    RowSpeech row;
    row.name = u"Ada Lovelace"_s;
    row.type = u"INMAIL"_s;
    row.unread = 2;
    row.time = now.addSecs(-3600);
    row.headline = u"Analyst"_s;
    row.preview = u"See you Monday"_s;
    row.sentByMe = true;
    return row;
}

} // namespace

// Names and texts through QAccessible, in English and in French: what a screen reader
// reads is what a sighted user sees.
class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Translations::install(*qApp, u"en"_s); }

    void rowsSayWhatTheyShow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected"); // %1: the time as painted
        QTest::newRow("en")
                << u"en"_s << u"Ada Lovelace, InMail, 2 unread, %1, Analyst, You: See you Monday"_s;
        QTest::newRow("fr")
                << u"fr"_s
                << u"Ada Lovelace, InMail, 2 non lus, %1, Analyst, Vous\u00a0: See you Monday"_s;
    }

    void rowsSayWhatTheyShow()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const QLocale locale = Translations::install(*qApp, language);
        const QDateTime now(QDate(2026, 12, 2), QTime(15, 0));
        const RowSpeech row = sampleRow(now);
        QCOMPARE(RowAccessibleText::compose(row, now, locale),
                 expected.arg(TimeFormat::conversationTime(row.time, now, locale)));
    }

    void readHereAndWaiting()
    {
        const QDateTime now(QDate(2026, 12, 2), QTime(15, 0));
        RowSpeech row = sampleRow(now);
        row.readHere = true;
        row.waiting = true;
        row.time = now.addDays(-3);
        row.sentByMe = false;
        row.type.clear();
        QCOMPARE(RowAccessibleText::compose(row, now, QLocale(QLocale::English)),
                 u"Ada Lovelace, 2 unread on LinkedIn, read here, waiting 3 d, Analyst, "
                 "See you Monday"_s);
        Translations::install(*qApp, u"fr"_s);
        QCOMPARE(RowAccessibleText::compose(row, now, QLocale()),
                 u"Ada Lovelace, 2 non lus sur LinkedIn, lus ici, en attente depuis 3 j, "
                 "Analyst, See you Monday"_s);
    }

    void theWindowInEnglishAndFrench_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("listName");
        QTest::addColumn<QString>("messagesName");
        QTest::newRow("en") << u"en"_s << u"Inbox conversations"_s << u"Messages"_s;
        QTest::newRow("fr") << u"fr"_s << u"Conversations — Messagerie"_s << u"Messages"_s;
    }

    void theWindowInEnglishAndFrench()
    {
        QFETCH(QString, language);
        QFETCH(QString, listName);
        QFETCH(QString, messagesName);
        Translations::install(*qApp, language);
        WindowFixture fixture;
        QVERIFY(fixture.start());
        MainWindow *window = fixture.open();
        QVERIFY(QTest::qWaitForWindowActive(window));
        ConversationListModel *model = window->model();
        QTRY_VERIFY(model->rowCount() > 0);

        QListView *list = window->conversationView();
        QCOMPARE(accessibleName(list), listName);
        // Each row reads as the model composes it, which the tests above pin down.
        for (int row = 0; row < qMin(5, list->model()->rowCount()); ++row) {
            const QString text = rowText(list, row);
            QCOMPARE(text, list->model()->index(row, 0).data(Qt::AccessibleTextRole).toString());
            QVERIFY2(text.startsWith(list->model()->index(row, 0).data(Qt::DisplayRole).toString()),
                     qPrintable(text));
        }

        window->openThreadInPlace(model->conversationAt(0).id);
        ThreadPane *pane = window->threadPane();
        QTRY_COMPARE(pane->conversationId(), model->conversationAt(0).id);
        MessageListModel *thread = pane->model();
        QTRY_VERIFY(thread->rowCount() > 0);
        QCOMPARE(accessibleName(pane->view()), messagesName);
        // A message: sender, time, text.
        const int last = thread->rowCount() - 1;
        const QString spoken = rowText(pane->view(), last);
        QCOMPARE(spoken, thread->index(last).data(Qt::AccessibleTextRole).toString());
        QVERIFY2(spoken.count(u", ") >= 2, qPrintable(spoken));

        int checked = 0;
        const QStringList unnamed = unnamedControls(window, &checked);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u"; ")));
        QVERIFY2(checked >= 10, qPrintable(QString::number(checked))); // really looked
    }

    void dialogsNameTheirControls_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("fr") << u"fr"_s;
    }

    void dialogsNameTheirControls()
    {
        QFETCH(QString, language);
        Translations::install(*qApp, language);
        ConnectDialog connect(new LinkupClient, u"FR"_s); // the dialog takes it
        connect.show();
        QStringList unnamed = unnamedControls(&connect);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u"; ")));
        SettingsDialog settings(AccountSettings(), true);
        settings.show();
        unnamed = unnamedControls(&settings);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u"; ")));
    }

    void namesAreTranslated()
    {
        Translations::install(*qApp, u"fr"_s);
        ConnectDialog connect(new LinkupClient, u"FR"_s); // the dialog takes it
        connect.show();
        QStringList names;
        for (QAbstractButton *button : connect.findChildren<QAbstractButton *>())
            names.append(accessibleName(button));
        QVERIFY2(names.contains(u"Suivant"_s), qPrintable(names.join(u"; ")));
        QVERIFY2(names.contains(u"Annuler"_s), qPrintable(names.join(u"; ")));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
