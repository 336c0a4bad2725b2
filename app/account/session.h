#pragma once

#include "accountsettings.h"

#include <QObject>

class CredentialVault;
class DemoService;
class LinkupClient;
struct StartupOptions;

// Which inbox the window shows and with what: nothing yet (the welcome panel), the
// built-in demo, or the user's account. It points the one LinkupClient at the right
// server with the right credentials, keeps the non-secret settings, and hands secrets
// to the CredentialVault (the keychain), never to QSettings.
class Session : public QObject
{
    Q_OBJECT

public:
    enum class Kind {
        Starting, // the keychain has not answered yet
        None, // no account: the welcome panel
        Demo,
        Account,
    };
    Q_ENUM(Kind)

    // Both must outlive the session.
    Session(LinkupClient *client, CredentialVault *vault, QObject *parent = nullptr);
    ~Session() override;

    LinkupClient *client() const { return m_client; }
    CredentialVault *vault() const { return m_vault; }
    Kind kind() const { return m_kind; }

    // Applies the command line for this run (not saved), then starts the demo or
    // loads the stored credentials; kindChanged() follows once known.
    void start(const StartupOptions &options);

    // The built-in server, when the build has one (not owned; outlives the session).
    void setDemo(DemoService *demo) { m_demo = demo; }
    bool hasDemo() const { return m_demo != nullptr; }
    // Starts the built-in server on loopback and shows its inbox. False without one, or
    // if it cannot listen.
    bool startDemo();
    // Uses an already configured client as the given kind (tests, embedding).
    void adopt(Kind kind);
    // After the connect dialog: keeps the secrets in the keychain and shows the inbox.
    void connectAccount(const QString &apiKey, const QString &loginToken, const QString &country);
    // After "Log in again": same key, new token; the lists continue where they were.
    void renewLoginToken(const QString &loginToken);
    void renewApiKey(const QString &apiKey);
    // Forgets the secrets (keychain included) and returns to the welcome panel.
    void signOut();

    const AccountSettings &settings() const { return m_settings; }
    // Saves and applies; settingsChanged is emitted when anything changed (the lists
    // reload then), kindChanged is not.
    void setSettings(const AccountSettings &settings);
    QString country() const; // the country in use for this run
    int pageSize() const;
    // Where account calls go (the settings' address, or the default LinkupAPI one).
    QUrl accountApiBase() const;

signals:
    void kindChanged(Session::Kind kind);
    // New credentials from the connect dialog: maybe another LinkedIn account than the
    // one before (kindChanged follows).
    void accountReplaced();
    // The user signed out: what was kept for the account goes (kindChanged follows).
    void signedOut();
    void settingsChanged();
    void keychainUnavailable(const QString &message);

private:
    void setKind(Kind kind);
    void useAccountCredentials();

    LinkupClient *m_client;
    CredentialVault *m_vault;
    DemoService *m_demo = nullptr;
    AccountSettings m_settings;
    // Command-line values for this run only; empty/0 when not given.
    QString m_countryOverride;
    int m_pageSizeOverride = 0;
    QUrl m_apiBaseOverride;
    Kind m_kind = Kind::Starting;
};
