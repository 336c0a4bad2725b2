#pragma once

#include "secretstore.h"

#include <QHash>

// Secrets for this session only: used when there must be no keychain (the demo) and as
// the simplest store to test against. Answers asynchronously, like a real keychain.
class MemorySecretStore : public SecretStore
{
public:
    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    bool contains(const QString &key) const { return m_values.contains(key); }

private:
    static void answerLater(QObject *context, Callback done, const Result &result);

    QHash<QString, QString> m_values;
};
