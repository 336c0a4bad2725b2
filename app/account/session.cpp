#include "session.h"

#include "api/linkupclient.h"
#include "credentialvault.h"
#include "demoservice.h"
#include "environmentcredentials.h"
#include "startup/commandline.h"

#include <QSettings>

Session::Session(LinkupClient *client, CredentialVault *vault, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_vault(vault)
    , m_settings(AccountSettings::load(QSettings()))
{
    connect(m_vault, &CredentialVault::keychainUnavailable, this, &Session::keychainUnavailable);
}

Session::~Session() = default;

void Session::start(const StartupOptions &options)
{
    if (options.hasCountry)
        m_countryOverride = options.country;
    if (options.hasPageSize)
        m_pageSizeOverride = options.pageSize;
    m_apiBaseOverride = options.apiBase;
    if (options.demo) {
        if (!startDemo())
            setKind(Kind::None); // the welcome panel, rather than waiting for nothing
        return;
    }
    connect(
            m_vault, &CredentialVault::loaded, this,
            [this] {
                if (m_vault->hasApiKey() && m_vault->hasLoginToken())
                    useAccountCredentials();
                else
                    setKind(Kind::None);
            },
            Qt::SingleShotConnection);
    m_vault->load(EnvironmentCredentials{options.apiKey, options.loginToken}.asEnvironment());
}

bool Session::startDemo()
{
    if (!m_demo || !m_demo->start())
        return false;
    m_client->setApiBase(m_demo->apiBase());
    m_client->setCredentials(m_demo->apiKey(), m_demo->loginToken());
    setKind(Kind::Demo);
    return true;
}

void Session::adopt(Kind kind)
{
    setKind(kind);
}

void Session::connectAccount(const QString &apiKey, const QString &loginToken,
                             const QString &country)
{
    AccountSettings settings = m_settings;
    settings.setCountry(country);
    m_countryOverride.clear();
    setSettings(settings);
    m_vault->store(apiKey, loginToken);
    emit accountReplaced();
    useAccountCredentials();
}

void Session::renewLoginToken(const QString &loginToken)
{
    m_vault->storeLoginToken(loginToken);
    m_client->setLoginToken(loginToken);
}

void Session::renewApiKey(const QString &apiKey)
{
    m_vault->store(apiKey, m_vault->loginToken());
    m_client->setApiKey(apiKey);
}

void Session::signOut()
{
    m_vault->signOut();
    m_client->setCredentials({}, {});
    emit signedOut();
    setKind(Kind::None);
}

void Session::setSettings(const AccountSettings &settings)
{
    // Unchanged settings must not reload the lists: every reload costs credits.
    if (settings == m_settings)
        return;
    m_settings = settings;
    QSettings store;
    m_settings.save(store);
    if (m_kind == Kind::Account)
        m_client->setApiBase(accountApiBase());
    emit settingsChanged();
}

QString Session::country() const
{
    return m_countryOverride.isEmpty() ? m_settings.country() : m_countryOverride;
}

int Session::pageSize() const
{
    return m_pageSizeOverride > 0 ? m_pageSizeOverride : m_settings.pageSize();
}

QUrl Session::accountApiBase() const
{
    return m_apiBaseOverride.isEmpty() ? m_settings.effectiveApiBase() : m_apiBaseOverride;
}

void Session::useAccountCredentials()
{
    m_client->setApiBase(accountApiBase());
    m_client->setCredentials(m_vault->apiKey(), m_vault->loginToken());
    setKind(Kind::Account);
}

void Session::setKind(Kind kind)
{
    // Emitted even when unchanged: a new account replaces the old one's lists.
    m_kind = kind;
    emit kindChanged(kind);
}
