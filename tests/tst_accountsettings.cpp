#include "account/accountsettings.h"
#include "api/linkupclient.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// AccountSettings: what it accepts, what it stores, and what it makes of a bad file.
class TestAccountSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString settingsPath(const char *name) const
    {
        return m_dir.filePath(QString::fromLatin1(name) + u".ini");
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void defaults()
    {
        const AccountSettings settings;
        QCOMPARE(settings.country(), QStringLiteral("FR"));
        QCOMPARE(settings.pageSize(), 20);
        QVERIFY(settings.apiBase().isEmpty());
        QCOMPARE(settings.effectiveApiBase(), LinkupClient::defaultApiBase());
        QCOMPARE(AccountSettings::countries().size(), 11);
        QCOMPARE(AccountSettings::pageSizes(), QList<int>({10, 20}));
    }

    void settersRefuseWhatTheApiWouldNot()
    {
        AccountSettings settings;
        QVERIFY(!settings.setCountry(QStringLiteral("XX")));
        QVERIFY(!settings.setCountry(QStringLiteral("us")));
        QCOMPARE(settings.country(), QStringLiteral("FR"));
        QVERIFY(settings.setCountry(QStringLiteral("IN")));
        QCOMPARE(settings.country(), QStringLiteral("IN"));

        QVERIFY(!settings.setPageSize(25)); // bills 3 credits for 25
        QVERIFY(!settings.setPageSize(0));
        QCOMPARE(settings.pageSize(), 20);
        QVERIFY(settings.setPageSize(10));
        QCOMPARE(settings.pageSize(), 10);
    }

    void apiBaseFollowsTheHttpsRule()
    {
        AccountSettings settings;
        QVERIFY(!settings.setApiBase(QUrl(QStringLiteral("http://api.example.com/v1"))).isEmpty());
        QVERIFY(settings.apiBase().isEmpty());
        QVERIFY(!settings.setApiBase(QUrl(QStringLiteral("https://user:secret@api.example.com/v1")))
                         .isEmpty());
        QVERIFY(settings.setApiBase(QUrl(QStringLiteral("http://127.0.0.1:8080/v1/"))).isEmpty());
        QCOMPARE(settings.apiBase(), QUrl(QStringLiteral("http://127.0.0.1:8080/v1")));
        QVERIFY(settings.setApiBase(QUrl(QStringLiteral("https://proxy.example.com/v1")))
                        .isEmpty());
        QCOMPARE(settings.effectiveApiBase(), QUrl(QStringLiteral("https://proxy.example.com/v1")));
        QVERIFY(settings.setApiBase(QUrl()).isEmpty()); // back to the default
        QVERIFY(settings.apiBase().isEmpty());
    }

    void roundTrip()
    {
        AccountSettings settings;
        QVERIFY(settings.setCountry(QStringLiteral("DE")));
        QVERIFY(settings.setPageSize(10));
        QVERIFY(settings.setApiBase(QUrl(QStringLiteral("https://proxy.example.com/v1")))
                        .isEmpty());
        {
            QSettings file(settingsPath("roundtrip"), QSettings::IniFormat);
            settings.save(file);
        }
        const QSettings file(settingsPath("roundtrip"), QSettings::IniFormat);
        const AccountSettings loaded = AccountSettings::load(file);
        QCOMPARE(loaded.country(), QStringLiteral("DE"));
        QCOMPARE(loaded.pageSize(), 10);
        QCOMPARE(loaded.apiBase(), QUrl(QStringLiteral("https://proxy.example.com/v1")));
        QVERIFY(loaded == settings);
    }

    void returnSendsIsOffByDefaultAndKept()
    {
        AccountSettings settings;
        QVERIFY(!settings.returnSends()); // a stray Return must not send (and bill) a reply
        settings.setReturnSends(true);
        QVERIFY(settings != AccountSettings());
        {
            QSettings file(settingsPath("return-sends"), QSettings::IniFormat);
            settings.save(file);
        }
        QSettings file(settingsPath("return-sends"), QSettings::IniFormat);
        QVERIFY(AccountSettings::load(file).returnSends());
        file.setValue(QStringLiteral("writing/returnSends"), QStringLiteral("maybe"));
        QVERIFY(!AccountSettings::load(file).returnSends());
    }

    void savingTheDefaultBaseRemovesTheEntry()
    {
        QSettings file(settingsPath("default-base"), QSettings::IniFormat);
        AccountSettings settings;
        QVERIFY(settings.setApiBase(QUrl(QStringLiteral("https://proxy.example.com/v1")))
                        .isEmpty());
        settings.save(file);
        QVERIFY(file.contains(QStringLiteral("account/apiBase")));
        QVERIFY(settings.setApiBase(QUrl()).isEmpty());
        settings.save(file);
        QVERIFY(!file.contains(QStringLiteral("account/apiBase")));
    }

    void badValuesInTheFileFallBackToDefaults()
    {
        {
            QSettings file(settingsPath("bad"), QSettings::IniFormat);
            file.setValue(QStringLiteral("account/country"), QStringLiteral("Atlantis"));
            file.setValue(QStringLiteral("account/pageSize"), QStringLiteral("lots"));
            file.setValue(QStringLiteral("account/apiBase"),
                          QStringLiteral("http://evil.example.com/v1"));
        }
        const QSettings file(settingsPath("bad"), QSettings::IniFormat);
        QVERIFY(AccountSettings::load(file) == AccountSettings());

        const QSettings empty(settingsPath("empty"), QSettings::IniFormat);
        QVERIFY(AccountSettings::load(empty) == AccountSettings());
    }

    void pageSizeOutsideTheChoicesIsIgnored()
    {
        {
            QSettings file(settingsPath("size"), QSettings::IniFormat);
            file.setValue(QStringLiteral("account/pageSize"), 25);
        }
        const QSettings file(settingsPath("size"), QSettings::IniFormat);
        QCOMPARE(AccountSettings::load(file).pageSize(), 20);
    }
};

QTEST_GUILESS_MAIN(TestAccountSettings)
#include "tst_accountsettings.moc"
