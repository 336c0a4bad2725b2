#include "shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTreeWidget>

using Entry = ShortcutsDialog::Entry;
using namespace Qt::StringLiterals;

namespace {

// "Group/Text=Keys" for each entry, in order: easy to compare and to read in a failure.
QStringList rows(const QList<Entry> &entries)
{
    QStringList result;
    for (const Entry &entry : entries) {
        QStringList keys;
        for (const QKeySequence &sequence : entry.keys)
            keys.append(sequence.toString(QKeySequence::NativeText));
        result.append(entry.group + u'/' + entry.text + u'=' + keys.join(u", "));
    }
    return result;
}

} // namespace

// The shortcuts sheet: read from the window's own menus and actions, so it cannot drift.
class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private:
    // A small window with the kinds of things the app's has.
    struct Window
    {
        Window()
        {
            QMenu *file = window.menuBar()->addMenu(u"&File"_s);
            file->addAction(u"&Open…"_s)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
            file->addSeparator();
            file->addAction(u"Sign &Out"_s); // no shortcut: not on the sheet
            QMenu *more = file->addMenu(u"&More"_s);
            more->addAction(u"Save && &Quit"_s)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
            QAction *hidden = file->addAction(u"Hidden"_s);
            hidden->setShortcut(QKeySequence(Qt::Key_F8));
            hidden->setVisible(false);
            QMenu *go = window.menuBar()->addMenu(u"&Go"_s);
            QAction *previous = go->addAction(u"&Previous Tab"_s);
            previous->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)});
            QAction *refresh = go->addAction(u"&Refresh"_s);
            refresh->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
            auto *own = new QAction(u"&Focus Search"_s, &window); // in no menu
            own->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
            window.addAction(own);
            window.addAction(refresh); // in a menu too: listed once, there
        }

        QMainWindow window;
    };

private slots:
    void listsEveryMenuShortcutByMenu()
    {
        Window fixture;
        QCOMPARE(rows(ShortcutsDialog::collect(&fixture.window)),
                 QStringList({u"File/Open=Ctrl+O"_s, u"File/Save & Quit=Ctrl+Q"_s,
                              u"Go/Previous Tab=Ctrl+Shift+Tab"_s, u"Go/Refresh=F5, Ctrl+R"_s,
                              u"Other/Focus Search=Ctrl+F"_s}));
    }

    void anActionAddedLaterIsListedToo()
    {
        Window fixture;
        QMenu *view = fixture.window.menuBar()->addMenu(u"&View"_s);
        view->addAction(u"&Zoom In"_s)->setShortcut(QKeySequence::ZoomIn);
        const QList<QMenu *> menus = fixture.window.menuBar()->findChildren<QMenu *>();
        menus.first()->addAction(u"&New Thing"_s)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
        const QStringList shown = rows(ShortcutsDialog::collect(&fixture.window));
        QVERIFY2(shown.contains(
                         u"View/Zoom In="_s
                         + QKeySequence(QKeySequence::ZoomIn).toString(QKeySequence::NativeText)),
                 qPrintable(shown.join(u"; ")));
        QVERIFY2(shown.contains(u"File/New Thing=Ctrl+N"_s), qPrintable(shown.join(u"; ")));
    }

    void aBacktabAloneIsKept()
    {
        // Only the twin of a Tab shortcut is dropped; a lone Backtab shortcut still shows.
        QMainWindow window;
        QMenu *go = window.menuBar()->addMenu(u"Go"_s);
        go->addAction(u"Back"_s)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Backtab));
        QCOMPARE(ShortcutsDialog::collect(&window).size(), 1);
        QCOMPARE(ShortcutsDialog::collect(&window).constFirst().keys.size(), 1);
    }

    void readableText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mnemonic") << u"&Open Profile"_s << u"Open Profile"_s;
        QTest::newRow("inside") << u"Co&nnect Account…"_s << u"Connect Account"_s;
        QTest::newRow("dots") << u"&Settings..."_s << u"Settings"_s;
        QTest::newRow("literal") << u"Save && Quit"_s << u"Save & Quit"_s;
        QTest::newRow("trailing") << u"Odd &"_s << u"Odd"_s;
        QTest::newRow("plain") << u"Inbox"_s << u"Inbox"_s;
    }

    void readableText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(ShortcutsDialog::readableText(text), expected);
    }

    void theSheetShowsMenusThenTheNavigationKeys()
    {
        Window fixture;
        fixture.window.show();
        ShortcutsDialog *sheet = ShortcutsDialog::showFor(&fixture.window);
        QVERIFY(QTest::qWaitForWindowExposed(sheet));
        QVERIFY(!sheet->isModal());
        QCOMPARE(ShortcutsDialog::showFor(&fixture.window), sheet); // one sheet per window
        const QTreeWidget *tree = sheet->tree();
        QStringList groups;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            groups.append(tree->topLevelItem(i)->text(0));
        QCOMPARE(groups,
                 QStringList(
                         {u"File"_s, u"Go"_s, u"Other"_s, u"In the list and the conversation"_s}));
        const QTreeWidgetItem *go = tree->topLevelItem(1);
        QCOMPARE(go->child(0)->text(0), u"Previous Tab"_s);
        QCOMPARE(go->child(0)->text(1), u"Ctrl+Shift+Tab"_s);
        const QTreeWidgetItem *keys = tree->topLevelItem(3);
        QCOMPARE(keys->childCount(), ShortcutsDialog::navigationKeys().size());
        QStringList navigation;
        for (int i = 0; i < keys->childCount(); ++i)
            navigation.append(keys->child(i)->text(1));
        QVERIFY(navigation.contains(u"Left, Esc"_s));
        QVERIFY(navigation.contains(u"Right"_s));
        QVERIFY(navigation.contains(u"PgUp"_s));
        QVERIFY(navigation.contains(u"/"_s)); // search, from the list
        // Read-only: nothing to edit or select.
        QCOMPARE(tree->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(!(go->child(0)->flags() & Qt::ItemIsEditable));
        QTest::keyClick(sheet, Qt::Key_Escape);
        QTRY_VERIFY(!fixture.window.findChild<ShortcutsDialog *>());
    }
};

QTEST_MAIN(TestShortcutsDialog)
#include "tst_ui_shortcutsdialog.moc"
