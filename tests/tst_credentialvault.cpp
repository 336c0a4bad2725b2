#include "account/accountsettings.h"
#include "account/credentialvault.h"
#include "account/loginflow.h"
#include "account/memorysecretstore.h"
#include "support/demofixture.h"
#include "support/fakesecretstore.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

QMutex logMutex;
QStringList capturedLog;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&logMutex);
    capturedLog.append(QString::fromLatin1(context.category ? context.category : "default") + u": "
                       + message);
}

const QString Key = QStringLiteral("key-9d41c7e2a");
const QString Token = QStringLiteral("tok-58fb03a11");

QProcessEnvironment environmentWith(const QString &apiKey, const QString &loginToken)
{
    QProcessEnvironment environment;
    if (!apiKey.isNull())
        environment.insert(QStringLiteral("LINKUP_API_KEY"), apiKey);
    if (!loginToken.isNull())
        environment.insert(QStringLiteral("LINKUP_LOGIN_TOKEN"), loginToken);
    return environment;
}

} // namespace

// CredentialVault over a fake keychain: where secrets go, where they come from, what
// happens without a keychain, and that they never land in a file or a log line.
class TestCredentialVault : public QObject
{
    Q_OBJECT

private:
    static void load(CredentialVault &vault, const QProcessEnvironment &environment = {})
    {
        QSignalSpy loaded(&vault, &CredentialVault::loaded);
        vault.load(environment);
        QVERIFY(!vault.isLoaded()); // always asynchronous
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.count(), 1);
        QVERIFY(vault.isLoaded());
    }

    // Lets every answer already queued (the fake keychain's) arrive.
    static void drainEvents(QObject *context)
    {
        bool drained = false;
        QMetaObject::invokeMethod(
                context, [&drained] { drained = true; }, Qt::QueuedConnection);
        QTRY_VERIFY(drained);
    }

private slots:
    void storePutsBothInTheKeychain()
    {
        FakeSecretStore store;
        CredentialVault vault(&store);
        QSignalSpy changed(&vault, &CredentialVault::changed);
        vault.store(Key, Token);
        // The session has them at once; the keychain a moment later.
        QCOMPARE(vault.apiKey(), Key);
        QCOMPARE(vault.loginToken(), Token);
        QCOMPARE(changed.count(), 1);
        QTRY_COMPARE(store.values.value(SecretStore::apiKeyEntry()), Key);
        QTRY_COMPARE(store.values.value(SecretStore::loginTokenEntry()), Token);
        QCOMPARE(store.values.size(), 2);

        vault.storeLoginToken(QStringLiteral("tok-second"));
        QTRY_COMPARE(store.values.value(SecretStore::loginTokenEntry()),
                     QStringLiteral("tok-second"));
        QCOMPARE(store.values.value(SecretStore::apiKeyEntry()), Key);
        QCOMPARE(changed.count(), 2);
    }

    void loadRestoresBoth()
    {
        FakeSecretStore store;
        store.values.insert(SecretStore::apiKeyEntry(), Key);
        store.values.insert(SecretStore::loginTokenEntry(), Token);
        CredentialVault vault(&store);
        QSignalSpy unavailable(&vault, &CredentialVault::keychainUnavailable);
        load(vault);
        QCOMPARE(vault.apiKey(), Key);
        QCOMPARE(vault.loginToken(), Token);
        QVERIFY(!vault.apiKeyFromEnvironment());
        QVERIFY(vault.isKeychainUsable());
        QCOMPARE(unavailable.count(), 0);
        QCOMPARE(store.writes, 0);
    }

    void loadWithNothingStored()
    {
        FakeSecretStore store;
        CredentialVault vault(&store);
        QSignalSpy unavailable(&vault, &CredentialVault::keychainUnavailable);
        load(vault);
        QVERIFY(!vault.hasApiKey());
        QVERIFY(!vault.hasLoginToken());
        QCOMPARE(unavailable.count(), 0); // "not found" is a first run, not a problem
        QVERIFY(vault.isKeychainUsable());
    }

    void environmentWinsAndIsNeverWritten()
    {
        FakeSecretStore store;
        store.values.insert(SecretStore::apiKeyEntry(), QStringLiteral("stored-key"));
        store.values.insert(SecretStore::loginTokenEntry(), QStringLiteral("stored-token"));
        CredentialVault vault(&store);
        load(vault, environmentWith(QStringLiteral(" env-key "), QStringLiteral("env-token")));
        QCOMPARE(vault.apiKey(), QStringLiteral("env-key"));
        QCOMPARE(vault.loginToken(), QStringLiteral("env-token"));
        QVERIFY(vault.apiKeyFromEnvironment());
        QVERIFY(vault.loginTokenFromEnvironment());
        QCOMPARE(store.reads, 0);

        // Handing the session's values back (as the UI does after a login) writes only
        // what did not come from the environment.
        vault.store(vault.apiKey(), QStringLiteral("fresh-token"));
        QTRY_COMPARE(store.values.value(SecretStore::loginTokenEntry()),
                     QStringLiteral("fresh-token"));
        QCOMPARE(store.values.value(SecretStore::apiKeyEntry()), QStringLiteral("stored-key"));
        QCOMPARE(store.writes, 1);
        QVERIFY(vault.apiKeyFromEnvironment());
        QVERIFY(!vault.loginTokenFromEnvironment());
        for (const QString &value : std::as_const(store.values))
            QVERIFY(!value.startsWith(u"env-"));
    }

    void environmentCanSupplyOneOfTheTwo()
    {
        FakeSecretStore store;
        store.values.insert(SecretStore::apiKeyEntry(), QStringLiteral("stored-key"));
        store.values.insert(SecretStore::loginTokenEntry(), QStringLiteral("stored-token"));
        CredentialVault vault(&store);
        load(vault, environmentWith({}, QStringLiteral("env-token")));
        QCOMPARE(vault.apiKey(), QStringLiteral("stored-key"));
        QCOMPARE(vault.loginToken(), QStringLiteral("env-token"));
        QCOMPARE(store.reads, 1);
    }

    void signOutRemovesBoth()
    {
        FakeSecretStore store;
        store.values.insert(SecretStore::apiKeyEntry(), Key);
        store.values.insert(SecretStore::loginTokenEntry(), Token);
        CredentialVault vault(&store);
        load(vault);
        QSignalSpy changed(&vault, &CredentialVault::changed);
        vault.signOut();
        QVERIFY(!vault.hasApiKey());
        QVERIFY(!vault.hasLoginToken());
        QCOMPARE(changed.count(), 1);
        QTRY_VERIFY(store.values.isEmpty());

        // A new session finds nothing.
        CredentialVault next(&store);
        load(next);
        QVERIFY(!next.hasApiKey());
        QVERIFY(!next.hasLoginToken());
    }

    void signOutAlsoClearsEnvironmentValuesForTheSession()
    {
        FakeSecretStore store;
        store.values.insert(SecretStore::loginTokenEntry(), QStringLiteral("old-token"));
        CredentialVault vault(&store);
        load(vault, environmentWith(QStringLiteral("env-key"), QStringLiteral("env-token")));
        vault.signOut();
        QVERIFY(!vault.hasApiKey());
        QVERIFY(!vault.apiKeyFromEnvironment());
        QTRY_VERIFY(store.values.isEmpty()); // what an earlier session left goes too
    }

    void missingKeychainFallsBackToMemoryAndSaysSoOnce()
    {
        FakeSecretStore store;
        store.unavailable = true;
        CredentialVault vault(&store);
        QSignalSpy unavailable(&vault, &CredentialVault::keychainUnavailable);
        load(vault);
        QCOMPARE(unavailable.count(), 1);
        QVERIFY(!unavailable.first().first().toString().isEmpty());
        QVERIFY(!vault.isKeychainUsable());

        vault.store(Key, Token);
        QCOMPARE(vault.apiKey(), Key);
        QCOMPARE(vault.loginToken(), Token);
        vault.storeLoginToken(QStringLiteral("tok-2"));
        QCOMPARE(vault.loginToken(), QStringLiteral("tok-2"));
        vault.signOut();
        // Sign-out still tries the keychain; let those answers arrive.
        QCOMPARE(store.removes, 2);
        drainEvents(&vault);
        QCOMPARE(unavailable.count(), 1);
        QCOMPARE(store.writes, 0); // memory only once the keychain failed
        QVERIFY(store.values.isEmpty());
    }

    void checkingTheKeychainReadsNoSecretAndSaysOnce()
    {
        // A demo session never loads: before the connect dialog asks for secrets, the
        // vault finds out whether they could be kept, without reading any of them.
        FakeSecretStore store;
        store.values.insert(SecretStore::apiKeyEntry(), Key);
        CredentialVault vault(&store);
        QVERIFY(!vault.hasKeychainAnswered());
        vault.checkKeychain();
        vault.checkKeychain(); // one question at a time
        QCOMPARE(store.reads, 1);
        QTRY_VERIFY(vault.hasKeychainAnswered());
        QVERIFY(vault.isKeychainUsable());
        QVERIFY(!vault.hasApiKey()); // the key stayed where it was
        vault.checkKeychain(); // answered already: not asked again
        QCOMPARE(store.reads, 1);

        FakeSecretStore missing;
        missing.unavailable = true;
        CredentialVault memoryOnly(&missing);
        QSignalSpy unavailable(&memoryOnly, &CredentialVault::keychainUnavailable);
        memoryOnly.checkKeychain();
        QVERIFY(unavailable.wait(5000));
        QVERIFY(!memoryOnly.isKeychainUsable());
        QVERIFY(unavailable.first().first().toString().contains(u"only until you quit"));
        memoryOnly.checkKeychain();
        QCOMPARE(missing.reads, 1);
    }

    void keychainFailingOnWriteFallsBackOnce()
    {
        FakeSecretStore store;
        CredentialVault vault(&store);
        load(vault);
        store.unavailable = true;
        QSignalSpy unavailable(&vault, &CredentialVault::keychainUnavailable);
        vault.store(Key, Token);
        QVERIFY(unavailable.wait(5000));
        QCOMPARE(store.writes, 2);
        vault.store(Key, QStringLiteral("tok-2"));
        QCOMPARE(vault.loginToken(), QStringLiteral("tok-2"));
        QCOMPARE(store.writes, 2);
        drainEvents(&vault);
        QCOMPARE(unavailable.count(), 1);
    }

    void slowReadDoesNotOverwriteWhatWasJustEntered()
    {
        FakeSecretStore store;
        store.values.insert(SecretStore::apiKeyEntry(), QStringLiteral("old-key"));
        store.values.insert(SecretStore::loginTokenEntry(), QStringLiteral("old-token"));
        store.holdAnswers = true;
        CredentialVault vault(&store);
        QSignalSpy loaded(&vault, &CredentialVault::loaded);
        vault.load({});
        vault.store(Key, Token);
        store.release();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(vault.apiKey(), Key);
        QCOMPARE(vault.loginToken(), Token);
        store.release(); // the writes
        QTRY_COMPARE(store.values.value(SecretStore::loginTokenEntry()), Token);
    }

    void memoryStoreRoundTrip()
    {
        MemorySecretStore store;
        CredentialVault vault(&store);
        vault.store(Key, Token);
        QTRY_VERIFY(store.contains(SecretStore::loginTokenEntry()));
        CredentialVault next(&store);
        load(next);
        QCOMPARE(next.apiKey(), Key);
        QCOMPARE(next.loginToken(), Token);
        next.signOut();
        QTRY_VERIFY(!store.contains(SecretStore::apiKeyEntry()));
        QVERIFY(!store.contains(SecretStore::loginTokenEntry()));
    }

    // A whole session (login, store, settings, reload, sign out) with every log
    // category on: the key, the token and the password appear in no file under the
    // app's config, cache and data folders and in no log line.
    void secretsNeverReachFilesOrLogs()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QStringList folders = {
                QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u'/'
                        + QCoreApplication::organizationName(),
                QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        };
        for (const QString &folder : folders)
            QVERIFY2(folder.contains(u".qttest"), qPrintable(folder));
        QSettings(QSettings::UserScope, QCoreApplication::organizationName(),
                  QCoreApplication::applicationName())
                .clear();

        QLoggingCategory::setFilterRules(QStringLiteral("linkup.*=true"));
        {
            const QMutexLocker lock(&logMutex);
            capturedLog.clear();
        }
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        const auto restore = qScopeGuard([previous] {
            qInstallMessageHandler(previous);
            QLoggingCategory::setFilterRules(QStringLiteral("linkup.*.debug=false"));
        });

        const QString token = QStringLiteral("tok-c3e9f1d27b");
        DemoFixture demo;
        QVERIFY(demo.start());
        demo.server.setLoginToken(token);
        demo.client.setLoginToken({});

        FakeSecretStore store;
        {
            CredentialVault vault(&store);
            LoginFlow flow(&demo.client);
            QSignalSpy code(&flow, &LoginFlow::codeRequired);
            QSignalSpy succeeded(&flow, &LoginFlow::succeeded);
            flow.start(DemoServer::codeEmail(), DemoServer::demoPassword(), QStringLiteral("US"));
            QVERIFY(code.wait(5000));
            flow.submitCode(DemoServer::verificationCode());
            QVERIFY(succeeded.wait(5000));
            QCOMPARE(succeeded.first().first().toString(), token);
            vault.store(DemoServer::apiKey(), token);
            QTRY_COMPARE(store.values.size(), 2);

            AccountSettings settings;
            QVERIFY(settings.setCountry(QStringLiteral("US")));
            QVERIFY(settings.setPageSize(10));
            QVERIFY(settings.setApiBase(demo.server.apiBase()).isEmpty());
            QSettings file;
            settings.save(file);
            file.sync();
            QCOMPARE(file.status(), QSettings::NoError);

            demo.client.setLoginToken(token);
            InboxQuery query;
            query.category = QStringLiteral("INBOX");
            query.country = QStringLiteral("US");
            query.totalResults = 10;
            bool fetched = false;
            demo.client.fetchInbox(query, &vault, [&](const InboxResult &result) {
                fetched = !result.error.isError();
            });
            QTRY_VERIFY(fetched);
        }
        {
            CredentialVault vault(&store);
            load(vault);
            QCOMPARE(vault.loginToken(), token);
            vault.signOut();
            QTRY_VERIFY(store.values.isEmpty());
        }
        store.unavailable = true;
        {
            CredentialVault vault(&store);
            QSignalSpy unavailable(&vault, &CredentialVault::keychainUnavailable);
            vault.store(DemoServer::apiKey(), token);
            QVERIFY(unavailable.wait(5000));
        }

        const QList<QByteArray> secrets = {
                DemoServer::apiKey().toUtf8(),
                token.toUtf8(),
                DemoServer::demoPassword().toUtf8(),
                QByteArray(reinterpret_cast<const char *>(token.utf16()), token.size() * 2),
                QByteArray(reinterpret_cast<const char *>(DemoServer::demoPassword().utf16()),
                           DemoServer::demoPassword().size() * 2),
                DemoServer::verificationCode().toUtf8(),
        };
        int filesScanned = 0;
        for (const QString &folder : folders) {
            QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
                const QByteArray bytes = file.readAll();
                ++filesScanned;
                for (const QByteArray &secret : secrets)
                    QVERIFY2(!bytes.contains(secret), qPrintable(u"secret in " + path));
            }
        }
        QVERIFY(filesScanned >= 1); // the settings file at least

        const QMutexLocker lock(&logMutex);
        // The debug lines were really on, or this proves nothing.
        QVERIFY(capturedLog.filter(QStringLiteral("linkup.api: ")).size() >= 3);
        QVERIFY(capturedLog.filter(QStringLiteral("linkup.account: ")).size() >= 3);
        const QString log = capturedLog.join(u'\n');
        for (const QString &secret : {DemoServer::apiKey(), token, DemoServer::demoPassword(),
                                      DemoServer::verificationCode()})
            QVERIFY2(!log.contains(secret), qPrintable(u"secret in the log: " + log));
    }
};

int main(int argc, char *argv[])
{
    // ctest sets QT_LOGGING_RULES=linkup.*.debug=false, and rules from the environment
    // beat setFilterRules(): drop them before QCoreApplication reads them, so the
    // secrets scan sees every debug line.
    qunsetenv("QT_LOGGING_RULES");
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Linkup"));
    QLoggingCategory::setFilterRules(QStringLiteral("linkup.*.debug=false"));
    TestCredentialVault test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialvault.moc"
