#pragma once

#include "secretstore.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>

// Holds the session's API key and LinkedIn login token and keeps them in a SecretStore
// (the OS keychain) between sessions. Values from LINKUP_API_KEY / LINKUP_LOGIN_TOKEN
// win for the session and are never written. When the keychain fails, the secrets stay
// in memory for the session and keychainUnavailable is emitted once. Nothing here
// writes a secret to QSettings, a file or a log.
class CredentialVault : public QObject
{
    Q_OBJECT

public:
    // store must outlive the vault.
    explicit CredentialVault(SecretStore *store, QObject *parent = nullptr);

    // Reads both secrets (environment first, then the store) and emits loaded() once
    // done, always asynchronously.
    // The environment is EnvironmentCredentials' (the process's own no longer has them).
    void load(const QProcessEnvironment &environment = {});
    bool isLoaded() const { return m_loaded; }

    // Replaces both for this session and keeps them for the next. An empty value
    // removes that entry. A value equal to the one from the environment is not written.
    void store(const QString &apiKey, const QString &loginToken);
    // After "Log in again": a new token, the same key.
    void storeLoginToken(const QString &loginToken);
    // Forgets both, in this session and in the keychain.
    void signOut();

    QString apiKey() const { return m_apiKey; }
    QString loginToken() const { return m_loginToken; }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    bool hasLoginToken() const { return !m_loginToken.isEmpty(); }
    bool apiKeyFromEnvironment() const
    {
        return !m_environmentApiKey.isEmpty() && m_apiKey == m_environmentApiKey;
    }
    bool loginTokenFromEnvironment() const
    {
        return !m_environmentLoginToken.isEmpty() && m_loginToken == m_environmentLoginToken;
    }
    // False once the keychain failed: from then on secrets live in memory only.
    bool isKeychainUsable() const { return m_keychainUsable; }
    // Whether the keychain has answered at all (a load from it, a write, a check).
    bool hasKeychainAnswered() const { return m_keychainAnswered; }
    // Asks the keychain whether it works, when nothing has told yet: a demo session, or
    // one on secrets from the environment, never reads it. keychainUnavailable follows
    // if it does not work. Reads an entry that never holds a secret.
    void checkKeychain();

signals:
    void loaded();
    // The key or the token changed through store(), storeLoginToken() or signOut().
    void changed();
    // Once per vault, translated, in plain words for the user.
    void keychainUnavailable(const QString &message);

private:
    void persist(const QString &entry, const QString &value, const QString &environmentValue);
    void readEntry(const QString &entry, QString *target, const QString &environmentValue);
    void finishRead();
    void noteAnswer(const SecretStore::Result &result);
    void noteUnavailable(const QString &detail);

    SecretStore *m_store;
    QString m_apiKey;
    QString m_loginToken;
    QString m_environmentApiKey;
    QString m_environmentLoginToken;
    int m_pendingReads = 0;
    // Bumped by every change, so a slow read cannot overwrite what the user just entered.
    int m_generation = 0;
    bool m_loaded = false;
    bool m_keychainUsable = true;
    bool m_keychainAnswered = false;
    bool m_checking = false;
    bool m_unavailableReported = false;
};
