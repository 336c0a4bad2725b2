#pragma once

#include "secretstore.h"

// The operating system's keychain through QtKeychain: Keychain on macOS, Credential
// Manager on Windows, Secret Service or KWallet on Linux. Built without QtKeychain it
// answers Unavailable to everything, so the app keeps secrets in memory and says so.
class KeychainSecretStore : public SecretStore
{
public:
    static QString serviceName() { return QStringLiteral("Linkup Inbox"); }
    // False when built without QtKeychain; true does not promise a running keychain.
    static bool isBuiltIn();

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
};
