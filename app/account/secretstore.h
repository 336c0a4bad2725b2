#pragma once

#include <QString>

#include <functional>

class QObject;

// Where secrets persist between sessions: the OS keychain in the app, a fake in tests.
// Every operation is asynchronous (keychain access can wait for the user to unlock a
// wallet): the callback runs later, in context's thread, and never after context is gone.
class SecretStore
{
public:
    enum class Status {
        Ok,
        NotFound, // nothing stored under that key: normal on first run
        Unavailable, // no keychain, access refused, or it failed: keep secrets in memory
    };

    struct Result
    {
        Status status = Status::Ok;
        QString value; // read: the secret, when status is Ok
        QString detail; // the backend's own words on a failure; never holds a secret
    };

    using Callback = std::function<void(const Result &)>;

    SecretStore() = default;
    SecretStore(const SecretStore &) = delete;
    SecretStore &operator=(const SecretStore &) = delete;
    virtual ~SecretStore();

    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &value, QObject *context,
                       Callback done) = 0;
    // Removing a key that is not there succeeds (status NotFound or Ok).
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

    // The entry names the app uses.
    static QString apiKeyEntry() { return QStringLiteral("api-key"); }
    static QString loginTokenEntry() { return QStringLiteral("login-token"); }
    // Never written: reading it tells whether the keychain answers at all.
    static QString checkEntry() { return QStringLiteral("keychain-check"); }
};
