// CommandLine::parse, and the real executable's answer to a bad command line.

#include "linkup_version.h"
#include "startup/commandline.h"

#include <QProcess>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(InboxCategory)

namespace {

using Action = CommandLineResult::Action;

QString actionName(Action action)
{
    switch (action) {
    case Action::Run: return u"run"_s;
    case Action::ShowHelp: return u"help"_s;
    case Action::ShowVersion: return u"version"_s;
    case Action::Fail: return u"fail"_s;
    }
    return u"?"_s;
}

CommandLineResult parseArgs(const QStringList &arguments,
                            const QProcessEnvironment &environment = QProcessEnvironment())
{
    return CommandLine::parse(QStringList{u"linkup-inbox"_s} + arguments, environment);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaults();
    void demo();
    void noDemoInABuildWithout();
    void helpAndVersion_data();
    void helpAndVersion();
    void category_data();
    void category();
    void badCategory_data();
    void badCategory();
    void country_data();
    void country();
    void pageSize_data();
    void pageSize();
    void apiBase_data();
    void apiBase();
    void demoWithApiBaseFails();
    void usageErrors_data();
    void usageErrors();
    void environmentCredentials_data();
    void environmentCredentials();
    void combined();
    void exitCode();
    void executableRejectsBadArguments_data();
    void executableRejectsBadArguments();
    void versionAndHelpNeedNoDisplay_data();
    void versionAndHelpNeedNoDisplay();
};

void TestCommandLine::defaults()
{
    const CommandLineResult result = parseArgs({});
    QCOMPARE(actionName(result.action), u"run"_s);
    QVERIFY(result.text.isEmpty());
    QVERIFY(result.warning.isEmpty());
    const StartupOptions &options = result.options;
    QVERIFY(!options.demo);
    QVERIFY(options.apiBase.isEmpty());
    QCOMPARE(options.country, u"FR"_s);
    QCOMPARE(options.category, InboxCategory::Inbox);
    QCOMPARE(options.pageSize, 20);
    QVERIFY(options.apiKey.isEmpty());
    QVERIFY(options.loginToken.isEmpty());
}

void TestCommandLine::demo()
{
    const CommandLineResult result = parseArgs({u"--demo"_s});
    QCOMPARE(actionName(result.action), u"run"_s);
    QVERIFY(result.options.demo);
    QVERIFY(result.options.apiBase.isEmpty());
}

void TestCommandLine::initTestCase()
{
    // As main() does: --version prints the application's version.
    QCoreApplication::setApplicationVersion(QStringLiteral(LINKUP_VERSION));
}

void TestCommandLine::noDemoInABuildWithout()
{
    // LINKUP_WITH_DEMO=OFF: --demo is neither offered nor accepted.
    const QStringList program{u"linkup-inbox"_s};
    const CommandLineResult help =
            CommandLine::parse(program + QStringList{u"--help"_s}, QProcessEnvironment(), false);
    QCOMPARE(help.action, CommandLineResult::Action::ShowHelp);
    QVERIFY2(!help.text.contains(u"--demo"_s), qPrintable(help.text));
    QVERIFY(help.text.contains(u"--api-base"_s));
    const CommandLineResult demo =
            CommandLine::parse(program + QStringList{u"--demo"_s}, QProcessEnvironment(), false);
    QCOMPARE(demo.action, CommandLineResult::Action::Fail);
    QVERIFY2(demo.text.contains(u"demo"_s), qPrintable(demo.text));
}

void TestCommandLine::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("action");

    QTest::newRow("--help") << QStringList{u"--help"_s} << u"help"_s;
    QTest::newRow("-h") << QStringList{u"-h"_s} << u"help"_s;
    QTest::newRow("--help wins over bad values")
            << QStringList{u"--category"_s, u"BOGUS"_s, u"--help"_s} << u"help"_s;
    QTest::newRow("--version") << QStringList{u"--version"_s} << u"version"_s;
    QTest::newRow("-v") << QStringList{u"-v"_s} << u"version"_s;
}

void TestCommandLine::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, action);

    const CommandLineResult result = parseArgs(arguments);
    QCOMPARE(actionName(result.action), action);
    if (action == u"help") {
        for (const QString &option : {u"--demo"_s, u"--api-base"_s, u"--country"_s, u"--category"_s,
                                      u"--page-size"_s, u"LINKUP_API_KEY"_s}) {
            QVERIFY2(result.text.contains(option), qPrintable(option));
        }
    } else {
        QVERIFY(result.text.contains(QStringLiteral(LINKUP_VERSION)));
        QVERIFY(result.text.startsWith(u"linkup-inbox"_s));
    }
}

void TestCommandLine::category_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<InboxCategory>("category");

    QTest::newRow("INBOX") << u"INBOX"_s << InboxCategory::Inbox;
    QTest::newRow("inbox") << u"inbox"_s << InboxCategory::Inbox;
    QTest::newRow("INMAIL") << u"INMAIL"_s << InboxCategory::InMail;
    QTest::newRow("InMail") << u"InMail"_s << InboxCategory::InMail;
    QTest::newRow("JOB") << u"JOB"_s << InboxCategory::Job;
    QTest::newRow("job") << u"job"_s << InboxCategory::Job;
    QTest::newRow("UNREAD") << u"UNREAD"_s << InboxCategory::Unread;
    QTest::newRow("uNrEaD") << u"uNrEaD"_s << InboxCategory::Unread;
    QTest::newRow("padded") << u" unread "_s << InboxCategory::Unread;
}

void TestCommandLine::category()
{
    QFETCH(QString, value);
    QFETCH(InboxCategory, category);

    CommandLineResult result = parseArgs({u"--category"_s, value});
    QCOMPARE(actionName(result.action), u"run"_s);
    QCOMPARE(result.options.category, category);

    result = parseArgs({u"--category="_s + value});
    QCOMPARE(actionName(result.action), u"run"_s);
    QCOMPARE(result.options.category, category);
}

void TestCommandLine::badCategory_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("BOGUS") << u"BOGUS"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("plural") << u"JOBS"_s;
    QTest::newRow("display name") << u"Jobs"_s;
    QTest::newRow("number") << u"1"_s;
    QTest::newRow("markup") << u"<b>INBOX</b>"_s;
}

void TestCommandLine::badCategory()
{
    QFETCH(QString, value);
    const CommandLineResult result = parseArgs({u"--category"_s, value});
    QCOMPARE(actionName(result.action), u"fail"_s);
    QVERIFY2(result.text.contains(u"“"_s + value + u"”"_s), qPrintable(result.text));
    QVERIFY(result.text.contains(u"INBOX"_s));
}

void TestCommandLine::country_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // empty: refused

    for (const QString &code : CommandLine::knownCountries())
        QTest::addRow("%s", qPrintable(code)) << code << code;
    QTest::newRow("lower case") << u"us"_s << u"US"_s;
    QTest::newRow("mixed case") << u"De"_s << u"DE"_s;
    QTest::newRow("padded") << u" nl "_s << u"NL"_s;
    QTest::newRow("unknown") << u"XX"_s << QString();
    QTest::newRow("GB is not UK") << u"GB"_s << QString();
    QTest::newRow("name") << u"France"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("three letters") << u"USA"_s << QString();
}

void TestCommandLine::country()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);

    const CommandLineResult result = parseArgs({u"--country"_s, value});
    if (expected.isEmpty()) {
        QCOMPARE(actionName(result.action), u"fail"_s);
        QVERIFY2(result.text.contains(u"“"_s + value + u"”"_s), qPrintable(result.text));
        QVERIFY(result.text.contains(u"FR"_s));
    } else {
        QCOMPARE(actionName(result.action), u"run"_s);
        QCOMPARE(result.options.country, expected);
    }
}

void TestCommandLine::pageSize_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("expected"); // 0: refused
    QTest::addColumn<bool>("warns");

    QTest::newRow("10") << u"10"_s << 10 << false;
    QTest::newRow("20") << u"20"_s << 20 << false;
    QTest::newRow("25 -> 20") << u"25"_s << 20 << true;
    QTest::newRow("13 -> 10") << u"13"_s << 10 << true;
    QTest::newRow("14 -> 10") << u"14"_s << 10 << true;
    QTest::newRow("15 -> 20") << u"15"_s << 20 << true;
    QTest::newRow("11 -> 10") << u"11"_s << 10 << true;
    QTest::newRow("9") << u"9"_s << 0 << false;
    QTest::newRow("26") << u"26"_s << 0 << false;
    QTest::newRow("0") << u"0"_s << 0 << false;
    QTest::newRow("-20") << u"-20"_s << 0 << false;
    QTest::newRow("30") << u"30"_s << 0 << false;
    QTest::newRow("huge") << u"99999999999999999999"_s << 0 << false;
    QTest::newRow("abc") << u"abc"_s << 0 << false;
    QTest::newRow("empty") << QString() << 0 << false;
    QTest::newRow("fraction") << u"12.5"_s << 0 << false;
    QTest::newRow("hex") << u"0x14"_s << 0 << false;
    QTest::newRow("with unit") << u"20 rows"_s << 0 << false;
}

void TestCommandLine::pageSize()
{
    QFETCH(QString, value);
    QFETCH(int, expected);
    QFETCH(bool, warns);

    const CommandLineResult result = parseArgs({u"--page-size"_s, value});
    if (expected == 0) {
        QCOMPARE(actionName(result.action), u"fail"_s);
        QVERIFY2(result.text.contains(u"“"_s + value + u"”"_s), qPrintable(result.text));
        QVERIFY(result.text.contains(u"10"_s));
        QVERIFY(result.text.contains(u"25"_s));
    } else {
        QCOMPARE(actionName(result.action), u"run"_s);
        QCOMPARE(result.options.pageSize, expected);
        QCOMPARE(!result.warning.isEmpty(), warns);
        if (warns)
            QVERIFY(result.warning.contains(QString::number(expected)));
    }
}

void TestCommandLine::apiBase_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");

    QTest::newRow("https") << u"https://api.linkupapi.com/v1"_s << true;
    QTest::newRow("loopback http") << u"http://127.0.0.1:9/v1"_s << true;
    QTest::newRow("localhost http") << u"http://localhost:8080/v1"_s << true;
    QTest::newRow("ipv6 loopback http") << u"http://[::1]:8080/v1"_s << true;
    QTest::newRow("public http") << u"http://example.com/v1"_s << false;
    QTest::newRow("lan http") << u"http://192.168.1.10/v1"_s << false;
    QTest::newRow("ftp") << u"ftp://api.linkupapi.com/v1"_s << false;
    QTest::newRow("no scheme") << u"api.linkupapi.com/v1"_s << false;
    QTest::newRow("garbage") << u"::::"_s << false;
    QTest::newRow("spaces") << u"https://api linkupapi com"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestCommandLine::apiBase()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);

    const CommandLineResult result = parseArgs({u"--api-base"_s, value});
    if (ok) {
        QCOMPARE(actionName(result.action), u"run"_s);
        QCOMPARE(result.options.apiBase, QUrl(value));
        QVERIFY(!result.options.demo);
    } else {
        QCOMPARE(actionName(result.action), u"fail"_s);
        QVERIFY(!result.text.isEmpty());
    }
}

void TestCommandLine::demoWithApiBaseFails()
{
    const CommandLineResult result =
            parseArgs({u"--demo"_s, u"--api-base"_s, u"https://api.linkupapi.com/v1"_s});
    QCOMPARE(actionName(result.action), u"fail"_s);
    QVERIFY(result.text.contains(u"--api-base"_s));

    // The same in the other order.
    QCOMPARE(actionName(
                     parseArgs({u"--api-base"_s, u"http://127.0.0.1:9/v1"_s, u"--demo"_s}).action),
             u"fail"_s);
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentioned");

    QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("unknown short option") << QStringList{u"-x"_s} << u"x"_s;
    // Secrets come from the environment, never from the command line (ps shows it).
    QTest::newRow("no --api-key option") << QStringList{u"--api-key"_s, u"k"_s} << u"api-key"_s;
    QTest::newRow("positional") << QStringList{u"inbox"_s} << u"inbox"_s;
    QTest::newRow("positional after options") << QStringList{u"--demo"_s, u"extra"_s} << u"extra"_s;
    QTest::newRow("missing value") << QStringList{u"--category"_s} << u"category"_s;
    QTest::newRow("value to a flag") << QStringList{u"--demo=yes"_s} << u"demo"_s;
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentioned);

    const CommandLineResult result = parseArgs(arguments);
    QCOMPARE(actionName(result.action), u"fail"_s);
    QVERIFY2(result.text.contains(mentioned), qPrintable(result.text));
}

void TestCommandLine::environmentCredentials_data()
{
    QTest::addColumn<QString>("apiKey"); // a null QString: not set
    QTest::addColumn<QString>("loginToken");
    QTest::addColumn<QString>("expectedKey");
    QTest::addColumn<QString>("expectedToken");

    QTest::newRow("both") << u"key-123"_s << u"token-456"_s << u"key-123"_s << u"token-456"_s;
    QTest::newRow("trimmed") << u"  key-123\n"_s << u"\ttoken-456  "_s << u"key-123"_s
                             << u"token-456"_s;
    QTest::newRow("key only") << u"key-123"_s << QString() << u"key-123"_s << QString();
    QTest::newRow("token only") << QString() << u"token-456"_s << QString() << u"token-456"_s;
    QTest::newRow("blank") << u"   "_s << u""_s << QString() << QString();
    QTest::newRow("neither") << QString() << QString() << QString() << QString();
}

void TestCommandLine::environmentCredentials()
{
    QFETCH(QString, apiKey);
    QFETCH(QString, loginToken);
    QFETCH(QString, expectedKey);
    QFETCH(QString, expectedToken);

    QProcessEnvironment environment;
    environment.insert(u"HOME"_s, u"/home/someone"_s);
    environment.insert(u"LINKUP_API_KEY_OLD"_s, u"not this one"_s);
    if (!apiKey.isNull())
        environment.insert(u"LINKUP_API_KEY"_s, apiKey);
    if (!loginToken.isNull())
        environment.insert(u"LINKUP_LOGIN_TOKEN"_s, loginToken);

    const CommandLineResult result = parseArgs({}, environment);
    QCOMPARE(actionName(result.action), u"run"_s);
    QCOMPARE(result.options.apiKey, expectedKey);
    QCOMPARE(result.options.loginToken, expectedToken);
    // The secrets are not echoed in anything the caller prints.
    if (!expectedKey.isEmpty())
        QVERIFY(!result.text.contains(expectedKey) && !result.warning.contains(expectedKey));
}

void TestCommandLine::combined()
{
    QProcessEnvironment environment;
    environment.insert(u"LINKUP_API_KEY"_s, u"k"_s);
    environment.insert(u"LINKUP_LOGIN_TOKEN"_s, u"t"_s);
    const CommandLineResult result =
            parseArgs({u"--api-base=http://127.0.0.1:9/v1"_s, u"--country"_s, u"us"_s,
                       u"--category"_s, u"unread"_s, u"--page-size"_s, u"10"_s},
                      environment);
    QCOMPARE(actionName(result.action), u"run"_s);
    QVERIFY(result.warning.isEmpty());
    QCOMPARE(result.options.apiBase, QUrl(u"http://127.0.0.1:9/v1"_s));
    QCOMPARE(result.options.country, u"US"_s);
    QCOMPARE(result.options.category, InboxCategory::Unread);
    QCOMPARE(result.options.pageSize, 10);
    QCOMPARE(result.options.apiKey, u"k"_s);
    QCOMPARE(result.options.loginToken, u"t"_s);
    QVERIFY(!result.options.demo);
}

void TestCommandLine::exitCode()
{
    static_assert(CommandLineResult::UsageErrorExitCode == 2,
                  "the usual exit code for usage errors");
    QCOMPARE(CommandLineResult::UsageErrorExitCode, 2);
}

void TestCommandLine::executableRejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentioned");

    QTest::newRow("bad category") << QStringList{u"--category"_s, u"BOGUS"_s}
                                  << QStringList{u"BOGUS"_s, u"INBOX"_s};
    QTest::newRow("plain http api base") << QStringList{u"--api-base"_s, u"http://example.com/v1"_s}
                                         << QStringList{u"https"_s, u"example.com"_s};
    QTest::newRow("bad page size")
            << QStringList{u"--page-size"_s, u"9"_s} << QStringList{u"--page-size"_s};
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << QStringList{u"bogus"_s};
}

void TestCommandLine::executableRejectsBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentioned);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.remove(u"LINKUP_API_KEY"_s);
    environment.remove(u"LINKUP_LOGIN_TOKEN"_s);

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LINKUP_INBOX_EXE), arguments);
    QVERIFY2(process.waitForStarted(30000), qPrintable(process.errorString()));
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        QFAIL("linkup-inbox did not exit on a bad command line");
    }
    const QString standardError = QString::fromUtf8(process.readAllStandardError());
    const QString standardOutput = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), CommandLineResult::UsageErrorExitCode);
    // Qt may print its own notes first (offscreen platform, runtime dir); ours is one line.
    const QStringList lines = standardError.split(u'\n');
    const auto ours = std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.startsWith(u"linkup-inbox: "_s);
    });
    QVERIFY2(ours != lines.cend(), qPrintable(standardError));
    for (const QString &word : mentioned)
        QVERIFY2(ours->contains(word), qPrintable(*ours));
    QVERIFY2(standardOutput.isEmpty(), qPrintable(standardOutput));
}

void TestCommandLine::versionAndHelpNeedNoDisplay_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--version") << u"--version"_s << u"linkup-inbox " LINKUP_VERSION ""_s;
    QTest::newRow("--help") << u"--help"_s << u"--api-base"_s;
}

void TestCommandLine::versionAndHelpNeedNoDisplay()
{
    QFETCH(QString, argument);
    QFETCH(QString, expected);
    // Over ssh or in a script: the desktop platform with no display to open.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LINKUP_INBOX_EXE), {argument});
    QVERIFY2(process.waitForStarted(30000), qPrintable(process.errorString()));
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(expected));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
