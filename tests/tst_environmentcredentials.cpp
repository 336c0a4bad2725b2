#include "account/environmentcredentials.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The secrets given in the environment must not reach any process the app starts.
class TestEnvironmentCredentials : public QObject
{
    Q_OBJECT

private slots:
    void takeReadsAndRemovesBoth()
    {
        qputenv("LINKUP_API_KEY", " key-123 ");
        qputenv("LINKUP_LOGIN_TOKEN", "token-456");
        const EnvironmentCredentials taken = EnvironmentCredentials::take();
        QCOMPARE(taken.apiKey, u"key-123"_s);
        QCOMPARE(taken.loginToken, u"token-456"_s);
        QVERIFY(!qEnvironmentVariableIsSet("LINKUP_API_KEY"));
        QVERIFY(!qEnvironmentVariableIsSet("LINKUP_LOGIN_TOKEN"));
        QVERIFY(!QProcessEnvironment::systemEnvironment().contains(u"LINKUP_API_KEY"_s));

        const QProcessEnvironment kept = taken.asEnvironment();
        QCOMPARE(kept.value(u"LINKUP_API_KEY"_s), u"key-123"_s);
        QCOMPARE(kept.value(u"LINKUP_LOGIN_TOKEN"_s), u"token-456"_s);
    }

    void aLaunchedOpenerSeesNeither()
    {
        // QDesktopServices on Linux starts xdg-open with QProcess::startDetached, which
        // passes on this process's environment: start an "opener" the same way and
        // look at what it got.
        qputenv("LINKUP_API_KEY", "secret-key-789");
        qputenv("LINKUP_LOGIN_TOKEN", "secret-token-012");
        const EnvironmentCredentials taken = EnvironmentCredentials::take();
        QCOMPARE(taken.apiKey, u"secret-key-789"_s);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dump = dir.filePath(u"environment.txt"_s);
        QVERIFY(QProcess::startDetached(
                u"/bin/sh"_s, {u"-c"_s, u"env > \"$0.tmp\" && mv \"$0.tmp\" \"$0\""_s, dump}));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dump), 10000);
        QFile file(dump);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray environment = file.readAll();
        QVERIFY(environment.contains("PATH=")); // it is the child's whole environment
        QVERIFY(!environment.contains("secret-key-789"));
        QVERIFY(!environment.contains("secret-token-012"));
        QVERIFY(!environment.contains("LINKUP_API_KEY"));
        QVERIFY(!environment.contains("LINKUP_LOGIN_TOKEN"));
    }

    void nothingSetGivesNothing()
    {
        qunsetenv("LINKUP_API_KEY");
        qunsetenv("LINKUP_LOGIN_TOKEN");
        const EnvironmentCredentials taken = EnvironmentCredentials::take();
        QVERIFY(taken.apiKey.isEmpty());
        QVERIFY(taken.loginToken.isEmpty());
        QVERIFY(taken.asEnvironment().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentCredentials)
#include "tst_environmentcredentials.moc"
