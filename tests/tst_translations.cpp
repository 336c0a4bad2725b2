#include "api/inboxcategory.h"
#include "startup/commandline.h"
#include "startup/translations.h"
#include "support/windowfixture.h"
#include "text/timeformat.h"
#include "welcomepanel.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

// The app's strings under another language, as Translations::install() sets it up for a
// run: the words, the plural forms, the locale's numbers, Qt's own strings, the
// command line's help.
namespace {

// The accelerator letter of a text ("&File" → "f"), empty when it has none.
QString accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
        ++i; // "&&" is a literal ampersand
    }
    return {};
}

// Menus (the bar, then each menu and submenu) whose items share an accelerator.
QStringList clashes(const QList<QAction *> &actions, const QString &where)
{
    QStringList found;
    QHash<QString, QString> taken;
    for (QAction *action : actions) {
        const QString key = accelerator(action->text());
        if (!key.isEmpty() && taken.contains(key))
            found.append(where + u": " + taken.value(key) + u" / " + action->text());
        taken.insert(key, action->text());
        if (QMenu *menu = action->menu())
            found += clashes(menu->actions(), action->text());
    }
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Translations::install(*qApp, u"en"_s); }

    void frenchWords()
    {
        QCOMPARE(Translations::install(*qApp, u"fr"_s).language(), QLocale::French);
        QCOMPARE(InboxCategories::displayName(InboxCategory::Inbox), u"Messagerie"_s);
        QCOMPARE(InboxCategories::displayName(InboxCategory::InMail), u"InMail"_s);
        const QDate today(2026, 12, 2);
        QCOMPARE(TimeFormat::dayLabel(today.addDays(-1), today, QLocale()), u"Hier"_s);
        WelcomePanel panel;
        QCOMPARE(panel.demoButton()->text(), u"Essayer la messagerie de &démonstration"_s);
    }

    void frenchPlurals_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        // French takes the singular for 0 and 1.
        QTest::newRow("0") << 0 << u"0 conversation chargée"_s;
        QTest::newRow("1") << 1 << u"1 conversation chargée"_s;
        QTest::newRow("2") << 2 << u"2 conversations chargées"_s;
        QTest::newRow("21") << 21 << u"21 conversations chargées"_s;
    }

    void frenchPlurals()
    {
        QFETCH(int, count);
        QFETCH(QString, expected);
        Translations::install(*qApp, u"fr"_s);
        QCOMPARE(QCoreApplication::translate("InboxTab", "%n conversation(s) loaded", nullptr,
                                             count),
                 expected);
    }

    void englishPluralsComeBack()
    {
        Translations::install(*qApp, u"fr"_s);
        Translations::install(*qApp, u"en"_s);
        QCOMPARE(QCoreApplication::translate("InboxTab", "%n conversation(s) loaded", nullptr, 1),
                 u"1 conversation loaded"_s);
        QCOMPARE(QCoreApplication::translate("InboxTab", "%n conversation(s) loaded", nullptr, 3),
                 u"3 conversations loaded"_s);
        QCOMPARE(InboxCategories::displayName(InboxCategory::Inbox), u"Inbox"_s);
    }

    void errorsOfTheCommandLineInFrench()
    {
        Translations::install(*qApp, u"fr"_s);
        const CommandLineResult result = CommandLine::parse(
                {u"linkup-inbox"_s, u"--page-size"_s, u"9"_s}, QProcessEnvironment());
        QCOMPARE(result.action, CommandLineResult::Action::Fail);
        // French puts no-break spaces inside the guillemets.
        QCOMPARE(result.text, u"--page-size attend un nombre de 10 à 25, pas «\u00a09\u00a0»."_s);
    }

    void numbersAndDatesFollowTheLanguage()
    {
        Translations::install(*qApp, u"de"_s);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1.234,5"_s);
        QCOMPARE(QLocale().dayName(1), u"Montag"_s);
        Translations::install(*qApp, u"es"_s);
        QCOMPARE(QLocale().dayName(1), u"lunes"_s);
    }

    void menuAcceleratorsAreUnique_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "fr", "de", "es"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void menuAcceleratorsAreUnique()
    {
        QFETCH(QString, language);
        Translations::install(*qApp, language);
        WindowFixture fixture;
        QVERIFY(fixture.start());
        MainWindow *window = fixture.open();
        const QStringList found = clashes(window->menuBar()->actions(), u"menu bar"_s);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u"; ")));
        QVERIFY(window->menuBar()->actions().size() >= 5); // really looked
    }

    void qtsOwnStringsInFrench()
    {
        const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!QFile::exists(folder + u"/qtbase_fr.qm"_s))
            QSKIP("qtbase_fr.qm is not installed (Debian: qt6-translations-l10n)");
        Translations::install(*qApp, u"fr"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Annuler"_s);
    }

    void helpInFrench_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("locale"); // of the environment
        QTest::newRow("--lang fr") << QStringList{u"--lang"_s, u"fr"_s, u"--help"_s} << u"C"_s;
        QTest::newRow("--lang=fr") << QStringList{u"--help"_s, u"--lang=fr"_s} << u"de_DE"_s;
        QTest::newRow("system locale") << QStringList{u"--help"_s} << u"fr_FR.UTF-8"_s;
    }

    void helpInFrench()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, locale);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"LC_ALL"_s, locale);
        environment.remove(u"LANGUAGE"_s);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(LINKUP_INBOX_EXE), arguments);
        QVERIFY2(process.waitForStarted(30000), qPrintable(process.errorString()));
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(help.contains(u"Afficher la messagerie de démonstration intégrée"_s),
                 qPrintable(help));
        QVERIFY2(help.contains(u"Afficher cette aide et quitter."_s), qPrintable(help));
        QVERIFY2(help.contains(u"--category <NOM>"_s), qPrintable(help));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
